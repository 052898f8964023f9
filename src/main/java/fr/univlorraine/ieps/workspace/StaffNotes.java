package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.web.FormErrors;
import java.util.List;

/**
 * What the fragment {@code tags/staffNotes.html} shows on a dossier: its notes (newest first) and labels, the
 * confirmation of the last change, and after an error what was typed with the errors. The dossier view gets it from
 * {@link NoteService#view}: {@code {#staffNotes view=notes /}}.
 */
public record StaffNotes(Long applicationId, List<StaffNote> notes, List<DossierTag> tags, NoteFlash flash,
        String typedNote, String typedTag, FormErrors errors) {
}
