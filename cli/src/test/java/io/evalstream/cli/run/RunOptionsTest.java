package io.evalstream.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.pipeline.run.Generation;
import io.evalstream.pipeline.run.RunRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RunOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void optionsBecomeTheRunRequest() {
        RunSubcommand run = parse("--subjects", "computer_network,logic", "--template", "none", "--model-abbr", "m",
                "--max-new-tokens", "50", "--triton", "gpu-node:8001");
        assertEquals(new RunRequest("ceval", "val", List.of("computer_network", "logic"), "internlm2-chat-1_8b", "m",
                "none", new Generation(50, null, null, null), null, null, null),
                run.options.request(run.stack.simulated()));
        assertEquals("{\"benchmark\":\"ceval\",\"split\":\"val\",\"subjects\":[\"computer_network\",\"logic\"],"
                + "\"model\":\"internlm2-chat-1_8b\",\"modelAbbr\":\"m\",\"template\":\"none\","
                + "\"generation\":{\"maxNewTokens\":50}}",
                JSON.valueToTree(run.options.request(run.stack.simulated())).toString());
        assertEquals(Path.of("outputs"), run.options.output);
    }

    @Test
    void runsOnTheSimAreLabelledAsSimulations() {
        RunSubcommand onSim = parse("--sim", "oracle:0.5");
        assertEquals("internlm2-chat-1_8b-sim", onSim.options.request(onSim.stack.simulated())
                .modelAbbr());
        RunSubcommand byDefault = parse("--model", "qwen");
        assertEquals("qwen-sim", byDefault.options.request(byDefault.stack.simulated()).modelAbbr());
        RunSubcommand onTriton = parse("--triton", "gpu-node:8001");
        assertEquals("internlm2-chat-1_8b", onTriton.options.request(onTriton.stack.simulated())
                .modelAbbr());
    }

    @Test
    void reuseIsAFlagWithoutValue() {
        RunSubcommand run = parse("--reuse", "--split", "test");
        assertEquals(true, run.options.request(true).reuse());
        assertEquals(null, parse("--split", "val").options.request(true).reuse());
    }

    private static RunSubcommand parse(String... args) {
        RunSubcommand run = new RunSubcommand();
        new CommandLine(run).parseArgs(args);
        return run;
    }
}
