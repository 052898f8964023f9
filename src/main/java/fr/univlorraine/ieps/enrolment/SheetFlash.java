package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmation of the enrolment sheet page: {@link EnrolmentMessages#flash}. */
public enum SheetFlash implements Localizable {
    sheet_saved;

    @Override
    public String text(String lang) {
        return Localizable.bundle(EnrolmentMessages.class, lang).flash(this);
    }
}
