package io.evalstream.orchestrator.benchmark.ceval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "evalstream.rendered-questions")
public interface RenderedQuestionsConfig {

    /**
     * Rendered questions kept for later runs of the same template and split (about 3 KB each); the val and test
     * splits of both templates are 27,376.
     */
    @WithDefault("30000")
    int limit();
}
