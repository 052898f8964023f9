package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The fields of the motive pages: {@link MotiveMessages#label}. */
public enum MotiveField implements Localizable {
    labelFr, labelEn, answer;

    @Override
    public String text(String lang) {
        return MessageBundles.get(MotiveMessages.class, Localized.Literal.of(lang)).label(this);
    }
}
