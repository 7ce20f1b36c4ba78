package io.evalstream.scorer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request body that is not the JSON the endpoint takes: a 400 naming the field and, in the request's terms, what it
 * takes and what it got; never Java class names.
 */
public class JsonErrors {

    private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.(\\w+)`");
    private static final Pattern VALUE = Pattern.compile("value \\((.+?)\\)(?: to |$)");

    @ServerExceptionMapper
    public RestResponse<FieldError> mismatch(MismatchedInputException e) {
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return bad(field, "unknown field '" + unknown.getPropertyName() + "'");
        }
        String subject = "body".equals(field) ? "the body" : field;
        return bad(field, subject + " must be " + expected(e.getTargetType()) + ", got "
                + given(e));
    }

    @ServerExceptionMapper
    public RestResponse<FieldError> notJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            return bad(path(mapping), path(mapping) + " has a value that cannot be used");
        }
        return bad("body", "not valid JSON: " + e.getOriginalMessage());
    }

    /** The JSON reader reports a body that does not parse as a bare 400; say what is wrong with it instead. */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return notJson(json).toResponse();
        }
        return e.getResponse();
    }

    private static RestResponse<FieldError> bad(String field, String message) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, new FieldError(field, message));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** What was sent, from the exception: the parser may be closed by the time it is mapped. */
    private static String given(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return switch (JsonToken.valueOf(token.group(1))) {
                case START_ARRAY, END_ARRAY -> "a list";
                case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
                case VALUE_STRING -> "a string";
                case VALUE_NULL -> "null";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                default -> "a number";
            };
        }
        if (message.contains("from String value")) {
            return "a string";
        }
        Matcher value = VALUE.matcher(message);
        return value.find() ? value.group(1) : "another kind of value";
    }
}
