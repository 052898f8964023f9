package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.Localizable;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form checked by Bean Validation ({@link FormCheck}): a property's name is the name of a constant of
 * {@link #fields()} (its label and its id on the page), and a constraint's message, when it is not the standard one,
 * names a constant of {@link FieldError} or of {@link #errors()}. {@code FormsTest} proves both for every form.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FormOf {

    /** The fields of the form, in the order of the page. */
    Class<? extends Enum<? extends Localizable>> fields();

    /** The feature's own errors the constraints may name; FieldError alone when absent. */
    Class<? extends Enum<? extends Localizable>> errors() default FieldError.class;
}
