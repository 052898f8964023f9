package fr.univlorraine.ieps.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole number from {@link #min()} to {@link #max()} typed in a text field, which the form keeps as text so that a
 * wrong value comes back as typed. A blank field is wrong, unless {@link #optional()}.
 */
@Constraint(validatedBy = Whole.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Whole {

    int min();

    int max();

    boolean optional() default false;

    String message() default "{fr.univlorraine.ieps.web.Whole.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Whole, String> {

        private Whole whole;

        @Override
        public void initialize(Whole whole) {
            this.whole = whole;
        }

        @Override
        public boolean isValid(String typed, ConstraintValidatorContext context) {
            Integer number = number(typed);
            return whole.optional() && (typed == null || typed.isBlank())
                    || number != null && number >= whole.min() && number <= whole.max();
        }

        /** The number typed, or null when there is none. */
        public static Integer number(String typed) {
            try {
                return typed == null ? null : Integer.valueOf(typed.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
