package io.evalstream.api.errors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not the JSON an endpoint takes, said in the request's terms: the field's JSON path, what it takes
 * and what it got; never Java class names.
 */
public final class JsonProblems {

    private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.(\\w+)`");
    private static final Pattern VALUE = Pattern.compile("value \\((.+?)\\)(?: to | out of range|$)");

    private JsonProblems() {
    }

    public static FieldError describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(path(mismatch), mismatch);
        }
        if (e instanceof JsonMappingException mapping) {
            return unusable(path(mapping), mapping);
        }
        if (e instanceof InputCoercionException coercion && coercion.getProcessor() != null) {
            String field = path(coercion.getProcessor().getParsingContext());
            return new FieldError(field, field + " is out of range, got " + text(coercion.getProcessor()));
        }
        return new FieldError("body", "not valid JSON: " + e.getOriginalMessage());
    }

    private static FieldError mismatch(String field, MismatchedInputException e) {
        if (e.getOriginalMessage().startsWith("Trailing token")) {
            return new FieldError("body", "unexpected trailing content after the JSON object");
        }
        String subject = "body".equals(field) ? "the body" : field;
        return new FieldError(field, subject + " must be " + expected(e.getTargetType()) + ", got " + given(e));
    }

    /** A value that could not be bound for another reason, such as a number too large for its field. */
    private static FieldError unusable(String field, JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message.contains("out of range")) {
            Matcher value = VALUE.matcher(message);
            return new FieldError(field, field + " is out of range" + (value.find() ? ", got " + value.group(1) : ""));
        }
        return new FieldError(field, field + " has a value that cannot be used");
    }

    /** The current value's text as sent, e.g. the digits of a number too large. */
    private static String text(JsonParser parser) {
        try {
            return parser.getText();
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

    /** What was sent, from the exception: the parser may be closed by the time it is looked at. */
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

    /** The path of the value being read, for errors raised by the parser rather than the binding. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            String step = at.inArray() ? "[" + at.getCurrentIndex() + "]" : at.getCurrentName();
            path.insert(0, at.inObject() && at.getParent() != null && !at.getParent().inRoot() ? "." + step : step);
        }
        return path.isEmpty() ? "body" : path.toString();
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
}
