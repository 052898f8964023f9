package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with a label typed for a dossier: {@link NoteMessages#error}. */
public enum NoteError implements Localizable {
    /** Letters, digits, spaces, hyphens and apostrophes only. */
    TAG_CHARACTERS,
    /** The dossier already carries {@link DossierTag#MAX_PER_DOSSIER} labels. */
    TAG_TOO_MANY;

    @Override
    public String text(String lang) {
        return Localizable.bundle(NoteMessages.class, lang).error(this);
    }
}
