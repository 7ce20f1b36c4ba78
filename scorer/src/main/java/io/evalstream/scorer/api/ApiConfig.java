package io.evalstream.scorer.api;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "evalstream.api")
public interface ApiConfig {

    /** The bearer token required on /api/**; without one the API is open (local use). */
    Optional<String> token();
}
