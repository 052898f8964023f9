package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The fields of the review form: {@link ReviewMessages#label}. */
public enum ReviewField implements Localizable {
    comment, recommendation, level, conflictReason;

    @Override
    public String text(String lang) {
        return MessageBundles.get(ReviewMessages.class, Localized.Literal.of(lang)).label(this);
    }
}
