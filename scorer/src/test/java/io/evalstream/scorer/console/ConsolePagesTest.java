package io.evalstream.scorer.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.evalstream.scorer.result.ScoredRun;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's pages answer without a token configured, page the runs and reject bad parameters by name. */
@QuarkusTest
class ConsolePagesTest {

    private static final int RUNS = RunsResource.PAGE_SIZE + 5;

    private String model;

    @BeforeEach
    void storeRuns() {
        model = "console-" + UUID.randomUUID();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < RUNS; i++) {
                ScoredRun run = new ScoredRun();
                run.runId = model + "-" + i;
                run.benchmark = "ceval";
                run.split = "val";
                run.model = model;
                run.modelAbbr = model;
                run.datasetLabel = "ceval";
                run.promptVersion = "000000";
                run.postprocessor = "first_capital";
                run.generationKey = "";
                run.template = "internlm2-chat";
                run.subjects = "";
                run.expectedQuestions = 10;
                run.firstSeenAt = start.plusSeconds(i);
                run.updatedAt = run.firstSeenAt;
                run.persist();
            }
        });
    }

    @Test
    void theRunsPageShowsTheNewestRunsAPageAtATime() {
        given().queryParam("model", model).get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Runs 1–" + RunsResource.PAGE_SIZE + " of " + RUNS))
                .body(containsString("href=\"/runs/" + model + "-" + (RUNS - 1) + "\""))
                .body(not(containsString("href=\"/runs/" + model + "-4\"")))
                .body(containsString("rel=\"next\""));
        given().queryParam("model", model).queryParam("page", 1).get("/").then().statusCode(200)
                .body(containsString("Runs " + (RunsResource.PAGE_SIZE + 1) + "–" + RUNS + " of " + RUNS))
                .body(containsString("href=\"/runs/" + model + "-0\""))
                .body(not(containsString("rel=\"next\"")));
    }

    @Test
    void aRunPageAndItsQuestionsAnswerAndBadParametersAreNamed() {
        given().get("/runs/" + model + "-0").then().statusCode(200).body(containsString("Run " + model + "-0"));
        given().get("/runs/" + model + "-0/questions").then().statusCode(200).body(containsString("0 questions"));
        given().get("/runs/" + model + "-0/questions?outcome=maybe").then().statusCode(400)
                .body(containsString("outcome"));
        given().get("/?status=paused").then().statusCode(400).body(containsString("status"));
        given().get("/compare?run=" + model + "-0").then().statusCode(400).body(containsString("two runs"));
        given().get("/runs/no-such-run").then().statusCode(404);
        given().get("/progress?run=" + model + "-1").then().statusCode(200)
                .body("[0].runId", org.hamcrest.Matchers.equalTo(model + "-1"));
    }

    @Test
    void theChartLibraryIsServedFromTheJar() {
        given().get("/webjars/echarts/dist/echarts.min.js").then().statusCode(200);
        given().get("/console/console.js").then().statusCode(200);
    }
}
