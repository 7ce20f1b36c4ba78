package io.evalstream.orchestrator.run.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.evalstream.orchestrator.scorer.TestScorer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a token configured every /api call needs it, health and metrics stay open, and the scorer is sent it. */
@QuarkusTest
@TestProfile(ApiTokenTest.WithToken.class)
class ApiTokenTest {

    private static final String TOKEN = "t0ken-for-tests";

    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evalstream.api.token", TOKEN);
        }
    }

    @Test
    void apiNeedsTheBearerTokenAndHealthAndMetricsDoNot() {
        given().get("/api/v1/runs").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("message", containsString("Authorization: Bearer"));
        given().header("Authorization", "Bearer wrong").get("/api/v1/runs").then().statusCode(401)
                .body("message", equalTo("invalid bearer token"));
        given().header("Authorization", TOKEN).get("/api/v1/runs").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/runs").then().statusCode(401);
        given().delete("/api/v1/runs/00000000-0000-0000-0000-000000000000").then().statusCode(401);
        given().post("/api/v1/runs/00000000-0000-0000-0000-000000000000/resume").then().statusCode(401);
        given().header("Authorization", "Bearer " + TOKEN).get("/api/v1/runs").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void resumeSendsTheTokenToTheScorer() {
        String id = given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body("{\"subjects\":[\"computer_network\"]}").post("/api/v1/runs").then().statusCode(202)
                .extract().jsonPath().getString("id");
        given().header("Authorization", "Bearer " + TOKEN).delete("/api/v1/runs/" + id).then().statusCode(200);
        given().header("Authorization", "Bearer " + TOKEN).post("/api/v1/runs/" + id + "/resume").then()
                .statusCode(202).body("status", equalTo("RUNNING"));
        assertEquals("Bearer " + TOKEN, TestScorer.authorization(id));
    }
}
