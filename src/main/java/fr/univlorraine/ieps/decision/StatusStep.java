package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;

/** The five steps of a dossier the status page shows: {@link DecisionMessages#step}. */
public enum StatusStep implements Localizable {
    DRAFT, SUBMITTED, COMPLETE, UNDER_REVIEW, DECISION;

    @Override
    public String text(String lang) {
        return Localizable.bundle(DecisionMessages.class, lang).step(this);
    }
}
