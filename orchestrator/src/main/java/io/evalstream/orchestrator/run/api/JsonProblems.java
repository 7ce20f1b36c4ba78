package io.evalstream.orchestrator.run.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.evalstream.orchestrator.run.RunRejectedException;
import java.io.IOException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JSON value of the wrong kind, said in the request's terms (what the field takes, what it got), not Java's. */
final class JsonProblems {

    private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.(\\w+)`");
    private static final Pattern VALUE = Pattern.compile("value \\((.+?)\\)(?: to | out of range|$)");

    private JsonProblems() {
    }

    static RunRejectedException mismatch(String field, MismatchedInputException e) {
        if (e.getOriginalMessage().startsWith("Trailing token")) {
            return new RunRejectedException("body", "unexpected trailing content after the JSON object");
        }
        String subject = "body".equals(field) ? "the body" : field;
        return new RunRejectedException(field, subject + " must be " + expected(e.getTargetType()) + ", got "
                + given(e));
    }

    /** A value Jackson could not bind for another reason, such as a number too large for its field. */
    static RunRejectedException unusable(String field, JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message.contains("out of range")) {
            Matcher value = VALUE.matcher(message);
            return new RunRejectedException(field, field + " is out of range" + (value.find() ? ", got "
                    + value.group(1) : ""));
        }
        return new RunRejectedException(field, field + " has a value that cannot be used");
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

    /** What was sent, from the exception: the parser is closed by the time it is caught. */
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
