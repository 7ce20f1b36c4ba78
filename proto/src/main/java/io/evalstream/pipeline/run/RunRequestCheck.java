package io.evalstream.pipeline.run;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one check of a run request, wherever it comes from (REST body, EvalRun spec, CLI options): its constraints,
 * on the request with its defaults, said as "field must ..., got value".
 */
public final class RunRequestCheck {

    private static final List<String> FIELD_ORDER = Arrays.stream(RunRequest.class.getRecordComponents())
            .map(c -> c.getName()).toList();

    private RunRequestCheck() {
    }

    /** The first problem in field order, if any; {@code request} should have its defaults filled in. */
    public static Optional<FieldProblem> firstProblem(Validator validator, RunRequest request) {
        return problems(validator, request).stream().findFirst();
    }

    /** Every problem, in the order of the request's fields. */
    public static List<FieldProblem> problems(Validator validator, RunRequest request) {
        Set<ConstraintViolation<RunRequest>> violations = validator.validate(request);
        return violations.stream().map(RunRequestCheck::problem)
                .sorted(Comparator.comparingInt((FieldProblem p) -> FIELD_ORDER.indexOf(topField(p.field())))
                        .thenComparing(FieldProblem::field))
                .toList();
    }

    private static FieldProblem problem(ConstraintViolation<RunRequest> violation) {
        String field = field(violation.getPropertyPath());
        Object value = violation.getInvalidValue();
        String given = value instanceof String text ? ", got '" + text + "'"
                : value instanceof Number || value instanceof Boolean ? ", got " + value : "";
        return new FieldProblem(field, field + " " + violation.getMessage() + given);
    }

    /** The JSON path: {@code subjects[1]}, {@code generation.stop[0]}. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            } else if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private static String topField(String field) {
        return field.split("[.\\[]", 2)[0];
    }
}
