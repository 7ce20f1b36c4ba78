package io.evalstream.orchestrator.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.evalstream.orchestrator.run.RunStatus;
import io.fabric8.kubernetes.api.model.Condition;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvalRunStatusesTest {

    private final EvalRunStatuses statuses = new EvalRunStatuses(new KubernetesConfig() {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public Duration pollInterval() {
            return Duration.ofSeconds(5);
        }

        @Override
        public String reportBaseUrl() {
            return "http://scorer:8082";
        }

        @Override
        public LeaderElection leaderElection() {
            throw new UnsupportedOperationException();
        }
    });

    @Test
    void eachRunStatusHasItsPhaseAndConditionStatus() {
        assertEquals("Unknown", condition(status(RunStatus.PENDING, null)).getStatus());
        assertEquals("Pending", condition(status(RunStatus.PENDING, null)).getReason());
        assertEquals("Progressing", condition(status(RunStatus.RUNNING, null)).getReason());
        assertEquals("True", submitted(status(RunStatus.RUNNING, null)).getStatus());
        assertEquals("Running", status(RunStatus.RUNNING, null).phase());
        assertEquals("True", condition(status(RunStatus.SUCCEEDED, null)).getStatus());
        assertEquals("False", condition(status(RunStatus.FAILED, null)).getStatus());
        EvalRunStatus cancelled = status(RunStatus.CANCELLED, null);
        assertEquals("Cancelled", cancelled.phase());
        assertEquals("False", condition(cancelled).getStatus());
        assertEquals("3/10", cancelled.progress());
        assertEquals("http://scorer:8082/api/v1/runs/run-1/report", cancelled.reportUrl());
    }

    @Test
    void theTransitionTimeMovesOnlyWhenTheConditionStatusChanges() {
        EvalRunStatus earlier = withTransitionTime(status(RunStatus.RUNNING, null), "2026-01-01T00:00:00Z");
        assertEquals("2026-01-01T00:00:00Z", condition(status(RunStatus.RUNNING, earlier)).getLastTransitionTime());
        assertNotEquals("2026-01-01T00:00:00Z", condition(status(RunStatus.SUCCEEDED, earlier)).getLastTransitionTime());
    }

    @Test
    void aRejectedSpecNamesTheFieldAndHasNoRun() {
        EvalRunStatus rejected = statuses.rejected("split", "must be dev, val or test", 2L);
        assertEquals("Failed", rejected.phase());
        assertEquals("split: must be dev, val or test", rejected.reason());
        assertEquals(null, rejected.runId());
        assertEquals(Optional.of(2L), Optional.ofNullable(rejected.observedGeneration()));
        assertEquals("Rejected", condition(rejected).getReason());
        assertEquals("False", submitted(rejected).getStatus());
        assertEquals("Rejected", submitted(rejected).getReason());
    }

    private EvalRunStatus status(RunStatus status, EvalRunStatus previous) {
        return statuses.of(new RunProgress("run-1", status, null, 10, 3, 30.0), previous, 1L);
    }

    private static EvalRunStatus withTransitionTime(EvalRunStatus status, String time) {
        condition(status).setLastTransitionTime(time);
        return status;
    }

    private static Condition condition(EvalRunStatus status) {
        return ofType(status, EvalRunStatuses.SUCCEEDED);
    }

    private static Condition submitted(EvalRunStatus status) {
        return ofType(status, EvalRunStatuses.SUBMITTED);
    }

    private static Condition ofType(EvalRunStatus status, String type) {
        return status.conditions().stream().filter(c -> type.equals(c.getType())).findFirst().orElseThrow();
    }
}
