package io.evalstream.scorer.result;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the scorer knows about a run, from the RunInfo its predictions carry; plus the headline once complete. */
@Entity
@Table(name = "scored_run")
public class ScoredRun extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public String runId;
    public String benchmark;
    public String split;
    public String model;
    public String modelAbbr;
    public String template;
    public String promptVersion;
    public int expectedQuestions;
    /** Subject keys in report order, comma separated (keys never contain commas). */
    public String subjects;
    public String postprocessor;
    public String datasetLabel;
    /** {@link GenerationKey} of the run's generation settings: which runs' outputs may stand for each other. */
    public String generationKey;
    public Instant firstSeenAt;
    public Instant updatedAt;
    public Instant completedAt;
    public Double headlineAccuracy;
    public Double weightedAccuracy;
    /** Results stored, correct and failed: kept up to date with every stored set, never recounted. */
    public long scoredCount;
    public long correctCount;
    public long failedCount;

    public static Optional<ScoredRun> byId(String runId) {
        return findByIdOptional(runId);
    }

    /** The run locked for an update, so a rescore and a batch being stored apply one after the other. */
    public static Optional<ScoredRun> lockedById(String runId) {
        return findByIdOptional(runId, LockModeType.PESSIMISTIC_WRITE);
    }

    public RunCounts counts() {
        return new RunCounts(scoredCount, correctCount, failedCount);
    }

    public void add(RunCounts change) {
        scoredCount += change.scored();
        correctCount += change.correct();
        failedCount += change.failed();
    }

    public List<String> subjectList() {
        return subjects.isEmpty() ? List.of() : Arrays.asList(subjects.split(","));
    }

    public boolean complete() {
        return completedAt != null;
    }
}
