package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;

/** The columns of the checklist: the three entry routes, and what VAP asks on top ({@code ChecklistItem.route}):
 * {@link DocumentMessages#route}. */
public enum ChecklistRoute implements Localizable {
    INITIALE, ALTERNANCE, CONTINUE, VAP;

    @Override
    public String text(String lang) {
        return Localizable.bundle(DocumentMessages.class, lang).route(this);
    }
}
