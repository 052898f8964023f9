package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmations of the decisions page: {@link DecisionMessages#flash}. */
public enum DecisionFlash implements Localizable {
    decisions_saved, decisions_published, publication_scheduled, publication_unscheduled;

    @Override
    public String text(String lang) {
        return Localizable.bundle(DecisionMessages.class, lang).flash(this);
    }
}
