package io.evalstream.scorer.result;

import io.evalstream.scorer.ceval.SubjectTally;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The scored outcome of one question of one run; (run, question) is unique, so a redelivery overwrites. Written in
 * sets by the scorer's ingest (see {@code ResultWriter}); the prompt text lives once per content in {@link Prompt}
 * ({@code question_result join prompt using (prompthash)} in SQL, {@link #promptText()} here).
 */
@Entity
@Table(name = "question_result",
        uniqueConstraints = @UniqueConstraint(name = "question_result_run_question",
                columnNames = {"run_id", "question_id"}),
        indexes = @Index(name = "question_result_prompt_hash", columnList = "promptHash"))
public class QuestionResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public String runId;
    @Column(name = "question_id", nullable = false)
    public String questionId;
    public String subject;
    @Column(name = "row_index")
    public int rowIndex;
    public String promptHash;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "promptHash", insertable = false, updatable = false)
    public Prompt prompt;
    public String gold;
    public String rawOutput;
    public String prediction;
    public boolean correct;
    public String finishReason;
    public Integer inputTokens;
    public Integer outputTokens;
    public long latencyMicros;
    public String workerId;
    public String errorCode;
    public String errorMessage;
    public Instant scoredAt;

    public static List<QuestionResult> ofQuestions(String runId, Collection<String> questionIds) {
        return list("runId = ?1 and questionId in ?2", runId, questionIds);
    }

    /** Successful results for the prompt hashes of runs of this model and generation key, newest first. */
    public static List<QuestionResult> reusable(String model, String generationKey, Collection<String> promptHashes) {
        return getEntityManager().createQuery("select r from QuestionResult r, ScoredRun s where s.runId = r.runId "
                + "and s.model = ?1 and s.generationKey = ?2 and r.promptHash in ?3 and r.errorCode is null "
                + "order by r.scoredAt desc, r.id desc", QuestionResult.class)
                .setParameter(1, model).setParameter(2, generationKey).setParameter(3, promptHashes).getResultList();
    }

    /** The run's results with their prompts, by subject and row. */
    public static List<QuestionResult> ofRun(String runId) {
        return find("from QuestionResult r left join fetch r.prompt where r.runId = ?1 order by r.subject, r.rowIndex",
                runId).list();
    }

    public String promptText() {
        return prompt == null ? null : prompt.text;
    }

    /** The questions answered by the model: a result that records an inference error is not counted as done. */
    public static List<String> answeredQuestionIdsOfRun(String runId) {
        return getEntityManager().createQuery("select r.questionId from QuestionResult r where r.runId = ?1 "
                + "and r.errorCode is null order by r.questionId", String.class).setParameter(1, runId).getResultList();
    }

    public static long countOfRun(String runId) {
        return count("runId", runId);
    }

    /** Results whose prompt Triton counted as longer than {@code limit} tokens, by subject and row. */
    public static List<QuestionResult> overInputLimit(String runId, int limit) {
        return list("runId = ?1 and inputTokens > ?2 order by subject, rowIndex", runId, limit);
    }

    public static List<QuestionResult> failuresOfRun(String runId) {
        return list("runId = ?1 and errorCode is not null", runId);
    }

    public static boolean anyGold(String runId) {
        return count("runId = ?1 and gold <> ''", runId) > 0;
    }

    public static List<SubjectTally> talliesOfRun(String runId) {
        return getEntityManager().createQuery("select new io.evalstream.scorer.ceval.SubjectTally(r.subject, "
                        + "sum(case when r.correct then 1L else 0L end), count(r)) from QuestionResult r "
                        + "where r.runId = ?1 group by r.subject", SubjectTally.class)
                .setParameter(1, runId).getResultList();
    }
}
