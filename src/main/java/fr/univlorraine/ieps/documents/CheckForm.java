package fr.univlorraine.ieps.documents;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.web.FormOf;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the secretariat sends while checking a dossier: a piece validated or refused with its reason, or the message
 * and the completion deadline (a date of the date field, yyyy-mm-dd) that go with a dossier sent back; texts without
 * the spaces around them.
 */
@FormOf(fields = CheckField.class, errors = DocumentError.class)
public record CheckForm(@RestForm String decision,
        @RestForm @Size(max = DocumentService.MAX_REASON_LENGTH) String reason,
        @RestForm @Size(max = DocumentService.MAX_REASON_LENGTH) String message,
        @RestForm String deadline) {

    public CheckForm {
        reason = strip(reason);
        message = strip(message);
        deadline = strip(deadline);
    }

    /** The completion deadline chosen, null when none was typed; a text that is not a date is refused. */
    public LocalDate deadlineDate() {
        if (deadline == null || deadline.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(deadline);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(DocumentError.DEADLINE_INVALID);
        }
    }

    public boolean validates() {
        return "valider".equals(decision);
    }

    /** The message that goes with a dossier sent back, if any. */
    public String toCandidate() {
        return message;
    }
}
