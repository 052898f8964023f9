package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.kernel.Localizable;

/**
 * An answer of the dossier form on which a checklist item depends ({@code ChecklistItem.requiredWhen}): while the
 * answer does not call for the piece, the item is not required and nobody is asked to declare it "not concerned".
 * What staff read instead of the piece: {@link DocumentMessages#not_yet}; what the candidate reads:
 * {@link DocumentMessages#not_yet_candidate}.
 */
public enum RequiredWhen implements Localizable {
    /** Work-study: the promise or the contract exists only once the candidate has found an employer. */
    EMPLOYER_FOUND;

    /** Whether the dossier's answers call for the piece now. */
    public boolean holds(Application app) {
        return switch (this) {
            case EMPLOYER_FOUND -> app.employerStatus != null && app.employerStatus.namesEmployer();
        };
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(DocumentMessages.class, lang).not_yet(this);
    }
}
