package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmations of the documents pages (candidate, secretariat, checklist): {@link DocumentMessages#flash}. */
public enum DocumentFlash implements Localizable {
    uploaded, notconcerned, removed, validated, refused, complete, incomplete,
    type, checklist, template, selectionvalidated, allvalidated;

    @Override
    public String text(String lang) {
        return Localizable.bundle(DocumentMessages.class, lang).flash(this);
    }
}
