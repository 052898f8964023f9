package fr.univlorraine.ieps.documents;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the secretariat sends while checking a dossier: a piece validated or refused with its reason, or the message
 * that goes with a dossier sent back; texts without the spaces around them.
 */
@FormOf(fields = CheckField.class, errors = DocumentError.class)
public record CheckForm(@RestForm String decision,
        @RestForm @Size(max = DocumentService.MAX_REASON_LENGTH) String reason,
        @RestForm @Size(max = DocumentService.MAX_REASON_LENGTH) String message) {

    public CheckForm {
        reason = strip(reason);
        message = strip(message);
    }

    public boolean validates() {
        return "valider".equals(decision);
    }

    /** The message that goes with a dossier sent back, if any. */
    public String toCandidate() {
        return message;
    }
}
