package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** Why a reviewer steps aside from a dossier: the heads read it. */
@FormOf(fields = ReviewField.class, errors = ReviewError.class)
public record ConflictForm(
        @RestForm @NotBlank(message = "CONFLICT_REASON_REQUIRED") @Size(max = 1000) String conflictReason) {
}
