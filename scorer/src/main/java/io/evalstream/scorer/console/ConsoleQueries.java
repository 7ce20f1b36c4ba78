package io.evalstream.scorer.console;

import io.evalstream.scorer.result.QuestionResult;
import io.evalstream.scorer.result.ScoredRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every read of the console: the scorer's own tables only, one page of rows at a time. */
@ApplicationScoped
@Transactional
public class ConsoleQueries {

    /** Time slices of a run's throughput chart. */
    private static final int SLICES = 40;

    private final EntityManager em;

    public ConsoleQueries(EntityManager em) {
        this.em = em;
    }

    public Page<RunRow> runs(String model, RunStatus status, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!model.isEmpty()) {
            where.append(" and r.model = :model");
            parameters.put("model", model);
        }
        if (status != null) {
            where.append(switch (status) {
                case COMPLETE -> " and r.completedAt is not null";
                case RUNNING -> " and r.completedAt is null and r.updatedAt > :quiet";
                case INCOMPLETE -> " and r.completedAt is null and (r.updatedAt is null or r.updatedAt <= :quiet)";
            });
            if (status != RunStatus.COMPLETE) {
                parameters.put("quiet", Instant.now().minus(RunStatus.QUIET));
            }
        }
        TypedQuery<ScoredRun> select = em.createQuery("select r from ScoredRun r" + where
                + " order by r.firstSeenAt desc, r.runId", ScoredRun.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from ScoredRun r" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ScoredRun> runs = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(rows(runs), page, size, count.getSingleResult());
    }

    public List<RunRow> runs(List<String> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        Map<String, ScoredRun> byId = em.createQuery("select r from ScoredRun r where r.runId in :ids", ScoredRun.class)
                .setParameter("ids", runIds).getResultStream().collect(Collectors.toMap(r -> r.runId, r -> r));
        return rows(runIds.stream().filter(byId::containsKey).map(byId::get).toList());
    }

    public Optional<RunRow> run(String runId) {
        return runs(List.of(runId)).stream().findFirst();
    }

    public List<String> models() {
        return em.createQuery("select distinct r.model from ScoredRun r order by r.model", String.class).getResultList();
    }

    public Optional<ScoredRun> scoredRun(String runId) {
        return ScoredRun.byId(runId);
    }

    public long promptHashes(String runId) {
        return em.createQuery("select count(distinct r.promptHash) from QuestionResult r where r.runId = ?1", Long.class)
                .setParameter(1, runId).getSingleResult();
    }

