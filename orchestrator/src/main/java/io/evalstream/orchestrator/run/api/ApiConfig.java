package io.evalstream.orchestrator.run.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "evalstream.api")
public interface ApiConfig {

    /** The bearer token required on /api/**, also sent to the scorer; without one the API is open (local use). */
    Optional<String> token();

    /** Refuse to start without a token; true by default when EvalRuns are reconciled (application.properties). */
    @WithDefault("false")
    boolean tokenRequired();
}
