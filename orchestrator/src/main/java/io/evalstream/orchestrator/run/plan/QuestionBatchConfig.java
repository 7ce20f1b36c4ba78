package io.evalstream.orchestrator.run.plan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "evalstream.questions")
public interface QuestionBatchConfig {

    /**
     * Questions per Kafka record when a request names no batch size. Every record costs the producer, the broker, a
     * worker and the scorer the same whatever its size; a val run of 1,346 questions still makes 22 batches, enough
     * for every partition and worker.
     */
    @WithDefault("64")
    int defaultBatchSize();
}
