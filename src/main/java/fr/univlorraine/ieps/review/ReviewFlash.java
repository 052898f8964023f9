package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The confirmations of the reviewer's and the assignment pages: {@link ReviewMessages#flash}. */
public enum ReviewFlash implements Localizable {
    review_draft, review_submitted, review_conflict, review_opened, assign_auto, assign_added,
    assign_removed;

    @Override
    public String text(String lang) {
        return MessageBundles.get(ReviewMessages.class, Localized.Literal.of(lang)).flash(this);
    }
}
