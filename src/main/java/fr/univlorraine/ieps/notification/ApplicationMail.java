package fr.univlorraine.ieps.notification;

import java.time.Instant;

/**
 * A mail owed to a candidate about their dossier, with the plain values its text needs, taken in the
 * transaction that caused it; fired as a CDI event, written to the outbox in that transaction ({@link MailOutbox}).
 * Notification knows no feature: the features fill this record.
 *
 * @param to the candidate's address; no mail without one
 * @param lang the dossier's language, "fr" or "en"
 * @param reference the dossier's reference, null before submission
 * @param level the track's level, "M1" or "M2"
 * @param date the date the mail states: submission (RECEIPT), end of the completion time (INCOMPLETE), offer
 *        deadline (REMINDER); null for the others
 */
public record ApplicationMail(Kind kind, Long applicationId, String to, String lang, String reference, String level,
        Instant date) {

    public enum Kind {
        RECEIPT, WITHDRAWN, INCOMPLETE, COMPLETE,
        /** A decision was published, or a place was offered from the waiting list: the mail says no more. */
        DECISION,
        /** An offer is still unanswered a few days before its deadline. */
        REMINDER,
        /** The candidate's answer to an offer was recorded. */
        ANSWER_RECORDED,
        /** The detailed motives the candidate asked for are available. */
        MOTIVES_ANSWERED
    }
}
