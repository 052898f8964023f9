package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A date and time as a {@code datetime-local} field sends it ({@code 2026-05-31T23:59}): a wall-clock time in Paris. */
@Constraint(validatedBy = ParisTime.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ParisTime {

    String message() default "{fr.univlorraine.ieps.web.ParisTime.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ParisTime, String> {

        private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

        @Override
        public boolean isValid(String typed, ConstraintValidatorContext context) {
            return instant(typed) != null;
        }

        /** The instant typed, or null when there is none. */
        public static Instant instant(String typed) {
            try {
                return typed == null ? null : LocalDateTime.parse(typed.strip(), LOCAL).atZone(AppClock.PARIS).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** An instant as the field shows it. */
        public static String typed(Instant instant) {
            return LOCAL.format(instant.atZone(AppClock.PARIS));
        }
    }
}
