package io.evalstream.api.token;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiTokenRequirementTest {

    @Test
    void aRequiredTokenMustBeSet() {
        var error = assertThrows(IllegalStateException.class, () -> ApiTokenRequirement.check(api(null, true)));
        assertTrue(error.getMessage().contains("EVALSTREAM_API_TOKEN is not set, but a token is required"),
                error.getMessage());
        assertDoesNotThrow(() -> ApiTokenRequirement.check(api("s3cret", true)));
        assertDoesNotThrow(() -> ApiTokenRequirement.check(api(null, false)), "local use: an open API");
    }

    private static ApiConfig api(String token, boolean required) {
        return new ApiConfig() {
            @Override
            public Optional<String> token() {
                return Optional.ofNullable(token);
            }

            @Override
            public boolean tokenRequired() {
                return required;
            }
        };
    }
}
