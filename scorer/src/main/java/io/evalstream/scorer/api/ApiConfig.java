package io.evalstream.scorer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "evalstream.api")
public interface ApiConfig {

    /** The bearer token required on /api/**; without one the API is open (local use). */
    Optional<String> token();

    /** Refuse to start without a token (set in Kubernetes, where other pods reach the API). */
    @WithDefault("false")
    boolean tokenRequired();
}
