package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The confirmations of the decisions page: {@link DecisionMessages#flash}. */
public enum DecisionFlash implements Localizable {
    decisions_saved, decisions_published, publication_scheduled, publication_unscheduled;

    @Override
    public String text(String lang) {
        return MessageBundles.get(DecisionMessages.class, Localized.Literal.of(lang)).flash(this);
    }
}
