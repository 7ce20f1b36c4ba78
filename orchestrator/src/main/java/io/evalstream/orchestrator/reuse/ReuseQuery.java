package io.evalstream.orchestrator.reuse;

import io.evalstream.pipeline.run.Generation;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of the scorer's {@code POST /api/v1/predictions/reusable}. */
@RegisterForReflection
public record ReuseQuery(String model, Generation generation, List<String> promptHashes) {
}
