package io.evalstream.orchestrator.run.dispatch;

import static io.evalstream.orchestrator.run.api.RunApiTest.batches;
import static io.evalstream.orchestrator.run.api.RunApiTest.get;
import static io.evalstream.orchestrator.run.api.RunApiTest.submit;
import static io.evalstream.orchestrator.run.control.CancelResumeTest.questions;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.evalstream.orchestrator.run.api.RunApiTest;
import io.evalstream.orchestrator.scorer.TestScorer;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.QuestionBatch;
import io.evalstream.pipeline.RunEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run without progress gets its missing questions re-dispatched a bounded number of times, then fails naming them. */
@QuarkusTest
@TestProfile(StallTest.Impatient.class)
class StallTest {

    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evalstream.orchestrator.stall-timeout", "3s",
                    "evalstream.orchestrator.stall-check-interval", "1s",
                    "evalstream.orchestrator.max-redispatches", "2");
        }
    }

    @Test
    void stalledRunIsRedispatchedTwiceThenFailsWithTheFirstTwentyMissingIds() throws Exception {
        String id = submit("{\"subjects\":[\"computer_network\",\"operating_system\"],\"batchSize\":10}").getString("id");
        // Rows 0-2 of computer_network_val.csv have ids 0-2; stored before the run can stall.
        TestScorer.store(id, List.of("ceval/val/computer_network/0", "ceval/val/computer_network/1",
                "ceval/val/computer_network/2"));
        List<Question> original = questions(batches(id));
        assertEquals(38, original.size());
        List<Question> missing = original.subList(3, 38);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> "FAILED".equals(get(id).getString("status")));
        List<QuestionBatch> all = batches(id);
        assertEquals(4 + 2 * 4, all.size(), "35 missing questions in 4 batches of 10, twice");
        assertEquals(missing, questions(all.subList(4, 8)));
        assertEquals(missing, questions(all.subList(8, 12)));
        assertEquals(id + "/11", all.getLast().getBatchId());

        String reason = get(id).getString("reason");
        String listed = String.join(", ", missing.subList(0, 20).stream().map(Question::getQuestionId).toList());
        assertEquals("stalled: no progress for PT3S after 2 re-dispatches; 35 questions have no result: " + listed
                + " (and 15 more)", reason);
        assertTrue(reason.contains("ceval/val/computer_network/3, "), reason);
    }

    @Test
    void runThatKeepsMakingProgressIsLeftAlone() throws Exception {
        String id = submit("{\"subjects\":[\"computer_network\"],\"batchSize\":10}").getString("id");
        for (int scored = 1; scored <= 8; scored++) {
            RunApiTest.send(RunApiTest.event(id, RunEvent.Type.PROGRESS, scored, 0, 0.0, ""));
            Thread.sleep(1000);
        }
        RunApiTest.awaitDone(id, 8);
        assertEquals("RUNNING", get(id).getString("status"));
        assertEquals(List.of(id + "/0", id + "/1"), batches(id).stream().map(QuestionBatch::getBatchId).toList(),
                "8 s of steady progress with a 3 s stall timeout: nothing re-dispatched");
    }
}
