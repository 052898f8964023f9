package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the admin typed for the appeal routes of one level, kept as typed (without the spaces around it) so that it
 * comes back after an error; the service copies the checked values onto the entity.
 */
@FormOf(fields = AppealField.class)
public record AppealForm(
        @RestForm @NotBlank @Size(max = AppealText.MAX_TEXT) String textFr,
        @RestForm @NotBlank @Size(max = AppealText.MAX_TEXT) String textEn,
        @RestForm String version) {

    public AppealForm {
        textFr = strip(textFr);
        textEn = strip(textEn);
    }

    public static AppealForm of(AppealText text) {
        return new AppealForm(text.textFr, text.textEn, String.valueOf(text.version));
    }
}
