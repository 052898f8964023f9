package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the enrolment sheet, in the order of the page: {@link EnrolmentMessages#label}. */
public enum SheetField implements Localizable {
    civility, birthDate, birthPlace, nationality, street, postalCode, city, country, ine, lastDiploma,
    lastDiplomaInstitution, lastDiplomaYear,
    /** Not a field: the sheet as a whole (changed elsewhere, or no longer open). */
    version;

    @Override
    public String text(String lang) {
        return Localizable.bundle(EnrolmentMessages.class, lang).label(this);
    }
}
