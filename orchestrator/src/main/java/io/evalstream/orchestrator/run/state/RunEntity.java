package io.evalstream.orchestrator.run.state;

import io.evalstream.orchestrator.run.RunStatus;
import io.evalstream.pipeline.run.Generation;
import io.evalstream.pipeline.run.RunRequest;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** An evaluation run and its progress as last reported by the scorer. */
@Entity
@Table(name = "runs")
public class RunEntity extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;
    public String benchmark;
    public String split;
    public String[] subjects;
    public String model;
    public String modelAbbr;
    public String template;
    public int maxNewTokens;
    public double temperature;
    public String[] stopStrings;
    public long seed;
    public int batchSize;
    public String postprocessor;
    public String promptVersion;
    @Enumerated(EnumType.STRING)
    public RunStatus status;
    public String reason;
    public int total;
    /** Questions answered from stored predictions instead of being inferred again. */
    public int reused;
    public int done;
    public int correct;
    public int failed;
    /** Records of this run that a worker or the scorer dead-lettered. */
    public int deadLetters;
    public Double accuracy;
    public Instant createdAt;
    public Instant startedAt;
    public Instant finishedAt;
    /** When the scorer last reported more results, or the questions were last (re)published. */
    public Instant lastProgressAt;
    /** Batch sequence numbers used so far; republished batches continue the numbering. */
    public int batchesPublished;
    /** Re-dispatches of a stalled run since it was started or resumed. */
    public int redispatches;
    /** The uid of the EvalRun resource that asked for this run: one run per resource, however often it is reconciled. */
    @Column(length = 36, unique = true)
    public String evalRunUid;

    /** PostgreSQL keeps microseconds; truncating keeps an instant the same before and after a reload. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static List<RunEntity> newestFirst() {
        return list("order by createdAt desc, id");
    }

    public static Optional<RunEntity> byId(String id) {
        return findByIdOptional(id);
    }

    public static Optional<RunEntity> byEvalRunUid(String uid) {
        return find("evalRunUid", uid).firstResultOptional();
    }

    public static List<RunEntity> stalled(Instant noProgressSince) {
        return list("status = ?1 and lastProgressAt < ?2 order by lastProgressAt", RunStatus.RUNNING, noProgressSince);
    }

    /** The run locked for an update, so concurrent status changes apply one after the other. */
    public static Optional<RunEntity> lockedById(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The runs among {@code ids} that exist, locked in id order so that two writers never wait on each other. */
    public static List<RunEntity> lockedByIds(Collection<String> ids) {
        return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The request, with its defaults, this run was planned from: its questions render again as first published. */
    public RunRequest request() {
        return new RunRequest(benchmark, split, List.of(subjects), model, modelAbbr, template,
                new Generation(maxNewTokens, temperature, List.of(stopStrings), seed), batchSize, postprocessor, null);
    }
}
