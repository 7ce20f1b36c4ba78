package io.evalstream.api.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "evalstream.api")
public interface ApiConfig {

    /** The bearer token required on /api/** (the orchestrator also sends it to the scorer); none: an open API. */
    Optional<String> token();

    /**
     * Refuse to start without a token: set in Kubernetes, where other pods reach the API (the orchestrator's default is
     * true when it reconciles EvalRuns).
     */
    @WithDefault("false")
    boolean tokenRequired();
}
