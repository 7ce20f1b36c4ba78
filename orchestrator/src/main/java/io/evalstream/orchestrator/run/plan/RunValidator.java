package io.evalstream.orchestrator.run.plan;

import io.evalstream.benchmark.ceval.CevalSplit;
import io.evalstream.benchmark.ceval.CevalSubject;
import io.evalstream.benchmark.prompt.ChatTemplate;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.orchestrator.run.RunRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a request field by field and fills in OpenCompass's ceval_gen defaults. */
public final class RunValidator {

    public static final String BENCHMARK = "ceval";
    public static final String DEFAULT_MODEL = "internlm2-chat-1_8b";
    public static final int MAX_NAME_LENGTH = 255;
    public static final Set<String> POSTPROCESSORS = Set.of("first_capital", "first_option");

    private RunValidator() {
    }

    /**
     * The request's fields that need no data; returns the split, template and generation settings, with
     * {@code defaultBatchSize} when the request names none.
     */
    public static Settings settings(RunRequest request, int defaultBatchSize) {
        String benchmark = Objects.requireNonNullElse(request.benchmark(), BENCHMARK);
        if (!BENCHMARK.equals(benchmark)) {
            throw new RunRejectedException("benchmark", "unknown benchmark '" + benchmark + "'; known: ceval");
        }
        String splitLabel = Objects.requireNonNullElse(request.split(), "val");
        CevalSplit split = CevalSplit.byLabel(splitLabel).orElseThrow(() -> new RunRejectedException("split",
                "unknown split '" + splitLabel + "'; known: dev, val, test"));
        String templateLabel = Objects.requireNonNullElse(request.template(), ChatTemplate.INTERNLM2_CHAT.label());
        ChatTemplate template = ChatTemplate.byLabel(templateLabel).orElseThrow(() -> new RunRejectedException(
                "template", "unknown template '" + templateLabel + "'; known: internlm2-chat, none"));
        String postprocessor = Objects.requireNonNullElse(request.postprocessor(), "first_capital");
        if (!POSTPROCESSORS.contains(postprocessor)) {
            throw new RunRejectedException("postprocessor", "unknown postprocessor '" + postprocessor
                    + "'; known: first_capital, first_option");
        }
        String model = Objects.requireNonNullElse(request.model(), DEFAULT_MODEL);
        if (model.isBlank()) {
            throw new RunRejectedException("model", "model must not be blank");
        }
        checkLength("model", model);
        String abbr = Objects.requireNonNullElse(request.modelAbbr(), model);
        if (abbr.isBlank()) {
            throw new RunRejectedException("modelAbbr", "modelAbbr must not be blank (omit it to use the model name)");
        }
        checkLength("modelAbbr", abbr);
        if (abbr.contains("/") || abbr.contains("\\")) {
            throw new RunRejectedException("modelAbbr", "modelAbbr names a folder of the outputs and must not contain "
                    + "/ or \\ (set modelAbbr explicitly when the model name has one)");
        }
        int batchSize = Objects.requireNonNullElse(request.batchSize(), defaultBatchSize);
        if (batchSize <= 0 || batchSize > 1024) {
            throw new RunRejectedException("batchSize", "batchSize must be between 1 and 1024, got " + batchSize);
        }
        return new Settings(split, template, model, abbr, GenerationValidator.resolve(request.generation(), template),
                batchSize, postprocessor);
    }

    private static void checkLength(String field, String value) {
        if (value.length() > MAX_NAME_LENGTH) {
            throw new RunRejectedException(field, field + " must be at most " + MAX_NAME_LENGTH + " characters, got "
                    + value.length());
        }
    }

    /** The requested subjects (all, in mapping order, when omitted) resolved against the data's mapping. */
    public static List<CevalSubject> subjects(List<String> requested, List<CevalSubject> catalogue) {
        if (requested == null) {
            return catalogue;
        }
        if (requested.isEmpty()) {
            throw new RunRejectedException("subjects", "subjects must not be empty (omit it to run all "
                    + catalogue.size() + ")");
        }
        Map<String, CevalSubject> byKey = catalogue.stream()
                .collect(Collectors.toMap(CevalSubject::key, Function.identity()));
        Set<String> seen = new HashSet<>();
        List<CevalSubject> subjects = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String key = requested.get(i);
            CevalSubject subject = key == null ? null : byKey.get(key);
            if (subject == null) {
                throw new RunRejectedException("subjects[" + i + "]", "unknown subject '" + key + "'");
            }
            if (!seen.add(key)) {
                throw new RunRejectedException("subjects[" + i + "]", "duplicate subject '" + key + "'");
            }
            subjects.add(subject);
        }
        return List.copyOf(subjects);
    }

    public record Settings(CevalSplit split, ChatTemplate template, String model, String modelAbbr,
            GenerationValidator.Generation generation, int batchSize, String postprocessor) {
    }
}
