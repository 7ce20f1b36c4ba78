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

/** No subject named twice; the violation names the index of the repetition. */
@Documented
@Constraint(validatedBy = DistinctSubjectsValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface DistinctSubjects {

    String message() default "must not name a subject twice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
