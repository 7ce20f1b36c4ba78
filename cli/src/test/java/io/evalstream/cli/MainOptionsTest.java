package io.evalstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.stack.StackSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainOptionsTest {

    private final StackSettings defaults = StackSettings.defaults(Path.of("/opt/evalstream"));

    @Test
    void runOptionsBecomeTheRunRequest() {
        Main.CliOptions options = Main.CliOptions.parse(new String[] {"--benchmark", "ceval", "--split", "val",
                "--subjects", "computer_network, logic", "--template", "none", "--model-abbr", "m",
                "--max-new-tokens", "50"});
        ObjectNode request = options.runRequest(new ObjectMapper());
        assertEquals("{\"benchmark\":\"ceval\",\"split\":\"val\",\"subjects\":[\"computer_network\",\"logic\"],"
                + "\"template\":\"none\",\"modelAbbr\":\"m\",\"generation\":{\"maxNewTokens\":50}}", request.toString());
        assertEquals(Path.of("outputs"), options.output());
    }

    @Test
    void wrongCevalPathIsReportedBeforeAnythingStarts(@org.junit.jupiter.api.io.TempDir Path emptyFolder) {
        for (String command : new String[] {"up", "run"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> Main.execute(new String[] {command, "--ceval-path", emptyFolder.toString()}));
            assertTrue(error.getMessage().startsWith("--ceval-path") && error.getMessage().contains(emptyFolder.toString())
                    && error.getMessage().contains("ceval-exam.zip"), error.getMessage());
        }
    }

    @Test
    void reuseIsAFlagWithoutValue() {
        ObjectNode request = Main.CliOptions.parse(new String[] {"--reuse", "--split", "test"})
                .runRequest(new ObjectMapper());
        assertEquals("{\"benchmark\":\"ceval\",\"split\":\"test\",\"reuse\":true}", request.toString());
        assertFalse(Main.CliOptions.parse(new String[] {"--split", "val"}).runRequest(new ObjectMapper()).has("reuse"));
    }

    @Test
    void simPolicyAndExternalTritonSelectTheBackend() {
        StackSettings sim = Main.CliOptions.parse(new String[] {"--sim", "oracle:0.5:answer-en"}).stackSettings(defaults);
        assertEquals("oracle:0.5:answer-en", sim.simPolicy());
        assertEquals("127.0.0.1:8001", sim.tritonAddress());
        StackSettings triton = Main.CliOptions.parse(new String[] {"--triton", "gpu-node:8001"}).stackSettings(defaults);
        assertEquals("gpu-node:8001", triton.tritonAddress());
        assertFalse(triton.triton().isEmpty());
    }

    @Test
    void badOptionsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Main.CliOptions.parse(new String[] {"--split"})).getMessage().contains("--split"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Main.CliOptions.parse(new String[] {"--colour", "red"})).getMessage().contains("--colour"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Main.CliOptions.parse(new String[] {"--sim", "oracle", "--triton", "h:1"})).getMessage()
                .contains("--triton"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Main.CliOptions.parse(new String[] {"--triton", "nohost"}).stackSettings(defaults)).getMessage()
                .contains("HOST:PORT"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Main.CliOptions.parse(new String[] {"--batch-size", "x"}).runRequest(new ObjectMapper()))
                .getMessage().contains("--batch-size"));
    }
}
