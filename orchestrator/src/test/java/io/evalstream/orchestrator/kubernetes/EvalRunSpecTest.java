package io.evalstream.orchestrator.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.orchestrator.run.api.RunRequestReader;
import io.evalstream.pipeline.run.Generation;
import io.evalstream.pipeline.run.RunRequest;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An EvalRun's spec and the API's body with the same content are the same run request. */
class EvalRunSpecTest {

    @Test
    void theExampleSpecIsTheRequestTheApiReadsFromTheSameFields() throws IOException {
        EvalRun resource;
        try (InputStream in = Files.newInputStream(Path.of("../k8s/examples/ceval-val-two-subjects.yaml"))) {
            resource = Serialization.unmarshal(in, EvalRun.class);
        }
        RunRequest fromApi = new RunRequestReader(new ObjectMapper()).read("""
                {"benchmark":"ceval","split":"val","subjects":["computer_network","college_economics"],
                 "model":"internlm2-chat-1_8b","template":"internlm2-chat","batchSize":8}"""
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(fromApi, resource.getSpec());
        assertEquals(new RunRequest("ceval", "val", List.of("computer_network", "college_economics"),
                "internlm2-chat-1_8b", null, "internlm2-chat", null, 8, null, null), resource.getSpec());
    }

    @Test
    void generationSettingsReadTheSameFromYamlAndJson() {
        EvalRun resource = Serialization.unmarshal("""
                apiVersion: evalstream.io/v1alpha1
                kind: EvalRun
                metadata:
                  name: greedy-50
                spec:
                  generation:
                    maxNewTokens: 50
                    stop: ["</s>"]
                  reuse: true
                """, EvalRun.class);
        RunRequest fromApi = new RunRequestReader(new ObjectMapper())
                .read("{\"generation\":{\"maxNewTokens\":50,\"stop\":[\"</s>\"]},\"reuse\":true}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(fromApi, resource.getSpec());
        assertEquals(new Generation(50, null, List.of("</s>"), null), resource.getSpec().generation());
    }
}
