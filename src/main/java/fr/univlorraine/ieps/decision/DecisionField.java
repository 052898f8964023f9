package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The fields of the status and decisions pages: {@link DecisionMessages#label}. */
public enum DecisionField implements Localizable {
    declineReason, declineConfirm, offer, decisions, motive, motiveText,
    publication, publishConfirm, reason;

    @Override
    public String text(String lang) {
        return MessageBundles.get(DecisionMessages.class, Localized.Literal.of(lang)).label(this);
    }
}
