package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the admin's checklist page: {@link DocumentMessages#label}. */
@io.quarkus.qute.TemplateEnum
public enum ChecklistField implements Localizable {
    code, labelFr, labelEn, helpFr, helpEn, formats,
    maxSizeMb, checklist,
    /** The model offered for a type (one per type on the page: its id is {@code template-<type id>}). */
    template;

    @Override
    public String text(String lang) {
        return Localizable.bundle(DocumentMessages.class, lang).label(this);
    }
}
