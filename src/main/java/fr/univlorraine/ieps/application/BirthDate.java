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
import java.time.LocalDate;

/** A candidate born 16 to 100 years before today by the app's clock; a date not written yyyy-mm-dd is not checked. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Constraint(validatedBy = BirthDate.Check.class)
public @interface BirthDate {

    String message() default "BIRTH_DATE_RANGE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Dependent
    class Check implements ConstraintValidator<BirthDate, String> {

        @Inject
        AppClock clock;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            LocalDate born = FormValues.date(value);
            LocalDate today = clock.nowInParis().toLocalDate();
            return born == null || !born.isAfter(today.minusYears(16)) && !born.isBefore(today.minusYears(100));
        }
    }
}
