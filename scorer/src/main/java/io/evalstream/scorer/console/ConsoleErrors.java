package io.evalstream.scorer.console;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Bad console parameters answer 400 with the message as plain text. */
public class ConsoleErrors {

    @ServerExceptionMapper
    public Response badInput(BadConsoleInput e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(e.getMessage() + "\n").build();
    }
}
