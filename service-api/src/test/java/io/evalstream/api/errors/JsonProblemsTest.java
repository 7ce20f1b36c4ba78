package io.evalstream.api.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad JSON said in the request's terms, with the field's path. */
class JsonProblemsTest {

    private static final ObjectMapper STRICT = StrictJson.configure(new ObjectMapper());

    record Settings(Integer count, String name, List<String> tags, Inner inner) {
    }

    record Inner(Long seed) {
    }

    @Test
    void wrongKindsNameWhatTheFieldTakesAndWhatItGot() {
        assertEquals(new FieldError("count", "count must be a whole number, got \"many\""),
                problem("{\"count\":\"many\"}"));
        assertEquals(new FieldError("count", "count must be a whole number, got 1.5"), problem("{\"count\":1.5}"));
        assertEquals(new FieldError("name", "name must be a string, got 42"), problem("{\"name\":42}"));
        assertEquals(new FieldError("tags", "tags must be a list, got a string"), problem("{\"tags\":\"a\"}"));
        assertEquals(new FieldError("tags[0]", "tags[0] must be a string, got a list"), problem("{\"tags\":[[]]}"));
        assertEquals(new FieldError("body", "the body must be an object, got a list"), problem("[1]"));
    }

    @Test
    void unknownFieldsTrailingContentAndBrokenJsonAreNamed() {
        assertEquals(new FieldError("inner.colour", "unknown field 'colour'"), problem("{\"inner\":{\"colour\":1}}"));
        assertEquals(new FieldError("body", "unexpected trailing content after the JSON object"),
                problem("{\"name\":\"a\"} {}"));
        assertEquals("body", problem("{\"name\":").field());
    }

    @Test
    void numbersTooLargeForTheirFieldAreOutOfRange() {
        assertEquals(new FieldError("count", "count is out of range, got 99999999999"),
                problem("{\"count\":99999999999}"));
        assertEquals(new FieldError("inner.seed", "inner.seed is out of range, got 123456789012345678901234567890"),
                problem("{\"inner\":{\"seed\":123456789012345678901234567890}}"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        assertEquals(Optional.empty(), Utf8Body.decode("modèle".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of("modèle"), Utf8Body.decode("modèle".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(""), Utf8Body.decode(null));
    }

    private static FieldError problem(String json) {
        return JsonProblems.describe(assertThrows(JsonProcessingException.class,
                () -> STRICT.readValue(json, Settings.class)));
    }
}
