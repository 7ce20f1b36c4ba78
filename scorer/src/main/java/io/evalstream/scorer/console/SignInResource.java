package io.evalstream.scorer.console;

import io.evalstream.api.token.ApiConfig;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The console's sign-in form: a right token is kept in an HTTP-only, same-site cookie for the browser session. */
@Path(SignInResource.PATH)
public class SignInResource {

    static final String PATH = "/sign-in";

    private final ApiConfig config;

    public SignInResource(ApiConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return ConsoleTemplates.signIn(false);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("token") String token) {
        if (config.token().isEmpty()) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (token == null || !ConsoleTokenFilter.matches(config, token.strip())) {
            return Response.status(Response.Status.UNAUTHORIZED).entity(ConsoleTemplates.signIn(true)).build();
        }
        NewCookie cookie = new NewCookie.Builder(ConsoleTokenFilter.COOKIE).value(token.strip()).path("/")
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/")).cookie(cookie).build();
    }
}
