package io.evalstream.benchmark.ceval;

/** One subject of the mapping: key -> [English, Chinese, category]. */
public record CevalSubject(String key, String english, String chinese, String category) {
}
