package io.evalstream.orchestrator.run;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evalstream.orchestrator")
public interface OrchestratorConfig {

    /** How long a submission waits for Kafka to acknowledge all question batches of the run. */
    @WithDefault("120s")
    Duration publishTimeout();
}
