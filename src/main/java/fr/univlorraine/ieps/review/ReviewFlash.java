package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmations of the reviewer's and the assignment pages: {@link ReviewMessages#flash}. */
public enum ReviewFlash implements Localizable {
    review_draft, review_submitted, review_conflict, review_opened, assign_auto, assign_added,
    assign_removed, reminder_sent;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ReviewMessages.class, lang).flash(this);
    }
}
