package io.evalstream.orchestrator.run.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.evalstream.orchestrator.run.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input is answered with its status and names the problem; no run is stored or published. */
@QuarkusTest
class BadRunRequestTest {

    private static final String UNKNOWN = "00000000-0000-0000-0000-0000000000ff";

    public static Stream<Arguments> badBodies() {
        return Stream.of(
                // invalid JSON
                bad("{\"split\":", "body", "JSON"),
                bad("not json", "body", "JSON"),
                bad("{\"split\":\"val\"} trailing", "body", "trailing"),
                bad("{\"model\":\"a\",\"model\":\"b\"}", "body", "Duplicate field 'model'"),
                bad("[1,2]", "body", "the body must be an object, got a list"),
                bad("\"a string\"", "body", "the body must be an object"),
                // wrong types
                bad("{\"batchSize\":\"many\"}", "batchSize", "batchSize must be a whole number, got \"many\""),
                bad("{\"batchSize\":1.5}", "batchSize", "batchSize must be a whole number, got 1.5"),
                bad("{\"model\":42}", "model", "model must be a string, got 42"),
                bad("{\"subjects\":\"computer_network\"}", "subjects", "subjects must be a list, got a string"),
                bad("{\"generation\":{\"maxNewTokens\":\"ten\"}}", "generation.maxNewTokens", "ten"),
                bad("{\"generation\":{\"temperature\":true}}", "generation.temperature", "must be a number, got true"),
                bad("{\"generation\":[]}", "generation", "generation must be an object, got a list"),
                bad("{\"generation\":{\"stop\":\"<|im_end|>\"}}", "generation.stop", "must be a list"),
                bad("{\"subjects\":[[\"physician\"]]}", "subjects[0]", "subjects[0] must be a string, got a list"),
                bad("{\"reuse\":\"yes\"}", "reuse", "reuse must be true or false, got \"yes\""),
                // unknown fields
                bad("{\"colour\":\"red\"}", "colour", "colour"),
                bad("{\"generation\":{\"topP\":0.9}}", "generation.topP", "topP"),
                // missing or empty values
                bad("{\"subjects\":[]}", "subjects", "empty"),
                bad("{\"subjects\":[null]}", "subjects[0]", "null"),
                bad("{\"generation\":{\"stop\":[\"\"]}}", "generation.stop[0]", "empty"),
                bad("{\"generation\":{\"stop\":[null]}}", "generation.stop[0]", "empty"),
                bad("{\"model\":\"  \"}", "model", "blank"),
                bad("{\"modelAbbr\":\"\"}", "modelAbbr", "blank"),
                // negative and huge numbers
                bad("{\"batchSize\":0}", "batchSize", "0"),
                bad("{\"batchSize\":-1}", "batchSize", "-1"),
                bad("{\"batchSize\":1025}", "batchSize", "1025"),
                bad("{\"batchSize\":99999999999}", "batchSize", "out of range"),
                bad("{\"generation\":{\"maxNewTokens\":0}}", "generation.maxNewTokens", "maxNewTokens"),
                bad("{\"generation\":{\"maxNewTokens\":-100}}", "generation.maxNewTokens", "-100"),
                bad("{\"generation\":{\"maxNewTokens\":32769}}", "generation.maxNewTokens", "32769"),
                bad("{\"generation\":{\"temperature\":-0.1}}", "generation.temperature", "-0.1"),
                bad("{\"generation\":{\"temperature\":2.01}}", "generation.temperature", "2.01"),
                bad("{\"generation\":{\"temperature\":1e309}}", "generation.temperature", "Infinity"),
                bad("{\"generation\":{\"seed\":-5}}", "generation.seed", "-5"),
                bad("{\"generation\":{\"seed\":123456789012345678901234567890}}", "generation.seed", "out of range"),
                // unknown names
                bad("{\"benchmark\":\"mmlu\"}", "benchmark", "mmlu"),
                bad("{\"benchmark\":\"\"}", "benchmark", "''"),
                bad("{\"split\":\"train\"}", "split", "train"),
                bad("{\"split\":\"VAL\"}", "split", "VAL"),
                bad("{\"subjects\":[\"computer_network\",\"underwater_basket_weaving\"]}", "subjects[1]",
                        "underwater_basket_weaving"),
                bad("{\"subjects\":[\"physician\",\"computer_network\",\"physician\"]}", "subjects[2]",
                        "must not repeat a subject, got 'physician' again"),
                bad("{\"template\":\"chatml\"}", "template", "chatml"),
                bad("{\"postprocessor\":\"regex\"}", "postprocessor", "regex"),
                bad("{\"postprocessor\":\"FIRST_CAPITAL\"}", "postprocessor", "FIRST_CAPITAL"),
                // over-long and unsafe strings
                bad("{\"model\":\"" + "m".repeat(256) + "\"}", "model", "at most 255"),
                bad("{\"modelAbbr\":\"" + "a".repeat(256) + "\"}", "modelAbbr", "at most 255"),
                bad("{\"model\":\"org/model\"}", "modelAbbr", "must not contain /"),
                bad("{\"modelAbbr\":\"..\\\\outputs\"}", "modelAbbr", "must not contain"));
    }

