package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with a team member, the rubric or the review settings: {@link ReviewAdminMessages#error}. */
public enum AdminError implements Localizable {
    MEMBER_EMAIL_TAKEN, MAX_DOSSIERS, THEME_UNKNOWN, WEIGHT, REVIEWERS_PER_DOSSIER, THRESHOLD,
    RUBRIC_LOCKED, LAST_CRITERION, CRITERION_UNKNOWN, LEVEL_UNKNOWN, PUBLIC_POSITION, PUBLIC_TITLE_REQUIRED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ReviewAdminMessages.class, lang).error(this);
    }
}
