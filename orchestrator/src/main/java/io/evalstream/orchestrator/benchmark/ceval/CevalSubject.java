package io.evalstream.orchestrator.benchmark.ceval;

/** One entry of {@code subject_mapping.json}: key -> [English, Chinese, category]. */
public record CevalSubject(String key, String english, String chinese, String category) {
}
