package io.evalstream.scorer.console;

import io.evalstream.api.token.ApiConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The API's token rule on the console's pages: with a token configured, a page needs it as {@code Authorization:
 * Bearer <token>} or in the cookie the sign-in form sets (a browser cannot add the header to a link). /api/** has its
 * own filter, /q/** and the static files stay open.
 */
public class ConsoleTokenFilter {

    static final String COOKIE = "evalstream_token";
    private static final String BEARER = "Bearer ";

    private final ApiConfig config;

    public ConsoleTokenFilter(ApiConfig config) {
        this.config = config;
    }

    /** Null lets the request through. */
    @ServerRequestFilter(preMatching = true)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (config.token().isEmpty() || path.startsWith("/api/") || path.startsWith("/q/")
                || path.equals(SignInResource.PATH)) {
            return null;
        }
        if (matches(config, bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION)))
                || matches(config, cookie(request.getCookies().get(COOKIE)))) {
            return null;
        }
        return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ConsoleTemplates.signIn(false).render()).build();
    }

    static boolean matches(ApiConfig config, String token) {
        // Constant-time comparison: the time taken says nothing about how much of the token matched.
        return token != null && config.token().isPresent() && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), config.token().get().getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String header) {
        return header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()) : null;
    }

    private static String cookie(Cookie cookie) {
        return cookie == null ? null : cookie.getValue();
    }
}
