package io.evalstream.orchestrator.run.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How {@code GET /api/v1/runs/{id}/events} follows a run. */
@ConfigMapping(prefix = "evalstream.run-feed")
public interface RunFeedConfig {

    /** How often the run is read from the database; a change reaches the client within this. */
    @WithDefault("20ms")
    Duration checkEvery();

    /** The unchanged run is sent again after this, so that a client tells a quiet run from a dead connection. */
    @WithDefault("5s")
    Duration heartbeat();
}
