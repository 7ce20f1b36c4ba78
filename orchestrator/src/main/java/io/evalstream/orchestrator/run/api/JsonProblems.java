package io.evalstream.orchestrator.run.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.evalstream.orchestrator.run.RunRejectedException;
import java.io.IOException;
import java.util.Collection;

/** A JSON value of the wrong kind, said in the request's terms (what the field takes, what it got), not Java's. */
final class JsonProblems {

    private JsonProblems() {
    }

    static RunRejectedException mismatch(String field, MismatchedInputException e) {
        if (e.getOriginalMessage().startsWith("Trailing token")) {
            return new RunRejectedException("body", "unexpected trailing content after the JSON object");
        }
        String subject = "body".equals(field) ? "the body" : field;
        return new RunRejectedException(field, subject + " must be " + expected(e.getTargetType()) + ", got "
                + given(e.getProcessor() instanceof JsonParser parser ? parser : null));
    }

    /** The current value's text as sent, e.g. the digits of a number too large. */
    static String text(Object processor) {
        try {
            return processor instanceof JsonParser parser ? parser.getText() : "a value";
        } catch (IOException e) {
            return "a value";
        }
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

    private static String given(JsonParser parser) {
        JsonToken token = parser == null ? null : parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY, END_ARRAY -> "a list";
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case VALUE_STRING -> "\"" + text(parser) + "\"";
            case VALUE_NULL -> "null";
            default -> text(parser);
        };
    }
}
