package io.evalstream.scorer.reuse;

import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.ReuseCommand;
import io.evalstream.scorer.ingest.ScoringService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes the orchestrator's reuse commands: the stored predictions are scored as the new run's own, like a worker's
 * batch. A record that is not a usable ReuseCommand goes to the dead-letter topic without reaching this method.
 */
@ApplicationScoped
public class ReuseCommandConsumer {

    private final ReusedPredictions reused;
    private final ScoringService scoring;

    public ReuseCommandConsumer(ReusedPredictions reused, ScoringService scoring) {
        this.reused = reused;
        this.scoring = scoring;
    }

    @Incoming("reuse")
    @Blocking
    public void consume(ReuseCommand command) {
        PredictionBatch batch = reused.of(command);
        if (batch.getPredictionsCount() > 0) {
            scoring.score(List.of(batch));
        }
    }
}
