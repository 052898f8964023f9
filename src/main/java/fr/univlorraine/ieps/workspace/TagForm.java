package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A label typed for a dossier, normalized so that "À rappeler " and "à  RAPPELER" are one label: lower case, single
 * spaces, no spaces around it. Letters (accents kept), digits, spaces, hyphens and apostrophes.
 */
@FormOf(fields = NoteField.class, errors = NoteError.class)
public record TagForm(
        @RestForm @NotBlank @Size(max = DossierTag.MAX_LABEL)
        @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} '’-]*", message = "TAG_CHARACTERS") String etiquette) {

    public TagForm {
        etiquette = normalize(etiquette);
    }

    /** The label as stored and compared; null stays null. */
    public static String normalize(String typed) {
        return typed == null ? null : typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.FRENCH);
    }
}
