package io.evalstream.scorer.reuse;

import io.evalstream.pipeline.run.Generation;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of {@code POST /api/v1/predictions/reusable}: the new run's model, generation settings and prompt hashes. */
@RegisterForReflection(targets = {ReuseRequest.class, Generation.class})
public record ReuseRequest(String model, Generation generation, List<String> promptHashes) {
}
