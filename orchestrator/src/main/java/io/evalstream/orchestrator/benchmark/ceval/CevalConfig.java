package io.evalstream.orchestrator.benchmark.ceval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "evalstream.ceval")
public interface CevalConfig {

    /** A directory in the official layout (or holding {@code ceval-exam.zip}), or the zip itself. */
    @WithDefault("../shared/datasets/ceval")
    Path path();
}
