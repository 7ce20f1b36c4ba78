package io.evalstream.orchestrator.scorer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the scorer's report API is, for the ids of the questions that already have a result. */
@ConfigMapping(prefix = "evalstream.scorer")
public interface ScorerConfig {

    @WithDefault("http://127.0.0.1:8082")
    String url();
}
