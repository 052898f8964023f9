package fr.univlorraine.ieps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every form checked by Bean Validation names its fields and errors by constants, so that a property without a
 * label or a constraint without a text fails here, at build time, not on a page; and {@link FormCheck} turns
 * violations into the errors the pages show, in the order of the form.
 */
@QuarkusTest
class FormsTest {

    @Inject
    Validator validator;

    @Inject
    FormCheck check;

    @Test
    void everyPropertyOfEveryFormIsAFieldAndEveryConstraintNamesItsError() {
        List<Class<?>> forms = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("fr.univlorraine.ieps").stream().filter(c -> c.isAnnotatedWith(FormOf.class))
                .map(JavaClass::reflect).<Class<?>>map(c -> c).toList();
        List<String> wrong = new ArrayList<>();
        for (Class<?> form : forms) {
            walk(FormCheck.shapeOf(form), form, validator.getConstraintsForClass(form), wrong);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private void walk(FormOf shape, Class<?> type, BeanDescriptor bean, List<String> wrong) {
        if (!bean.getConstraintDescriptors().isEmpty()) {
            wrong.add(type.getName() + ": a constraint on the whole form has no field; put it on a property");
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            if (!property.getConstraintDescriptors().isEmpty()) {
                try {
                    FormCheck.field(shape, property.getPropertyName());
                } catch (IllegalArgumentException e) {
                    wrong.add(type.getName() + "." + property.getPropertyName() + " is no constant of "
                            + shape.fields().getSimpleName());
                }
            }
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                try {
                    FormCheck.error(shape, constraint.getAnnotation(), constraint.getMessageTemplate());
                } catch (RuntimeException e) {
                    wrong.add(type.getName() + "." + property.getPropertyName() + ": " + e.getMessage());
                }
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (element.isCascaded() && element.getElementClass() != String.class) {
                    walk(shape, element.getElementClass(), validator.getConstraintsForClass(element.getElementClass()),
                            wrong);
                }
            }
        }
    }

    @Test
    void violationsBecomeErrorsOfTheFieldsInTheOrderOfTheForm() {
        var form = new Sample("", "x".repeat(101), "not an address", List.of(new Row("ok"), new Row("")));

        FormErrors errors = check.check(form);

        assertEquals(List.of("name", "title", "email", "rowText1"),
                errors.entries().stream().map(FormErrors.Entry::field).toList());
        assertEquals(FieldError.REQUIRED, errors.get("name"), "@NotBlank: required, not too short");
        assertEquals(FieldError.TOO_LONG_100, errors.get("title"));
        assertEquals(FieldError.EMAIL, errors.get("email"));
        assertEquals(FieldError.REQUIRED, errors.get("rowText1"));
        assertEquals(2, errors.entries().get(3).row(), "rows are counted from 1 on the page");
        assertEquals(SampleField.rowText, errors.entries().get(3).label());
    }

    @Test
    void aConstraintOfAGroupIsCheckedOnlyInItsGroup() {
        var form = new Sample("Ann", "", "", List.of());

        assertFalse(check.check(form).any(), "the default group does not ask for a title");
        assertEquals(SampleError.TITLE_NEEDED, check.check(form, Complete.class).get("title"));
        assertNull(check.check(form, Complete.class).get("name"));
    }

    @Test
    void ofTwoErrorsOfAFieldTheValueItselfComesBeforeTheRulesBetweenFields() {
        var form = new Ordered("x".repeat(30), "1");

        FormErrors errors = check.check(form);

        assertEquals(FieldError.TOO_LONG_20, errors.get("email"), "too long before not an address");
        assertEquals(FieldError.YEAR, errors.get("title"), "its format before the form's own rule");
    }

    @Test
    void aFormWithoutItsShapeIsRefused() {
        try {
            check.check(new Object());
            fail("a class without @FormOf is a bug");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("@FormOf"));
        }
    }

    interface Complete {
    }

    enum SampleField implements Localizable {
        name, title, email, rowText;

        @Override
        public String text(String lang) {
            return name();
        }
    }

    enum SampleError implements Localizable {
        TITLE_NEEDED;

        @Override
        public String text(String lang) {
            return name();
        }
    }

    @FormOf(fields = SampleField.class, errors = SampleError.class)
    record Sample(@NotBlank @Size(max = 100) String name, @Size(max = 100) String title, @Email String email,
            List<@Valid Row> rows) {

        @AssertTrue(groups = Complete.class, message = "TITLE_NEEDED")
        public boolean isTitle() {
            return title != null && !title.isBlank();
        }
    }

    record Row(@NotBlank String rowText) {
    }

    @FormOf(fields = SampleField.class, errors = SampleError.class)
    record Ordered(@Size(max = 20) @Email String email, @Pattern(regexp = "\\d{4}", message = "YEAR") String title) {

        @AssertTrue(message = "TITLE_NEEDED")
        public boolean isTitle() {
            return false;
        }
    }
}
