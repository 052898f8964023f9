package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The confirmations of the motives page: {@link MotiveMessages#flash}. */
public enum MotiveFlash implements Localizable {
    added, saved, moved, retired, reactivated, deleted;

    @Override
    public String text(String lang) {
        return MessageBundles.get(MotiveMessages.class, Localized.Literal.of(lang)).flash(this);
    }
}
