package io.evalstream.pipeline.run;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class KnownNameValidator implements ConstraintValidator<KnownName, String> {

    private Vocabulary vocabulary;

    @Override
    public void initialize(KnownName constraint) {
        vocabulary = constraint.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || vocabulary.names().contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(MessageTemplates.literal(vocabulary.expectation()))
                .addConstraintViolation();
        return false;
    }
}
