package fr.univlorraine.ieps.workspace;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** A private note as a member of the staff typed it; it comes back as typed after an error. */
@FormOf(fields = NoteField.class)
public record NoteForm(@RestForm @NotBlank @Size(max = StaffNote.MAX_BODY) String note) {

    public NoteForm {
        note = strip(note);
    }
}
