package io.evalstream.pipeline.run;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class DistinctSubjectsValidator implements ConstraintValidator<DistinctSubjects, List<String>> {

    @Override
    public boolean isValid(List<String> subjects, ConstraintValidatorContext context) {
        if (subjects == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < subjects.size(); i++) {
            String subject = subjects.get(i);
            if (subject != null && !seen.add(subject)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(MessageTemplates.literal(
                                "must not repeat a subject, got '" + subject + "' again"))
                        .addContainerElementNode("<list element>", List.class, 0).inIterable().atIndex(i)
                        .addConstraintViolation();
                return false;
            }
        }
        return true;
    }
}
