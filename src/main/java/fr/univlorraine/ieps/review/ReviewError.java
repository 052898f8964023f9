package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with an assignment or a review: {@link ReviewMessages#error}. */
public enum ReviewError implements Localizable {
    MEMBER_UNKNOWN, MEMBER_CONFLICT, MEMBER_ALREADY, MEMBER_FULL, REVIEW_NOT_REMOVABLE, NOT_UNDER_REVIEW,
    LEVEL_INVALID, LEVEL_REQUIRED, RECOMMENDATION_INVALID, RECOMMENDATION_REQUIRED, COMMENT_REQUIRED, CONFLICT_REASON_REQUIRED,
    REVIEW_ALREADY_SUBMITTED, MEMBER_NOT_SIGNED_IN, MEMBER_ALREADY_SIGNED_IN, REMINDER_TOO_SOON, SUBMIT_CONFIRM_REQUIRED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ReviewMessages.class, lang).error(this);
    }
}
