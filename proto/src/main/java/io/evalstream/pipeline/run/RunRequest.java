package io.evalstream.pipeline.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.evalstream.benchmark.Benchmarks;
import io.evalstream.benchmark.prompt.ChatTemplate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A run as the user asks for it, the same in {@code POST /api/v1/runs}, the EvalRun's spec and the CLI's options.
 * Every field is optional and defaults to OpenCompass's ceval_gen ({@link #withDefaults()}); {@code reuse} (default
 * false) takes stored predictions of the same model, prompt and generation settings instead of inferring. The
 * constraints hold for the request with its defaults filled in ({@link RunRequestCheck}); every message is given
 * here, in English, rather than taken from the validator's bundle for the machine's locale.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunRequest(
        @KnownName(Vocabulary.BENCHMARK) String benchmark,
        @KnownName(Vocabulary.SPLIT) String split,
        @Size(min = 1, message = "must not be empty (omit it to run all 52 subjects)") @DistinctSubjects
        List<@NotNull(message = "must not be null") @KnownName(Vocabulary.SUBJECT) String> subjects,
        @NotBlank(message = "must not be blank")
        @Size(max = MAX_NAME_LENGTH, message = "must be at most {max} characters") String model,
        @NotBlank(message = "must not be blank (omit it to use the model name)")
        @Size(max = MAX_NAME_LENGTH, message = "must be at most {max} characters") @FolderName String modelAbbr,
        @KnownName(Vocabulary.TEMPLATE) String template,
        @Valid Generation generation,
        @Min(value = 1, message = "must be between 1 and 1024")
        @Max(value = 1024, message = "must be between 1 and 1024") Integer batchSize,
        @KnownName(Vocabulary.POSTPROCESSOR) String postprocessor,
        Boolean reuse) {

    public static final String DEFAULT_SPLIT = "val";
    public static final String DEFAULT_MODEL = "internlm2-chat-1_8b";
    public static final String DEFAULT_TEMPLATE = "internlm2-chat";
    public static final String DEFAULT_POSTPROCESSOR = "first_capital";
    /**
     * Questions per Kafka record. Every record costs the producer, the broker, a worker and the scorer about the same
     * whatever its size; a val run of 1,346 questions still makes 22 records, enough for every partition and worker.
     */
    public static final int DEFAULT_BATCH_SIZE = 64;
    public static final int MAX_NAME_LENGTH = 255;

    /** Every field left to its default. */
    public static RunRequest defaults() {
        return new RunRequest(null, null, null, null, null, null, null, null, null, null);
    }

    /** This request with every field it leaves out set to its default; subjects stay null for all of them. */
    public RunRequest withDefaults() {
        String templateLabel = Objects.requireNonNullElse(template, DEFAULT_TEMPLATE);
        List<String> templateStops = ChatTemplate.byLabel(templateLabel).map(ChatTemplate::stops).orElse(List.of());
        String modelName = Objects.requireNonNullElse(model, DEFAULT_MODEL);
        return new RunRequest(Objects.requireNonNullElse(benchmark, Benchmarks.CEVAL),
                Objects.requireNonNullElse(split, DEFAULT_SPLIT), subjects, modelName,
                Objects.requireNonNullElse(modelAbbr, modelName), templateLabel,
                Objects.requireNonNullElse(generation, Generation.DEFAULTS).withDefaults(templateStops),
                Objects.requireNonNullElse(batchSize, DEFAULT_BATCH_SIZE),
                Objects.requireNonNullElse(postprocessor, DEFAULT_POSTPROCESSOR), reuseStored());
    }

    public boolean reuseStored() {
        return Boolean.TRUE.equals(reuse);
    }
}
