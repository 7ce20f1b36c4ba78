package io.evalstream.api.token;

import io.evalstream.api.errors.ErrorMessage;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Requires {@code Authorization: Bearer <token>} on /api/** when a token is configured; /q/** stays open. */
public class ApiTokenFilter {

    private static final String BEARER = "Bearer ";

    private final ApiConfig config;

    public ApiTokenFilter(ApiConfig config) {
        this.config = config;
    }

    /** Null lets the request through. */
    @ServerRequestFilter(preMatching = true)
    public Response authenticate(ContainerRequestContext request) {
        if (config.token().isEmpty() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            return unauthorized("missing Authorization: Bearer <token> header");
        }
        // Constant-time comparison: the time taken says nothing about how much of the token matched.
        if (!MessageDigest.isEqual(header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8),
                config.token().get().getBytes(StandardCharsets.UTF_8))) {
            return unauthorized("invalid bearer token");
        }
        return null;
    }

    private static Response unauthorized(String message) {
        return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorMessage(message)).build();
    }
}
