package io.evalstream.orchestrator.run.dispatch;

import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.QuestionBatch;
import io.evalstream.pipeline.RunInfo;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Sends a run's questions as batches and waits until Kafka has acknowledged all of them. Batches are keyed by their
 * batch id ({@code <run id>/<sequence>}), not by the run id alone, so that one run spreads over all partitions and
 * every worker replica takes part in it.
 */
@ApplicationScoped
public class QuestionPublisher {

    private final Emitter<QuestionBatch> emitter;
    private final MeterRegistry registry;

    public QuestionPublisher(@Channel("questions") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
            Emitter<QuestionBatch> emitter, MeterRegistry registry) {
        this.emitter = emitter;
        this.registry = registry;
    }

    /**
     * Sends the questions as batches numbered from {@code firstSequence}. Throws {@link PublishException} when a batch
     * is refused or not acknowledged in time.
     */
    public void publish(RunInfo run, List<Question> questions, int batchSize, int firstSequence, Duration timeout) {
        Counter published = Counter.builder("evalstream.questions.published")
                .description("Questions published to the questions topic and acknowledged by Kafka")
                .tag("model", run.getModel())
                .register(registry);
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (int start = 0, sequence = firstSequence; start < questions.size(); start += batchSize, sequence++) {
            List<Question> slice = questions.subList(start, Math.min(start + batchSize, questions.size()));
            String batchId = run.getRunId() + "/" + sequence;
            QuestionBatch batch = QuestionBatch.newBuilder().setRun(run).setBatchId(batchId).addAllQuestions(slice).build();
            acks.add(AckedSends.send(emitter, batchId, batch, () -> published.increment(slice.size())));
        }
        AckedSends.await(acks, timeout);
    }

    public static class PublishException extends RuntimeException {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
