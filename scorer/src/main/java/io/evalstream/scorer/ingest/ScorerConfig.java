package io.evalstream.scorer.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "evalstream.scorer")
public interface ScorerConfig {

    /** Names this instance in the {@code source} of the run events it emits. */
    @WithDefault("scorer")
    String instanceId();

    /** The PostgreSQL schema of the scorer's tables (Hibernate's default schema, migrated by Flyway). */
    @WithDefault("scorer")
    String schema();

    /** Prompt hashes remembered as stored, so that polls of known prompts skip the prompt table (≈ 200 bytes each). */
    @WithDefault("100000")
    int knownPrompts();
}
