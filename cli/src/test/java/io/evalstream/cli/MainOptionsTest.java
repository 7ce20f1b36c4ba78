package io.evalstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.stack.StackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void replayFolderIsCheckedAndMadeAbsoluteBeforeTheStackStarts(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("run/predictions/m"));
        String relative = Path.of("").toAbsolutePath().relativize(dir.resolve("run")).toString();
        StackSettings replay = Main.CliOptions.parse(new String[] {"--sim", "replay:" + relative}).stackSettings(defaults);
        assertEquals("replay:" + dir.resolve("run").toAbsolutePath().normalize(), replay.simPolicy());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.CliOptions.parse(
                new String[] {"--sim", "replay:" + dir.resolve("absent")}).stackSettings(defaults)).getMessage()
                .contains("does not exist"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.CliOptions.parse(
                new String[] {"--sim", "replay:" + dir}).stackSettings(defaults)).getMessage()
                .contains("no predictions/ folder"));
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
