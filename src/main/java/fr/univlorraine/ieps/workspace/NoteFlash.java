package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * The confirmations of the notes and labels, shown by the dossier view after the redirect ({@code ?ok=noteAdded}):
 * {@link NoteMessages#flash}. Their names differ from the dossier view's own, so that both read the same {@code ok}.
 */
public enum NoteFlash implements Localizable {
    noteAdded, tagAdded, tagRemoved;

    @Override
    public String text(String lang) {
        return Localizable.bundle(NoteMessages.class, lang).flash(this);
    }
}
