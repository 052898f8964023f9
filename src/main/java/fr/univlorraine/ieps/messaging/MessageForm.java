package fr.univlorraine.ieps.messaging;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** A message to one thread as it was typed, without the spaces around it, to come back as typed after an error. */
@FormOf(fields = MessageField.class)
public record MessageForm(@RestForm @NotBlank @Size(max = DossierMessage.MAX_BODY) String body) {

    public MessageForm {
        body = normalised(body);
    }

    /**
     * The text without the spaces around it, each line break as one character: a browser counts a line break as one
     * character against the page's limit but sends it as two, and the limit stated on the page is the one that holds.
     */
    static String normalised(String typed) {
        String stripped = strip(typed);
        return stripped == null ? null : stripped.replace("\r\n", "\n").replace('\r', '\n');
    }
}
