package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the review form: {@link ReviewMessages#label}. */
public enum ReviewField implements Localizable {
    comment, recommendation, level, conflictReason, submitConfirm;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ReviewMessages.class, lang).label(this);
    }
}
