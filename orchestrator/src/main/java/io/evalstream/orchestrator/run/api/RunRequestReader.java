package io.evalstream.orchestrator.run.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.evalstream.api.errors.FieldError;
import io.evalstream.api.errors.JsonProblems;
import io.evalstream.api.errors.StrictJson;
import io.evalstream.api.errors.Utf8Body;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.pipeline.run.RunRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** Strict JSON reading of a run request: unknown fields, duplicates and wrong types are rejected with their path. */
@ApplicationScoped
public class RunRequestReader {

    private final ObjectReader reader;

    public RunRequestReader(ObjectMapper mapper) {
        this.reader = StrictJson.configure(mapper.copy()).readerFor(RunRequest.class)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * The request in the body, or every default for an empty body. The body must be UTF-8: anything else is rejected,
     * not decoded into replacement characters.
     */
    public RunRequest read(byte[] body) {
        String json = Utf8Body.decode(body).orElseThrow(() -> rejected(Utf8Body.NOT_UTF8));
        if (json.isBlank()) {
            return RunRequest.defaults();
        }
        try {
            RunRequest request = reader.readValue(json);
            return request == null ? RunRequest.defaults() : request;
        } catch (JsonProcessingException e) {
            throw rejected(JsonProblems.describe(e));
        }
    }

    private static RunRejectedException rejected(FieldError error) {
        return new RunRejectedException(error.field(), error.message());
    }
}
