package fr.univlorraine.ieps.messaging;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** One message to each dossier of a selection (application ids, as the search page's checkboxes send them). */
@FormOf(fields = MessageField.class, errors = MessagingError.class)
public record SelectionForm(
        @RestForm @NotEmpty(message = "NO_RECIPIENT") @Size(max = SelectionForm.MAX_RECIPIENTS, message = "TOO_MANY_RECIPIENTS")
        List<Long> ids,
        @RestForm @NotBlank @Size(max = DossierMessage.MAX_BODY) String body) {

    /** More at once is a mailing, not a message: the search page shows far fewer on a page. */
    public static final int MAX_RECIPIENTS = 500;

    public SelectionForm {
        // each dossier once, in the order of the selection
        ids = ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        body = MessageForm.normalised(body);
    }
}
