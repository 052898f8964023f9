package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The five steps of a dossier the status page shows: {@link DecisionMessages#step}. */
public enum StatusStep implements Localizable {
    DRAFT, SUBMITTED, COMPLETE, UNDER_REVIEW, DECISION;

    @Override
    public String text(String lang) {
        return MessageBundles.get(DecisionMessages.class, Localized.Literal.of(lang)).step(this);
    }
}
