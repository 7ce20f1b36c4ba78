package io.evalstream.scorer.reuse;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of {@code POST /api/v1/predictions/reusable}: the new run's model, generation settings and prompt hashes. */
@RegisterForReflection
public record ReuseRequest(String model, Generation generation, List<String> promptHashes) {

    @RegisterForReflection
    public record Generation(Integer maxNewTokens, Double temperature, List<String> stop, Long seed) {
    }
}
