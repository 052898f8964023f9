package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the status and decisions pages: {@link DecisionMessages#label}. */
public enum DecisionField implements Localizable {
    declineReason, declineConfirm, offer, decisions, motive, motiveText,
    publication, publishConfirm, reason, warningsConfirm;

    @Override
    public String text(String lang) {
        return Localizable.bundle(DecisionMessages.class, lang).label(this);
    }
}
