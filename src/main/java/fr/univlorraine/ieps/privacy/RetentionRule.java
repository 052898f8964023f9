package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * Which of a campaign's retention rules ({@link fr.univlorraine.ieps.campaign.Retention}) a dossier falls under, by
 * its status (or, for a dossier imported from the national platform, by the outcome the head recorded):
 * <ul>
 * <li>{@link #DRAFT}: never submitted; deleted whole, N days after the track's closing (or its local recruitment's);
 * <li>{@link #NOT_ADMITTED}: refused, declined, expired, left on the waiting list, or never decided (submitted,
 * incomplete, complete, under review); for a platform dossier, refused, declined, waitlisted or no outcome; deleted
 * whole N months after the end of the appeal period;
 * <li>{@link #WITHDRAWN}: deleted whole N months after the end of the appeal period;
 * <li>{@link #ENROLLED}: N days after the enrolment was confirmed, the pieces and the form's answers go and the row
 * keeps only what the enrolment needs.
 * </ul>
 * A dossier admitted with its offer pending, or accepted and not enrolled yet (here or on the platform), falls under
 * no rule: it holds one of the places, and the M1 students continue to M2 from it.
 */
public enum RetentionRule implements Localizable {
    DRAFT, NOT_ADMITTED, WITHDRAWN, ENROLLED;

    /** Whether the dossier's row goes too (every rule but the enrolled one's). */
    public boolean deletesTheDossier() {
        return this != ENROLLED;
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(RetentionMessages.class, lang).rule(this);
    }
}
