package io.evalstream.scorer.result;

import io.evalstream.scorer.ceval.SubjectTally;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The scored outcome of one question of one run; (run, question) is unique, so a redelivery overwrites. */
@Entity
@Table(name = "question_result",
        uniqueConstraints = @UniqueConstraint(name = "question_result_run_question",
                columnNames = {"run_id", "question_id"}),
        indexes = {@Index(name = "question_result_run_subject", columnList = "run_id, subject, row_index"),
            @Index(name = "question_result_prompt_hash", columnList = "promptHash")})
public class QuestionResult extends PanacheEntityBase {

    /**
     * An identity column, not a sequence: Hibernate's schema update finds sequences by name across schemas, so a
     * same-named sequence in another schema of the database would keep it from creating this one.
     */
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
    @Column(columnDefinition = "text")
    public String prompt;
    public String promptHash;
    public String gold;
    @Column(columnDefinition = "text")
    public String rawOutput;
    public String prediction;
    public boolean correct;
    public String finishReason;
    public Integer inputTokens;
    public Integer outputTokens;
    public long latencyMicros;
    public String workerId;
    public String errorCode;
    @Column(columnDefinition = "text")
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

    public static List<QuestionResult> ofRun(String runId) {
        return list("runId = ?1 order by subject, rowIndex", runId);
    }

    /** The questions answered by the model: a result that records an inference error is not counted as done. */
    public static List<String> answeredQuestionIdsOfRun(String runId) {
        return getEntityManager().createQuery("select r.questionId from QuestionResult r where r.runId = ?1 "
                + "and r.errorCode is null order by r.questionId", String.class).setParameter(1, runId).getResultList();
    }

    public static long countOfRun(String runId) {
        return count("runId", runId);
    }

    /** All three counts in one pass over the run's results. */
    public static RunCounts countsOfRun(String runId) {
        return getEntityManager().createQuery("select new io.evalstream.scorer.result.RunCounts(count(r), "
                + "coalesce(sum(case when r.correct = true then 1 else 0 end), 0), "
                + "coalesce(sum(case when r.errorCode is not null then 1 else 0 end), 0)) "
                + "from QuestionResult r where r.runId = ?1", RunCounts.class).setParameter(1, runId).getSingleResult();
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
