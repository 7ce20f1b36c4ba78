package io.evalstream.orchestrator.benchmark.ceval;

import io.evalstream.benchmark.ceval.CevalSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Opens C-Eval from the configured path on every call, so a run always sees the data as it is now and a broken
 * file is reported to the request that needs it.
 */
@ApplicationScoped
public class CevalLoader {

    private final CevalConfig config;

    public CevalLoader(CevalConfig config) {
        this.config = config;
    }

    public CevalSource open() {
        CevalSource source = CevalSource.open(config.path());
        source.warnings().forEach(Log::warn);
        return source;
    }
}
