package io.evalstream.sim;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.evalstream.triton.proto.ModelStatisticsRequest;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MetricsTest {

    private final Triton triton = new Triton();

    @AfterEach
    void close() throws InterruptedException {
        triton.close();
    }

    @Test
    void countersFollowSuccessesAndFailures() {
        String labels = "{model=\"" + Triton.TEXT_BATCH + "\",version=\"1\"";
        long success = value("nv_inference_request_success" + labels + "}");
        long count = value("nv_inference_count" + labels + "}");
        long exec = value("nv_inference_exec_count" + labels + "}");
        long failed = value("nv_inference_request_failure" + labels + ",reason=\"OTHER\"}");
        triton.blocking().modelInfer(Triton.request(Triton.TEXT_BATCH, "m").addInputs(Triton.input("PROMPT", "BYTES", 3, 1))
                .addRawInputContents(Triton.strings("a", "b", "c")).build());
        assertThrows(StatusRuntimeException.class, () -> triton.blocking().modelInfer(Triton.request(Triton.TEXT_BATCH, "m")
                .addInputs(Triton.input("PROMPT", "BYTES", 1, 1)).build()));
        assertEquals(success + 1, value("nv_inference_request_success" + labels + "}"));
        assertEquals(count + 3, value("nv_inference_count" + labels + "}"));
        assertEquals(exec + 1, value("nv_inference_exec_count" + labels + "}"));
        assertEquals(failed + 1, value("nv_inference_request_failure" + labels + ",reason=\"OTHER\"}"));
        value("nv_inference_queue_duration_us" + labels + "}");
        value("nv_inference_compute_infer_duration_us" + labels + "}");
        var stats = triton.blocking().modelStatistics(ModelStatisticsRequest.newBuilder().setName(Triton.TEXT_BATCH).build())
                .getModelStats(0);
        assertEquals(count + 3, stats.getInferenceCount());
        assertEquals(success + 1, stats.getInferenceStats().getSuccess().getCount());
    }

    private static long value(String series) {
        String body = given().port(18002).get("/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\d+)$").matcher(body);
        if (!m.find()) {
            throw new AssertionError(series + " not in\n" + body);
        }
        return Long.parseLong(m.group(1));
    }
}
