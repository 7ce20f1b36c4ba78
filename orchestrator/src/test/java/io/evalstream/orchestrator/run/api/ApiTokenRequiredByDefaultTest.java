package io.evalstream.orchestrator.run.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ApiTokenRequiredByDefaultTest {

    @Test
    void reconcilingEvalRunsRequiresATokenByDefault() throws Exception {
        Properties properties = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertEquals("${EVALSTREAM_API_TOKEN_REQUIRED:${evalstream.kubernetes.enabled}}",
                properties.getProperty("evalstream.api.token-required"));
    }
}
