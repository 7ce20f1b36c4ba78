package io.evalstream.orchestrator.run.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.pipeline.run.RunRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Strict JSON reading of a run request: unknown fields and wrong types are rejected with their JSON path. */
@ApplicationScoped
public class RunRequestReader {

    private final ObjectReader reader;

    public RunRequestReader(ObjectMapper mapper) {
        this.reader = strict(mapper.copy()).readerFor(RunRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** A number where a string belongs, a string where a number belongs and the like are type errors, not guesses. */
    private static ObjectMapper strict(ObjectMapper mapper) {
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual
                            ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return mapper;
    }

    /**
     * The request in the body, or every default for an empty body. The body must be UTF-8: anything else is rejected,
     * not decoded into replacement characters.
     */
    public RunRequest read(byte[] body) {
        String json = Utf8Body.decode(body);
        if (json.isBlank()) {
            return RunRequest.defaults();
        }
        try {
            RunRequest request = reader.readValue(json);
            return request == null ? RunRequest.defaults() : request;
        } catch (UnrecognizedPropertyException e) {
            throw new RunRejectedException(path(e), "unknown field '" + e.getPropertyName() + "'");
        } catch (MismatchedInputException e) {
            throw JsonProblems.mismatch(path(e), e);
        } catch (JsonMappingException e) {
            throw JsonProblems.unusable(path(e), e);
        } catch (InputCoercionException e) {
            String field = path(e.getProcessor().getParsingContext());
            throw new RunRejectedException(field, field + " is out of range, got " + JsonProblems.text(e.getProcessor()));
        } catch (JsonProcessingException e) {
            throw new RunRejectedException("body", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The path of the value a number too large for its field was read at. */
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
