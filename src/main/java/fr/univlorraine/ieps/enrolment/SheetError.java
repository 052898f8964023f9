package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with an enrolment sheet: {@link EnrolmentMessages#error}. */
public enum SheetError implements Localizable {
    INE_FORMAT, BIRTH_DATE_RANGE, NOT_ACCEPTED, STALE;

    @Override
    public String text(String lang) {
        return Localizable.bundle(EnrolmentMessages.class, lang).error(this);
    }
}
