package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The confirmations of the team and rubric pages: {@link ReviewAdminMessages#flash}. */
public enum AdminFlash implements Localizable {
    added, saved, unlinked, settings, criterion_saved, criterion_added,
    criterion_removed, criterion_moved;

    @Override
    public String text(String lang) {
        return MessageBundles.get(ReviewAdminMessages.class, Localized.Literal.of(lang)).flash(this);
    }
}
