package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * What the candidate's archive leaves out, each with why (said on the page and in the archive's header):
 * {@link RightsMessages#withheld}. {@link PersonalDataTables} names which tables each concerns.
 */
public enum MyDataWithheld implements Localizable {
    /** Who among the staff wrote, moved or checked something: the role is given, not the person. */
    STAFF_IDENTITIES,
    /** The staff's notes, labels, reviews and ranks: given once the track's decisions are published. */
    STAFF_WORK_BEFORE_PUBLICATION,
    /** A decision in draft: read once published. */
    DRAFT_DECISIONS,
    /** Hashes of cookies and links, session tokens, internal file names. */
    SECRETS,
    /** The committee's minutes, about every candidate of a track. */
    COMMITTEE_MINUTES,
    /** The national platform's files between the steps of an import. */
    IMPORT_FILES,
    /** The staff's own mail queue. */
    STAFF_MAIL_QUEUE;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RightsMessages.class, lang).withheld(this);
    }
}
