package fr.univlorraine.ieps.workspace;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the staff's private notes and labels on a dossier, as {note:key}.
 * Files: messages/note_fr.properties (default) and messages/note_en.properties.
 */
@MessageBundle(value = "note", locale = "fr")
public interface NoteMessages {

    String title();

    String private_hint();

    String tags_title();

    String tags_none();

    String tag_hint();

    String tag_add();

    String tag_remove();

    String tag_remove_label(String label);

    String notes_title();

    String notes_none();

    String note_add();

    String note_by(String author);

    String refused_title(String reference);

    String refused_candidate();

    String back(String reference);

    /** The label of a field: keys label_<field>. */
    @Message
    String label(NoteField field);

    /** What is wrong with a label: keys error_$<CONSTANT>. */
    @Message
    String error(NoteError error);

    /** The confirmation after a redirect (?ok=...): keys flash_<constant>. */
    @Message
    String flash(NoteFlash flash);
}
