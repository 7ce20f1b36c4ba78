package io.evalstream.orchestrator.run;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of the scorer's {@code POST /api/v1/predictions/reusable}. */
@RegisterForReflection
public record ReuseQuery(String model, GenerationValidator.Generation generation, List<String> promptHashes) {
}
