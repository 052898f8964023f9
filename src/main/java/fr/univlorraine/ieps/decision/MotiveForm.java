package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.web.FormErrors;

/**
 * What the admin typed for a refusal motive, kept as text so that it comes back as typed after an error.
 * Never bound onto the entity: the service copies the checked values.
 */
public record MotiveForm(String labelFr, String labelEn, long version) {

    public static MotiveForm of(RefusalMotive motive) {
        return new MotiveForm(motive.labelFr, motive.labelEn, motive.version);
    }

    public static MotiveForm blank() {
        return new MotiveForm("", "", 0);
    }

    FormErrors validate() {
        var errors = new FormErrors();
        label(errors, MotiveField.labelFr, labelFr);
        label(errors, MotiveField.labelEn, labelEn);
        return errors;
    }

    private static void label(FormErrors errors, MotiveField field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, FieldError.REQUIRED);
        } else if (value.strip().length() > RefusalMotive.MAX_LABEL) {
            errors.add(field, FieldError.TOO_LONG_300);
        }
    }
}
