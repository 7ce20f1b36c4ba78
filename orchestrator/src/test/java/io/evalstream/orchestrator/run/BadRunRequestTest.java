package io.evalstream.orchestrator.run;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input is a 400 naming the field; no run is stored and nothing reaches the questions topic. */
@QuarkusTest
class BadRunRequestTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"benchmark":"mmlu"}                                          | benchmark              | mmlu
            {"split":"train"}                                             | split                  | train
            {"subjects":["computer_network","underwater_basket_weaving"]} | subjects[1]            | underwater_basket_weaving
            {"subjects":[]}                                               | subjects               | empty
            {"subjects":["physician","computer_network","physician"]}     | subjects[2]            | duplicate subject 'physician'
            {"template":"chatml"}                                         | template               | chatml
            {"postprocessor":"regex"}                                     | postprocessor          | regex
            {"generation":{"maxNewTokens":0}}                             | generation.maxNewTokens | maxNewTokens
            {"generation":{"maxNewTokens":32769}}                         | generation.maxNewTokens | 32769
            {"generation":{"temperature":-0.1}}                           | generation.temperature | -0.1
            {"generation":{"temperature":2.01}}                           | generation.temperature | 2.01
            {"generation":{"stop":[""]}}                                  | generation.stop[0]     | empty
            {"batchSize":0}                                               | batchSize              | 0
            {"batchSize":1025}                                            | batchSize              | 1025
            {"batchSize":"many"}                                          | batchSize              | many
            {"model":"  "}                                                | model                  | blank
            {"modelAbbr":""}                                              | modelAbbr              | blank
            {"colour":"red"}                                              | colour                 | colour
            {"generation":{"topP":0.9}}                                   | generation.topP        | topP
            `{"split":`                                                   | body                   | JSON
            """)
    void rejectedWithTheFieldNamedAndNothingStoredOrPublished(String body, String field, String mentioned) {
        int runsBefore = runCount();
        long publishedBefore = TestKafka.total(TestKafka.endOffsets(RunApiTest.QUESTIONS));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/runs")
                .then().statusCode(400)
                .body("field", equalTo(field))
                .body("message", containsString(mentioned));
        assertEquals(runsBefore, runCount());
        assertEquals(publishedBefore, TestKafka.total(TestKafka.endOffsets(RunApiTest.QUESTIONS)));
    }

    private static int runCount() {
        return given().get("/api/v1/runs").then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
