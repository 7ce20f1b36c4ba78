package io.evalstream.scorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a token configured every /api call needs it; health and metrics stay open. */
@QuarkusTest
@TestProfile(ApiTokenTest.WithToken.class)
public class ApiTokenTest {

    private static final String TOKEN = "scorer-t0ken";

    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evalstream.api.token", TOKEN);
        }
    }

    @Test
    void apiNeedsTheBearerTokenAndHealthAndMetricsDoNot() {
        for (String path : new String[] {"report", "report.csv", "report.txt", "outputs.zip", "results/ids"}) {
            given().get("/api/v1/runs/r1/" + path).then().statusCode(401).header("WWW-Authenticate", "Bearer")
                    .body("message", containsString("Authorization: Bearer"));
        }
        given().contentType(ContentType.JSON).body("{\"postprocessor\":\"first_option\"}")
                .post("/api/v1/runs/r1/rescore").then().statusCode(401);
        given().header("Authorization", "Bearer " + TOKEN + "x").get("/api/v1/runs/r1/report").then().statusCode(401)
                .body("message", equalTo("invalid bearer token"));
        given().header("Authorization", "Bearer " + TOKEN).get("/api/v1/runs/r1/report").then().statusCode(404)
                .body("message", containsString("r1"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
