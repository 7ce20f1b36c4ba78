package io.evalstream.cli.run;

import io.evalstream.benchmark.Benchmarks;
import io.evalstream.pipeline.run.Generation;
import io.evalstream.pipeline.run.RunRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The run's options as given on the command line; they become the orchestrator's run request. */
public class RunOptions {

    @Option(names = "--benchmark", defaultValue = Benchmarks.CEVAL, completionCandidates = Choices.Benchmarks.class,
            description = "the benchmark (default: ${DEFAULT-VALUE})")
    String benchmark;

    @Option(names = "--split", defaultValue = RunRequest.DEFAULT_SPLIT, completionCandidates = Choices.Splits.class,
            description = "dev, val or test (default: ${DEFAULT-VALUE}); test has no answers: its letters go to submission.json")
    String split;

    @Option(names = "--subjects", split = ",", paramLabel = "SUBJECT",
            description = "C-Eval subjects, comma-separated, e.g. computer_network,logic (default: all 52)")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--template", defaultValue = RunRequest.DEFAULT_TEMPLATE, completionCandidates = Choices.Templates.class,
            description = "prompt template: internlm2-chat or none (default: ${DEFAULT-VALUE})")
    String template;

    @Option(names = "--model", defaultValue = RunRequest.DEFAULT_MODEL,
            description = "the model's name in Triton's model repository (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--model-abbr", paramLabel = "ABBR",
            description = "the model's name in the outputs (default: the model name; with triton-sim <model>-sim)")
    String modelAbbr;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "outputs",
            description = "where <YYYYmmdd_HHMMSS>/ goes (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--max-new-tokens", paramLabel = "N", description = "generation limit, 1 to 32768 (default: 100)")
    Integer maxNewTokens;

    @Option(names = "--batch-size", paramLabel = "N", description = "questions per Kafka message, 1 to 1024 (default: 64)")
    Integer batchSize;

    @Option(names = "--postprocessor", completionCandidates = Choices.Postprocessors.class,
            description = "answer extraction: first_capital or first_option (default: first_capital)")
    String postprocessor;

    @Option(names = "--reuse", description = "answer questions from stored predictions of the same prompt, model and"
            + " generation settings instead of inferring them")
    boolean reuse;

    /** The run request; {@code simulated} gives the default abbreviation a {@code -sim} suffix. */
    RunRequest request(boolean simulated) {
        return new RunRequest(benchmark, split, subjects.isEmpty() ? null : List.copyOf(subjects), model,
                modelAbbr != null ? modelAbbr : simulated ? model + "-sim" : model, template,
                maxNewTokens == null ? null : new Generation(maxNewTokens, null, null, null), batchSize, postprocessor,
                reuse ? Boolean.TRUE : null);
    }
}
