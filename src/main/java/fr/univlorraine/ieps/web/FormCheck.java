package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.Localizable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@link FormOf form} with Bean Validation and turns what is wrong into {@link FormErrors}: one error per
 * field, in the order of the form's fields (then rows). Of two errors of one field the page shows what the value alone
 * gets wrong before how it fits with the others: "required", then "too long", then its format ({@link FieldError}),
 * then the form's own rules.
 *
 * <p>A violation's field is the last name of its path (a property of the form or of one of its rows, whose index is
 * the row); its error is "required" for {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty}, "at most N characters"
 * for {@code @Size(max = N)}, "an e-mail address" for {@code @Email}, or else the constant its message names.
 */
@ApplicationScoped
public class FormCheck {

    private final Validator validator;

    public FormCheck(Validator validator) {
        this.validator = validator;
    }

    /** The errors of a form for these validation groups (the default group when none is given). */
    public FormErrors check(Object form, Class<?>... groups) {
        FormOf shape = shapeOf(form.getClass());
        List<Found> found = validator.validate(form, groups).stream().map(v -> found(shape, v))
                .sorted(Comparator.comparingInt(Found::order).thenComparingInt(Found::row)
                        .thenComparingInt(f -> precedence(f.error())).thenComparing(f -> f.error().code()))
                .toList();
        var errors = new FormErrors();
        for (Found f : found) {
            String name = ((Enum<?>) f.field()).name();
            if (f.row() < 0) {
                errors.put(name, f.field(), null, f.error());
            } else {
                errors.put(name + f.row(), f.field(), f.row() + 1, f.error());
            }
        }
        return errors;
    }

    /** What a person typed without the spaces around it (null stays null), as forms keep their texts. */
    public static String strip(String typed) {
        return typed == null ? null : typed.strip();
    }

    /** The constant of the form's fields a property stands for; a property without one is a bug the tests find. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Enum field(FormOf shape, String property) {
        return Enum.valueOf((Class) shape.fields(), property);
    }

    /** The error of a constraint: the standard ones by kind, the others by the constant their message names. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Localizable error(FormOf shape, Annotation constraint, String message) {
        if (!message.startsWith("{")) {
            for (Object constant : FieldError.class.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(message)) {
                    return (Localizable) constant;
                }
            }
            return (Localizable) Enum.valueOf((Class) shape.errors(), message);
        }
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return FieldError.REQUIRED;
        }
        if (constraint instanceof Size size && size.min() == 0) {
            return FieldError.tooLong(size.max());
        }
        if (constraint instanceof Email) {
            return FieldError.EMAIL;
        }
        throw new IllegalStateException("give @" + constraint.annotationType().getSimpleName()
                + " a message naming its error");
    }

    static FormOf shapeOf(Class<?> type) {
        FormOf shape = type.getAnnotation(FormOf.class);
        if (shape == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @FormOf");
        }
        return shape;
    }

    private static int precedence(Localizable error) {
        if (error == FieldError.REQUIRED) {
            return 0;
        }
        if (error instanceof FieldError own) {
            return own.name().startsWith("TOO_LONG_") ? 1 : 2;
        }
        return 3;
    }

    @SuppressWarnings("rawtypes")
    private static Found found(FormOf shape, ConstraintViolation<?> violation) {
        String property = null;
        int row = -1;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                property = node.getName();
            }
            if (node.getIndex() != null) {
                row = node.getIndex();
            }
        }
        Enum field = field(shape, property);
        Localizable error = error(shape, violation.getConstraintDescriptor().getAnnotation(),
                violation.getMessageTemplate());
        return new Found((Localizable) field, field.ordinal(), row, error);
    }

    private record Found(Localizable field, int order, int row, Localizable error) {
    }

    /** The constraint kinds whose error is known without a message (for the tests of every form). */
    static final Set<Class<? extends Annotation>> STANDARD = Set.of(NotNull.class, NotBlank.class, NotEmpty.class,
            Size.class, Email.class);
}
