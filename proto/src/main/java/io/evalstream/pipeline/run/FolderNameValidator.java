package io.evalstream.pipeline.run;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class FolderNameValidator implements ConstraintValidator<FolderName, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || !(value.contains("/") || value.contains("\\"));
    }
}
