package io.evalstream.scorer.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.evalstream.scorer.api.ApiTokenTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With a token configured a page needs it, as a bearer header or the cookie the sign-in form sets. */
@QuarkusTest
@TestProfile(ApiTokenTest.WithToken.class)
class ConsoleTokenTest {

    private static final String TOKEN = "scorer-t0ken";

    @Test
    void pagesNeedTheTokenAndTheSignInFormKeepsIt() {
        for (String path : new String[] {"/", "/runs/r1", "/runs/r1/questions", "/compare?run=a&run=b", "/progress",
            "/runs/r1/download/summary.csv"}) {
            given().redirects().follow(false).get(path).then().statusCode(401).header("WWW-Authenticate", "Bearer")
                    .body(containsString("name=\"token\""));
        }
        given().header("Authorization", "Bearer " + TOKEN).get("/").then().statusCode(200);
        given().cookie(ConsoleTokenFilter.COOKIE, TOKEN + "x").get("/").then().statusCode(401);
        given().formParam("token", "wrong").post("/sign-in").then().statusCode(401)
                .body(containsString("not the scorer's API token"));
        String cookie = given().redirects().follow(false).formParam("token", TOKEN).post("/sign-in").then()
                .statusCode(303).header("Set-Cookie", containsString("HttpOnly")).extract()
                .cookie(ConsoleTokenFilter.COOKIE);
        given().cookie(ConsoleTokenFilter.COOKIE, cookie).get("/").then().statusCode(200);
        given().get("/console/console.css").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
