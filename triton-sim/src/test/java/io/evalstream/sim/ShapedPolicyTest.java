package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ShapedPolicyTest.Profile.class)
class ShapedPolicyTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triton-sim.policy", "oracle:0.5:explained", "triton-sim.capacity.slots", "1",
                    "triton-sim.capacity.fixed-latency", "0.15s");
        }
    }

    private final Triton triton = new Triton();

    @AfterEach
    void close() throws InterruptedException {
        triton.close();
    }

    /** DESIGN §5, written out independently: gold when the id's SHA-256 bucket is below 5000, else the next letter. */
    private static char expected(String questionId, char gold) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(questionId.getBytes(StandardCharsets.UTF_8));
        long bucket = (ByteBuffer.wrap(hash, 0, 4).getInt() & 0xFFFFFFFFL) % 10000;
        return bucket < 5000 ? gold : "ABCD".charAt(("ABCD".indexOf(gold) + 1) % 4);
    }

    @Test
    void oracleRateAnswersRightOnlyBelowTheHashThreshold() throws Exception {
        List<String> golds = List.of("C", "C", "C", "C", "D", "D", "C", "D");
        Triton.Stream stream = triton.stream(false);
        for (int i = 0; i < golds.size(); i++) {
            stream.send(Triton.vllm("ceval/val/computer_network/" + i + "#3", "?", "{\"max_tokens\":100}", true, false));
        }
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < golds.size(); i++) {
            ModelInferResponse r = stream.next().getInferResponse();
            answers.put(r.getId(), Triton.text(r));
        }
        int right = 0;
        for (int i = 0; i < golds.size(); i++) {
            String id = "ceval/val/computer_network/" + i;
            char letter = expected(id, golds.get(i).charAt(0));
            right += letter == golds.get(i).charAt(0) ? 1 : 0;
            String answer = answers.get(id + "#3");
            assertTrue(answer.startsWith(letter + "。解析："), id + " -> " + answer);
        }
        assertTrue(right > 0 && right < golds.size(), "the sample mixes right and wrong answers");
        stream.finish();
    }

    @Test
    void defaultMaxTokensIsSixteenCodePointsAndStopStringsAreCut() throws Exception {
        Triton.Stream stream = triton.stream(false);
        stream.send(withCounts(Triton.vllm("full", Triton.ECON_5_54, "{\"max_tokens\":\"100\"}", true, false)));
        String full = Triton.text(stream.next().getInferResponse());
        stream.send(withCounts(Triton.vllm("default", Triton.ECON_5_54, "{}", true, false)));
        ModelInferResponse limited = stream.next().getInferResponse();
        assertTrue(full.codePointCount(0, full.length()) > 16);
        assertEquals(full.substring(0, full.offsetByCodePoints(0, 16)), Triton.text(limited));
        assertEquals(List.of(16), Triton.decodeInts(Triton.output(limited, "num_output_tokens")));
        assertEquals("length", Triton.decodeStrings(Triton.output(limited, "finish_reason")).get(0));
        stream.send(Triton.vllm("stop", Triton.ECON_5_54, "{\"max_tokens\":100,\"stop\":[\"解析\"]}", true, false));
        assertEquals(full.substring(0, 2), Triton.text(stream.next().getInferResponse()));
        stream.finish();
    }

    @Test
    void oneSlotServesRequestsOneAfterAnother() throws Exception {
        Triton.Stream stream = triton.stream(false);
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            stream.send(Triton.vllm("slot-" + i, "q", null, true, false));
        }
        stream.next();
        long first = System.nanoTime() - start;
        stream.next();
        stream.next();
        long all = System.nanoTime() - start;
        assertTrue(first >= 150_000_000L, "first after " + first);
        assertTrue(all >= 450_000_000L, "all after " + all);
        stream.finish();
    }

    private static ModelInferRequest withCounts(ModelInferRequest request) {
        return request.toBuilder().addInputs(Triton.input("return_num_output_tokens", "BOOL", 1))
                .addRawInputContents(Triton.bools(true)).addInputs(Triton.input("return_finish_reason", "BOOL", 1))
                .addRawInputContents(Triton.bools(true)).build();
    }
}
