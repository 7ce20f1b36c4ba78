package io.evalstream.cli.run;

import io.evalstream.pipeline.run.FieldProblem;
import io.evalstream.pipeline.run.RunRequest;
import io.evalstream.pipeline.run.RunRequestCheck;
import io.evalstream.pipeline.run.Vocabulary;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The run request checked on the command line as the orchestrator checks it, so that a typo costs no stack start-up;
 * completion offers the names the benchmark module lists.
 */
final class Choices {

    private static final Map<String, String> OPTIONS = Map.of("benchmark", "--benchmark", "split", "--split",
            "subjects", "--subjects", "model", "--model", "modelAbbr", "--model-abbr", "template", "--template",
            "generation", "--max-new-tokens", "batchSize", "--batch-size", "postprocessor", "--postprocessor");

    static final class Benchmarks extends ArrayList<String> {
        Benchmarks() {
            super(Vocabulary.BENCHMARK.names());
        }
    }

    static final class Splits extends ArrayList<String> {
        Splits() {
            super(Vocabulary.SPLIT.names());
        }
    }

    static final class Templates extends ArrayList<String> {
        Templates() {
            super(Vocabulary.TEMPLATE.names());
        }
    }

    static final class Postprocessors extends ArrayList<String> {
        Postprocessors() {
            super(Vocabulary.POSTPROCESSOR.names());
        }
    }

    private Choices() {
    }

    /** Fails with a usage error naming the option when the request has a value the orchestrator would reject. */
    static void check(CommandSpec spec, RunRequest request) {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        RunRequestCheck.firstProblem(validator, request.withDefaults()).ifPresent(problem -> {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option(problem) + "': "
                    + problem.message());
        });
    }

    private static String option(FieldProblem problem) {
        return OPTIONS.get(problem.field().split("[.\\[]", 2)[0]);
    }
}
