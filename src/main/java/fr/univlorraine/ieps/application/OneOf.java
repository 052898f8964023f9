package fr.univlorraine.ieps.application;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The value, or each value of a collection, is the name of a constant of this enum; a blank value is no choice. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "CHOICE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneOf, Object> {

        private List<String> names;

        @Override
        public void initialize(OneOf constraint) {
            names = Arrays.stream(constraint.value().getEnumConstants()).map(Enum::name).toList();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value instanceof Collection<?> values) {
                return names.containsAll(values);
            }
            return value == null || value.toString().isBlank() || names.contains(value.toString());
        }
    }
}
