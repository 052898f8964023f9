package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the application form (and of the new application): the id of each on the page is its name (with
 * the row for repeated ones), its label {@link ApplicationMessages#label}. */
public enum ApplicationField implements Localizable {
    trackId, entryRoute, vap, civility, firstName, lastName,
    birthDate, nationality, email, phone, address, postalCode,
    city, country, degreeTitle, degreeInstitution, degreeYear, degreeGrade,
    expJobTitle, expOrganisation, expStartYear, expEndYear, expDescription, professionalProject,
    researchProject, themes, employerStatus, employerName, funding, fundingOther, declarationAccuracy, declarationPrivacy,
    documents,
    /** Not a field: the closing, where a save or a submit refused after it is reported. */
    deadline,
    /** Not a field: the dossier as a whole, changed in another tab or window since the page was drawn. */
    version;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).label(this);
    }
}
