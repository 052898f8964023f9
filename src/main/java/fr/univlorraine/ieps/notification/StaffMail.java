package fr.univlorraine.ieps.notification;

import java.time.Instant;

/**
 * A mail owed to staff about a dossier (or, for an invitation to sign in, about none), with the plain values its text
 * needs, taken in the transaction that caused it; fired as a CDI event, and {@link StaffMails} writes it in that
 * transaction, to the outbox for those who want their mails at once, to their digest for the others. Notification
 * knows no feature: the features fill this record.
 *
 * @param kind one of the {@code STAFF_} kinds, not {@code STAFF_DIGEST} (the digest job writes those)
 * @param audience who gets it
 * @param subject the login of the person (PERSON only), null when they never signed in
 * @param to the person's address (PERSON only)
 * @param applicationId the dossier, null for none
 * @param date the date the mail states (the due day of a motive request), or null
 */
public record StaffMail(ApplicationMail.Kind kind, Audience audience, String subject, String to, Long applicationId,
        String reference, String level, Instant date) {

    public StaffMail {
        if (!kind.isStaff() || kind == ApplicationMail.Kind.STAFF_DIGEST) {
            throw new IllegalArgumentException("not a staff mail: " + kind);
        }
    }

    /** Who a staff mail is for. */
    public enum Audience {
        /** One person, named in the mail (a reviewer, a member invited to sign in). */
        PERSON,
        /** Every programme head who has signed in (the heads are not per track); the secretariat's address if none has. */
        HEADS,
        /** Every secretariat person who has signed in; the secretariat's address if none has. */
        SECRETARIAT
    }

    /** A mail to one person: {@code subject} is their login if they have one (their preferences apply then). */
    public static StaffMail toPerson(ApplicationMail.Kind kind, String subject, String to, Long applicationId,
            String reference, String level) {
        return new StaffMail(kind, Audience.PERSON, subject, to, applicationId, reference, level, null);
    }

    /** A mail to the heads or to the secretariat. */
    public static StaffMail toGroup(ApplicationMail.Kind kind, Audience audience, Long applicationId, String reference,
            String level, Instant date) {
        return new StaffMail(kind, audience, null, null, applicationId, reference, level, date);
    }
}
