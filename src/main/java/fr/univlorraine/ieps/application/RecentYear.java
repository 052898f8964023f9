package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A year of a degree or a job: from 1950 to next year by the app's clock, or nothing. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Constraint(validatedBy = RecentYear.Check.class)
public @interface RecentYear {

    String message() default "YEAR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Dependent
    class Check implements ConstraintValidator<RecentYear, String> {

        @Inject
        AppClock clock;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Integer year = FormValues.year(value);
            return FormValues.blank(value)
                    || year != null && year >= 1950 && year <= clock.nowInParis().getYear() + 1;
        }
    }
}