    public List<ThroughputPoint> throughput(String runId) {
        List<?> rows = em.createNativeQuery("with bounds as (select min(scored_at) as first_at, "
                + "greatest(extract(epoch from max(scored_at) - min(scored_at)) / " + SLICES + ", 1) as width "
                + "from question_result where run_id = ?1) "
                + "select floor(extract(epoch from r.scored_at - b.first_at) / b.width) as slice, b.width, count(*), "
                + "coalesce(sum(r.output_tokens), 0) from question_result r, bounds b where r.run_id = ?1 "
                + "group by slice, b.width order by slice").setParameter(1, runId).getResultList();
        List<ThroughputPoint> points = new ArrayList<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            double width = ((Number) cells[1]).doubleValue();
            points.add(new ThroughputPoint(((Number) cells[0]).doubleValue() * width,
                    ((Number) cells[2]).doubleValue() / width, ((Number) cells[3]).doubleValue() / width));
        }
        return points;
    }

    public Latency latency(String runId) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), "
                + "percentile_cont(0.5) within group (order by latency_micros), "
                + "percentile_cont(0.9) within group (order by latency_micros), "
                + "percentile_cont(0.95) within group (order by latency_micros), "
                + "percentile_cont(0.99) within group (order by latency_micros), max(latency_micros) "
                + "from question_result where run_id = ?1 and error_code is null")
                .setParameter(1, runId).getSingleResult();
        long count = ((Number) row[0]).longValue();
        if (count == 0) {
            return new Latency(0, 0, 0, 0, 0, 0);
        }
        return new Latency(count, millis(row[1]), millis(row[2]), millis(row[3]), millis(row[4]), millis(row[5]));
    }

    public Map<String, Long> failureCounts(String runId) {
        return em.createQuery("select r.errorCode, count(r) from QuestionResult r where r.runId = ?1 "
                + "and r.errorCode is not null group by r.errorCode order by r.errorCode", Object[].class)
                .setParameter(1, runId).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1], Long::sum, LinkedHashMap::new));
    }

    public List<QuestionResult> firstFailures(String runId, int limit) {
        return em.createQuery("select r from QuestionResult r where r.runId = ?1 and r.errorCode is not null "
                + "order by r.subject, r.rowIndex", QuestionResult.class)
                .setParameter(1, runId).setMaxResults(limit).getResultList();
    }

    public Page<QuestionResult> questions(String runId, QuestionFilter filter, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("run", runId);
        StringBuilder where = new StringBuilder(" where r.runId = :run");
        if (!filter.subject().isEmpty()) {
            where.append(" and r.subject = :subject");
            parameters.put("subject", filter.subject());
        }
        where.append(switch (filter.outcome()) {
            case "correct" -> " and r.correct = true";
            case "wrong" -> " and r.correct = false and r.errorCode is null and coalesce(r.prediction, '') <> ''";
            case "failed" -> " and r.errorCode is not null";
            case "empty" -> " and r.errorCode is null and coalesce(r.prediction, '') = ''";
            default -> "";
        });
        if (!filter.text().isEmpty()) {
            where.append(" and (lower(r.questionId) like :text escape '\\' or lower(r.prompt) like :text escape '\\'"
                    + " or lower(r.rawOutput) like :text escape '\\')");
            parameters.put("text", "%" + filter.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        TypedQuery<QuestionResult> select = em.createQuery("select r from QuestionResult r" + where
                + " order by r.subject, r.rowIndex", QuestionResult.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from QuestionResult r" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(select.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    /** Questions of {@code baseline} whose extracted answer differs in {@code other}. */
    public Page<DifferingAnswer> differingAnswers(String baseline, String other, int page, int size) {
        String from = " from QuestionResult a, QuestionResult b where a.runId = ?1 and b.runId = ?2 "
                + "and a.questionId = b.questionId and coalesce(a.prediction, '') <> coalesce(b.prediction, '')";
        List<DifferingAnswer> pairs = em.createQuery("select a, b" + from + " order by a.subject, a.rowIndex",
                Object[].class).setParameter(1, baseline).setParameter(2, other)
                .setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(r -> new DifferingAnswer((QuestionResult) r[0], (QuestionResult) r[1])).toList();
        long total = em.createQuery("select count(a)" + from, Long.class).setParameter(1, baseline)
                .setParameter(2, other).getSingleResult();
        return new Page<>(pairs, page, size, total);
    }

    private List<RunRow> rows(List<ScoredRun> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> progress = em.createQuery("select r.runId, count(r), max(r.scoredAt) "
                + "from QuestionResult r where r.runId in :ids group by r.runId", Object[].class)
                .setParameter("ids", runs.stream().map(r -> r.runId).toList()).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], Function.identity()));
        Instant now = Instant.now();
        return runs.stream().map(run -> {
            Object[] counted = progress.getOrDefault(run.runId, new Object[] {run.runId, 0L, null});
            Instant lastResult = counted[2] != null ? (Instant) counted[2] : run.firstSeenAt;
            return new RunRow(run.runId, run.model, run.template, run.split,
                    RunStatus.of(run.completedAt, run.updatedAt, now), (Long) counted[1], run.expectedQuestions,
                    run.headlineAccuracy, run.firstSeenAt, lastResult, run.completedAt);
        }).toList();
    }

    private static double millis(Object micros) {
        return ((Number) micros).doubleValue() / 1000.0;
    }
}
