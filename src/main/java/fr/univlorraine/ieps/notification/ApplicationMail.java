package fr.univlorraine.ieps.notification;

import java.time.Instant;
import java.util.List;

/**
 * A mail owed to a candidate about their dossier, with the plain values its text needs, taken in the
 * transaction that caused it; fired as a CDI event, written to the outbox in that transaction ({@link MailOutbox}).
 * Notification knows no feature: the features fill this record. The outbox carries staff mails in the same shape
 * (the {@code STAFF_} kinds, written by {@link StaffMails} from a {@link StaffMail}).
 *
 * @param applicationId the dossier, null for a staff mail about none (a digest, an invitation to sign in)
 * @param to the candidate's address (the staff person's for a staff mail); no mail without one
 * @param lang the dossier's language, "fr" or "en"
 * @param reference the dossier's reference, null before submission
 * @param level the track's level, "M1" or "M2"
 * @param date the date the mail states: submission (RECEIPT), end of the completion time (INCOMPLETE), offer
 *        deadline (REMINDER), the moment of a download or an account's deletion (DATA_DOWNLOADED, ACCOUNT_DELETED);
 *        null for the others
 * @param name the candidate's name as they gave it, or null (RECEIPT only); the staff person's name for a staff mail
 * @param pieces the pieces received, one line each in the mail's language (RECEIPT only; empty for the others); the
 *        items of a staff digest; the one link of an INVITATION (forgotten once the mail is sent)
 * @param decisionsAt when the track's decisions are to be published, or null (RECEIPT only)
 * @param offerDays the days a candidate has to answer an offer, or null (RECEIPT only)
 */
public record ApplicationMail(Kind kind, Long applicationId, String to, String lang, String reference, String level,
        Instant date, String name, List<String> pieces, Instant decisionsAt, Integer offerDays) {

    public ApplicationMail {
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
    }

    /** A mail that states at most a date. */
    public ApplicationMail(Kind kind, Long applicationId, String to, String lang, String reference, String level,
            Instant date) {
        this(kind, applicationId, to, lang, reference, level, date, null, List.of(), null, null);
    }

    public enum Kind {
        RECEIPT, WITHDRAWN, INCOMPLETE, COMPLETE,
        /** A decision was published, or a place was offered from the waiting list: the mail says no more. */
        DECISION,
        /** An offer is still unanswered a few days before its deadline. */
        REMINDER,
        /** The candidate's answer to an offer was recorded. */
        ANSWER_RECORDED,
        /** The detailed motives the candidate asked for are available. */
        MOTIVES_ANSWERED,
        /** To a reviewer: a dossier was assigned to them. */
        STAFF_ASSIGNED,
        /** To the heads: a refused candidate asked for the detailed motives (the date is the answer's due day). */
        STAFF_MOTIVES_REQUESTED,
        /** To the heads: a candidate declined the place offered. */
        STAFF_OFFER_DECLINED,
        /** To the heads: a candidate withdrew while a place was offered to them. */
        STAFF_OFFER_WITHDRAWN,
        /** To the secretariat: a dossier sent back for completion was submitted again. */
        STAFF_RESUBMITTED,
        /** To a team member who never signed in: an invitation to sign in, so that dossiers can be assigned to them. */
        STAFF_SIGN_IN,
        /** To a staff person who chose the daily digest: the day's items in one mail. */
        STAFF_DIGEST,

        /** The staff wrote in the thread of the dossier: the mail says a message waits, never what it says. */
        MESSAGE_WAITING,

        /**
         * To a candidate of the national platform: the head invites them to follow their imported dossier here, with a
         * single-use link that expires (the date).
         */
        INVITATION,

        /** To a candidate: they downloaded the archive of their data (the date); told in case it was not them. */
        DATA_DOWNLOADED,

        /** To a candidate: they deleted their account (the date); about no dossier. */
        ACCOUNT_DELETED;

        /** A mail to staff rather than to a candidate. */
        public boolean isStaff() {
            return name().startsWith("STAFF_");
        }
    }
}
