package io.evalstream.orchestrator.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;

/** Strict JSON reading of a run request: unknown fields and wrong types are rejected with their JSON path. */
@ApplicationScoped
public class RunRequestReader {

    private final ObjectReader reader;

    public RunRequestReader(ObjectMapper mapper) {
        this.reader = mapper.readerFor(RunRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    RunRequest read(String body) {
        if (body == null || body.isBlank()) {
            return new RunRequest(null, null, null, null, null, null, null, null, null);
        }
        try {
            RunRequest request = reader.readValue(body);
            return request == null ? new RunRequest(null, null, null, null, null, null, null, null, null) : request;
        } catch (UnrecognizedPropertyException e) {
            throw new RunRejectedException(path(e), "unknown field '" + e.getPropertyName() + "'");
        } catch (JsonMappingException e) {
            throw new RunRejectedException(path(e), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new RunRejectedException("body", "not valid JSON: " + e.getOriginalMessage());
        }
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
