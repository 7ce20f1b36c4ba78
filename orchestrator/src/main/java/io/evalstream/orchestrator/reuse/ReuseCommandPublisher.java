package io.evalstream.orchestrator.reuse;

import io.evalstream.orchestrator.run.dispatch.AckedSends;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.ReuseCommand;
import io.evalstream.pipeline.RunInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Asks the scorer to answer a new run's questions from its stored predictions (the reuse topic, keyed by run id); the
 * scorer stores and scores them as the run's own, and no worker infers them.
 */
@ApplicationScoped
public class ReuseCommandPublisher {

    private final Emitter<ReuseCommand> emitter;

    public ReuseCommandPublisher(@Channel("reuse") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
            Emitter<ReuseCommand> emitter) {
        this.emitter = emitter;
    }

    /** Throws {@link io.evalstream.orchestrator.run.dispatch.QuestionPublisher.PublishException} when Kafka refuses. */
    public void publish(RunInfo run, List<Question> questions, int batchSize, Duration timeout) {
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (int start = 0, sequence = 0; start < questions.size(); start += batchSize, sequence++) {
            ReuseCommand command = ReuseCommand.newBuilder().setRun(run)
                    .setBatchId(run.getRunId() + "/reused-" + sequence)
                    .addAllQuestions(questions.subList(start, Math.min(start + batchSize, questions.size())))
                    .build();
            acks.add(AckedSends.send(emitter, run.getRunId(), command, () -> {
            }));
        }
        AckedSends.await(acks, timeout);
    }
}
