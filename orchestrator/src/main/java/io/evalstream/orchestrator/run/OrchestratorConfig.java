package io.evalstream.orchestrator.run;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evalstream.orchestrator")
public interface OrchestratorConfig {

    /** How long a submission waits for Kafka to acknowledge all question batches of the run. */
    @WithDefault("120s")
    Duration publishTimeout();

    /** A RUNNING run without new results for this long has stalled. */
    @WithDefault("5m")
    Duration stallTimeout();

    /** How often a stalled run's missing questions are published again before it fails. */
    @WithDefault("3")
    int maxRedispatches();

    /** How often RUNNING runs are checked for stalls. */
    @WithDefault("30s")
    Duration stallCheckInterval();
}
