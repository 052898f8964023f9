package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with a retention rule typed by the admin, or with a purge asked for: {@link RetentionMessages#error}. */
public enum RetentionError implements Localizable {
    DRAFT_DAYS, NOT_ADMITTED_MONTHS, WITHDRAWN_MONTHS, ENROLLED_DAYS, NOT_CONFIRMED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RetentionMessages.class, lang).error(this);
    }
}
