package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * The categories of personal data the admissions hold, as the privacy page and the records of processing name them:
 * each field a candidate fills belongs to one ({@link CollectedData}, and the enrolment sheet's own mapping), and the
 * last ones are what the staff and the app write about a dossier. Texts {@link ApplicationMessages#data_category}.
 */
public enum DataCategory implements Localizable {
    /** Civility, names, birth date and place, nationality. */
    IDENTITY,
    /** The national student number (INE) of the enrolment sheet. */
    IDENTIFIERS,
    /** E-mail, phone, postal address. */
    CONTACT,
    /** The track applied for, the entry route, VAP, the employer for work-study, the funding of continuing education. */
    SITUATION,
    /** Degrees: title, institution, year, grade. */
    ACADEMIC,
    /** Professional experience: job, organisation, years, description. */
    EXPERIENCE,
    /** The professional and research projects, their themes. */
    PROJECTS,
    /** The declarations ticked (accuracy, privacy notice). */
    DECLARATIONS,
    /** The pieces uploaded (CV, transcripts, identity document...), their checks. */
    DOCUMENTS,
    /** Written by the staff: reviews, scores, ranking, decision, motives, notes. */
    ASSESSMENT,
    /** Messages with the secretariat, mails sent. */
    EXCHANGES,
    /** The dossier's history, the account's identifier, who of the staff opened the dossier and when. */
    TRACES;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).data_category(this);
    }
}
