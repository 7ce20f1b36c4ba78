package io.evalstream.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RunOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void optionsBecomeTheRunRequest() {
        RunSubcommand run = parse("--subjects", "computer_network,logic", "--template", "none", "--model-abbr", "m",
                "--max-new-tokens", "50", "--triton", "gpu-node:8001");
        assertEquals("{\"benchmark\":\"ceval\",\"split\":\"val\",\"subjects\":[\"computer_network\",\"logic\"],"
                + "\"template\":\"none\",\"model\":\"internlm2-chat-1_8b\",\"modelAbbr\":\"m\","
                + "\"generation\":{\"maxNewTokens\":50}}",
                run.options.request(JSON, run.stack.simulated()).toString());
        assertEquals(Path.of("outputs"), run.options.output);
    }

    @Test
    void runsOnTheSimAreLabelledAsSimulations() {
        RunSubcommand onSim = parse("--sim", "oracle:0.5");
        assertEquals("internlm2-chat-1_8b-sim", onSim.options.request(JSON, onSim.stack.simulated())
                .get("modelAbbr").asText());
        RunSubcommand byDefault = parse("--model", "qwen");
        assertEquals("qwen-sim", byDefault.options.request(JSON, byDefault.stack.simulated()).get("modelAbbr").asText());
        RunSubcommand onTriton = parse("--triton", "gpu-node:8001");
        assertEquals("internlm2-chat-1_8b", onTriton.options.request(JSON, onTriton.stack.simulated())
                .get("modelAbbr").asText());
    }

    @Test
    void reuseIsAFlagWithoutValue() {
        RunSubcommand run = parse("--reuse", "--split", "test");
        assertEquals(true, run.options.request(JSON, true).get("reuse").asBoolean());
        assertEquals(false, parse("--split", "val").options.request(JSON, true).has("reuse"));
    }

    private static RunSubcommand parse(String... args) {
        RunSubcommand run = new RunSubcommand();
        new CommandLine(run).parseArgs(args);
        return run;
    }
}
