package io.evalstream.scorer.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.api.errors.StrictJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Request bodies are read strictly ({@link StrictJson}); {@link JsonErrors} answers what does not read. */
@Singleton
public class StrictObjectMapper implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.configure(mapper);
    }
}
