package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the staff's notes and labels on a dossier: {@link NoteMessages#label}. */
public enum NoteField implements Localizable {
    note, etiquette;

    @Override
    public String text(String lang) {
        return Localizable.bundle(NoteMessages.class, lang).label(this);
    }
}
