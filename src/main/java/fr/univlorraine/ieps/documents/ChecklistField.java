package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the admin's checklist page: {@link DocumentMessages#label}. */
public enum ChecklistField implements Localizable {
    code, labelFr, labelEn, helpFr, helpEn, formats,
    maxSizeMb, checklist;

    @Override
    public String text(String lang) {
        return Localizable.bundle(DocumentMessages.class, lang).label(this);
    }
}
