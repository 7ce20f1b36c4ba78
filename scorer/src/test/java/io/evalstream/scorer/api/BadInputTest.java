package io.evalstream.scorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bodies that are not UTF-8 or not the JSON an endpoint takes are a 400 in the request's terms. */
@QuarkusTest
class BadInputTest {

    private static final String RESCORE = "/api/v1/runs/any-run/rescore";
    private static final String REUSABLE = "/api/v1/predictions/reusable";

    @Test
    void aBodyThatIsNotUtf8IsRejected() {
        byte[] latin1 = "{\"postprocessor\":\"première\"}".getBytes(StandardCharsets.ISO_8859_1);
        plain(given().contentType(ContentType.JSON).body(latin1).post(RESCORE).then().statusCode(400)
                .body("field", equalTo("body")).body("message", containsString("not valid UTF-8")));
    }

    @Test
    void wrongTypesNameTheFieldWhatItTakesAndWhatItGot() {
        plain(post(RESCORE, "{\"postprocessor\":[\"first_option\"]}").statusCode(400)
                .body("field", equalTo("postprocessor"))
                .body("message", equalTo("postprocessor must be a string, got a list")));
        plain(post(REUSABLE, "{\"model\":42,\"promptHashes\":[]}").statusCode(400)
                .body("field", equalTo("model")).body("message", equalTo("model must be a string, got 42")));
        plain(post(REUSABLE, "{\"model\":\"m\",\"promptHashes\":\"abc\"}").statusCode(400)
                .body("field", equalTo("promptHashes"))
                .body("message", equalTo("promptHashes must be a list, got a string")));
        plain(post(REUSABLE, "{\"model\":\"m\",\"generation\":{\"seed\":\"zero\"}}").statusCode(400)
                .body("field", equalTo("generation.seed"))
                .body("message", equalTo("generation.seed must be a whole number, got \"zero\"")));
        plain(post(RESCORE, "{\"postprocessor\":\"first_option\",\"colour\":\"red\"}").statusCode(400)
                .body("field", equalTo("colour")).body("message", equalTo("unknown field 'colour'")));
        plain(post(REUSABLE, "[1]").statusCode(400).body("field", equalTo("body"))
                .body("message", equalTo("the body must be an object, got a list")));
        plain(post(REUSABLE, "{\"model\":\"m\",\"generation\":{\"seed\":123456789012345678901234567890}}")
                .statusCode(400).body("field", equalTo("generation.seed"))
                .body("message", equalTo("generation.seed is out of range, got 123456789012345678901234567890")));
    }

    @Test
    void invalidJsonIsRejected() {
        plain(post(RESCORE, "{\"postprocessor\":").statusCode(400).body("field", equalTo("body"))
                .body("message", containsString("not valid JSON")));
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static void plain(ValidatableResponse response) {
        response.body("message", not(matchesPattern("(?s).*(java\\.|Cannot |CoercionConfig|`|io\\.evalstream).*")));
    }
}
