package fr.univlorraine.ieps.notification;

/** A mail owed to a candidate about their dossier; sent once the transaction has committed. */
public record ApplicationMail(Kind kind, Long applicationId) {

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
