-- Prompts once per content: every run of the same template asks the same prompts. A result names its prompt by hash.
create table prompt (
    promptHash varchar(255) not null,
    text text not null,
    primary key (promptHash)
);

update question_result set promptHash = encode(sha256(convert_to(prompt, 'UTF8')), 'hex')
where (promptHash is null or promptHash = '') and prompt is not null;

insert into prompt (promptHash, text)
select distinct on (promptHash) promptHash, prompt from question_result
where promptHash is not null and prompt is not null
order by promptHash;

alter table question_result drop column prompt;

-- The report sorts a run's results itself; the unique (run_id, question_id) index serves every lookup by run.
drop index question_result_run_subject;

-- A run's counts are kept with the run and changed by each stored set of results instead of being recounted.
alter table scored_run
    add column scoredCount bigint not null default 0,
    add column correctCount bigint not null default 0,
    add column failedCount bigint not null default 0;

update scored_run s set scoredCount = c.scored, correctCount = c.correct, failedCount = c.failed
from (select run_id, count(*) as scored, count(*) filter (where correct) as correct,
             count(*) filter (where errorCode is not null) as failed
      from question_result group by run_id) c
where c.run_id = s.run_id;
