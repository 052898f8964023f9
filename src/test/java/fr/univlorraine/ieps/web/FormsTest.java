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
    void aFieldShowsRequiredElseTooLongElseItsOtherError() {
        assertEquals(FieldError.REQUIRED, check.check(new Sample("", null, "", List.of())).get("name"));
        assertEquals(FieldError.TOO_LONG_100, check.check(new Sample("Ann", null, "x".repeat(101), List.of())).get("email"),
                "an address too long and malformed is too long first");
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
    void numbersAndDatesStayAsTypedAndAreCheckedByTheirOwnConstraints() {
        FormErrors errors = check.check(new Typed("0", "douze", "demain"));
        assertEquals(List.of("count", "position", "start"), errors.entries().stream().map(FormErrors.Entry::field).toList());
        assertEquals(SampleError.TITLE_NEEDED, errors.get("count"));
        assertEquals(List.of("count"), check.check(new Typed("1e3", "", "2026-05-31T23:59")).all().keySet().stream().toList(),
                "a blank optional number is fine, a number Java would not read is not");
        assertFalse(check.check(new Typed(" 5 ", null, "2026-05-31T23:59")).any());
        assertEquals(5, Whole.Check.number(" 5 "));
        assertNull(Whole.Check.number("+"));
        assertEquals("2026-03-29T03:30", ParisTime.Check.typed(ParisTime.Check.instant("2026-03-29T02:30")),
                "the hour Paris skips in spring is the next one");
    }

    @Test
    void errorsAddedAfterOthersNeverReplaceThem() {
        var errors = new FormErrors().add(SampleField.name, SampleError.TITLE_NEEDED)
                .addAll(new FormErrors().add(SampleField.name, FieldError.REQUIRED).add(SampleField.email, FieldError.EMAIL));
        assertEquals(SampleError.TITLE_NEEDED, errors.get("name"));
        assertEquals(List.of("name", "email"), errors.entries().stream().map(FormErrors.Entry::field).toList());
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
    record Sample(@NotBlank @Size(max = 100) String name, @Size(max = 100) String title, @Email @Size(max = 100) String email,
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

    enum TypedField implements Localizable {
        count, position, start;

        @Override
        public String text(String lang) {
            return name();
        }
    }

    @FormOf(fields = TypedField.class, errors = SampleError.class)
    record Typed(@Whole(min = 1, max = 5, message = "TITLE_NEEDED") String count,
            @Whole(min = 0, max = 999, optional = true, message = "TITLE_NEEDED") String position,
            @ParisTime(message = "TITLE_NEEDED") String start) {
    }
}