    private static Arguments bad(String body, String field, String mentioned) {
        return Arguments.of(body.length() > 80 ? body.substring(0, 77) + "..." : body, body, field, mentioned);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void rejectedWithTheFieldNamedAndNothingStoredOrPublished(String name, String body, String field,
            String mentioned) {
        unchanged(() -> given().contentType(ContentType.JSON).body(body).post("/api/v1/runs").then().statusCode(400)
                .body("field", equalTo(field))
                .body("message", containsString(mentioned))
                .body("message", not(matchesPattern("(?s).*(java\\.|Cannot |CoercionConfig|`|io\\.evalstream).*"))));
    }

    @Test
    void bodyThatIsNotUtf8IsRejected() {
        byte[] latin1 = "{\"model\":\"modèle\"}".getBytes(StandardCharsets.ISO_8859_1);
        unchanged(() -> given().contentType(ContentType.JSON).body(latin1).post("/api/v1/runs").then().statusCode(400)
                .body("field", equalTo("body"))
                .body("message", containsString("not valid UTF-8")));
    }

    @Test
    void oversizedBodyIsRefusedBeforeReadingIt() {
        String body = "{\"model\":\"" + "m".repeat(1_100_000) + "\"}";
        unchanged(() -> given().contentType(ContentType.JSON).body(body).post("/api/v1/runs").then().statusCode(413));
    }

    @Test
    void bodyThatIsNotJsonByContentTypeIsUnsupported() {
        unchanged(() -> given().contentType(ContentType.TEXT).body("{}").post("/api/v1/runs").then().statusCode(415));
    }

    @Test
    void unknownRunIdsAreNotFoundOnEveryEndpoint() {
        for (String id : new String[] {UNKNOWN, "not-a-uuid"}) {
            unchanged(() -> given().get("/api/v1/runs/" + id).then().statusCode(404)
                    .body("message", containsString(id)));
            unchanged(() -> given().delete("/api/v1/runs/" + id).then().statusCode(404)
                    .body("message", containsString(id)));
            unchanged(() -> given().post("/api/v1/runs/" + id + "/resume").then().statusCode(404)
                    .body("message", containsString(id)));
        }
    }

    @Test
    void illegalTransitionsAreConflicts() throws Exception {
        String id = RunApiTest.submit("{\"subjects\":[\"computer_network\"]}").getString("id");
        unchanged(() -> given().post("/api/v1/runs/" + id + "/resume").then().statusCode(409)
                .body("message", containsString("RUNNING")));
        RunApiTest.send(RunApiTest.event(id, io.evalstream.pipeline.RunEvent.Type.COMPLETED, 19, 10, 52.6, ""));
        RunApiTest.awaitStatus(id, "SUCCEEDED");
        unchanged(() -> given().post("/api/v1/runs/" + id + "/resume").then().statusCode(409)
                .body("message", containsString("SUCCEEDED")));
        unchanged(() -> given().delete("/api/v1/runs/" + id).then().statusCode(409)
                .body("message", containsString("SUCCEEDED")));
        assertEquals("SUCCEEDED", RunApiTest.get(id).getString("status"));
    }

    /** Runs the request and checks that no run was stored and nothing reached the questions topic. */
    private static void unchanged(Supplier<ValidatableResponse> request) {
        List<String> runsBefore = runs();
        long publishedBefore = TestKafka.total(TestKafka.endOffsets(RunApiTest.QUESTIONS));
        request.get();
        assertEquals(runsBefore, runs());
        assertEquals(publishedBefore, TestKafka.total(TestKafka.endOffsets(RunApiTest.QUESTIONS)));
    }

    private static List<String> runs() {
        return given().get("/api/v1/runs").then().statusCode(200).extract().jsonPath().getList("id", String.class);
    }
}
