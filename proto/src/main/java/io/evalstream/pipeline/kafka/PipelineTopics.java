package io.evalstream.pipeline.kafka;

import java.util.List;

/**
 * The pipeline's topic names, defined once. Every deployment puts a prefix before them
 * ({@code evalstream.kafka.topic-prefix}, default {@code evalstream.}); {@link PipelineTopicsConfigSource} offers the
 * prefixed names to the services' channel configuration as {@code evalstream.topics.<name>}.
 */
public final class PipelineTopics {

    /** QuestionBatch, orchestrator to inference-worker, keyed by batch id {@code <run id>/<sequence>}. */
    public static final String QUESTIONS = "questions";
    /** PredictionBatch, inference-worker to scorer, keyed by run id. */
    public static final String PREDICTIONS = "predictions";
    /** RunEvent, scorer and inference-worker to orchestrator, keyed by run id. */
    public static final String RUN_EVENTS = "run-events";
    /** RunControl, orchestrator to every inference-worker (compacted), keyed by run id. */
    public static final String RUN_CONTROL = "run-control";
    /** ReuseCommand, orchestrator to scorer, keyed by run id. */
    public static final String REUSE = "reuse";
    /** Suffix of a topic's dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public static final List<String> ALL = List.of(QUESTIONS, PREDICTIONS, RUN_EVENTS, RUN_CONTROL, REUSE);

    private PipelineTopics() {
    }

    public static String topic(String prefix, String name) {
        return prefix + name;
    }

    public static String deadLetters(String prefix, String name) {
        return prefix + name + DEAD_LETTER_SUFFIX;
    }
}
