package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with a dossier or its form: {@link ApplicationMessages#error}. */
public enum ApplicationError implements Localizable {
    TRACK_UNKNOWN, NOT_OPEN_YET, CLOSED, ALREADY_APPLIED, NOT_EDITABLE, BIRTH_DATE_RANGE,
    END_BEFORE_START, THEMES_MAX, THEMES_MIN, VAP_ROUTE, DEGREE_NEEDED, EXPERIENCE_NEEDED,
    PROJECT_TOO_SHORT, DECLARATION, COMPLETION_CLOSED, TRANSITION, CHANGED_ELSEWHERE;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).error(this);
    }
}
