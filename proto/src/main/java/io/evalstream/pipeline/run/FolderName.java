package io.evalstream.pipeline.run;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Usable as the name of one folder of the outputs: no / or \ (null is left to other constraints). */
@Documented
@Constraint(validatedBy = FolderNameValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface FolderName {

    String message() default "names a folder of the outputs and must not contain / or \\\\ (set modelAbbr explicitly"
            + " when the model name has one)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
