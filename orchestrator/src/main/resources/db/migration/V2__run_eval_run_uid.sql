-- The EvalRun a run was submitted for: one run per resource uid, so a reconcile after a lost status write finds it.
-- "if not exists": a database that Hibernate's schema update kept has the column already.
alter table runs add column if not exists evalRunUid varchar(36);
create unique index if not exists runs_evalrunuid_key on runs (evalRunUid);
