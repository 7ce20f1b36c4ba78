package io.evalstream.api.token;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Refuses to start with an open API where a token is required (in Kubernetes, where other pods reach it). */
@ApplicationScoped
public class ApiTokenRequirement {

    void check(@Observes StartupEvent event, ApiConfig api) {
        check(api);
    }

    static void check(ApiConfig api) {
        if (api.tokenRequired() && api.token().isEmpty()) {
            throw new IllegalStateException("EVALSTREAM_API_TOKEN is not set, but a token is required"
                    + " (EVALSTREAM_API_TOKEN_REQUIRED; in the orchestrator, true by default when"
                    + " EVALSTREAM_KUBERNETES_ENABLED is): set it (in Kubernetes, the key token of the Secret"
                    + " evalstream-api)");
        }
    }
}
