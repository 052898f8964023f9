package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the admin typed for a refusal motive, kept as text (without the spaces around it) so that it comes back as
 * typed after an error. Never bound onto the entity: the service copies the checked values.
 */
@FormOf(fields = MotiveField.class)
public record MotiveForm(
        @RestForm @NotBlank @Size(max = RefusalMotive.MAX_LABEL) String labelFr,
        @RestForm @NotBlank @Size(max = RefusalMotive.MAX_LABEL) String labelEn,
        @RestForm String version) {

    public MotiveForm {
        labelFr = strip(labelFr);
        labelEn = strip(labelEn);
    }

    public static MotiveForm of(RefusalMotive motive) {
        return new MotiveForm(motive.labelFr, motive.labelEn, String.valueOf(motive.version));
    }

    public static MotiveForm blank() {
        return new MotiveForm("", "", "0");
    }
}
