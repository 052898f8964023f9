package fr.univlorraine.ieps.notification;

/** A mail owed to a candidate about their dossier; sent once the transaction has committed. */
public record ApplicationMail(Kind kind, Long applicationId) {

    public enum Kind {
        RECEIPT, WITHDRAWN, INCOMPLETE, COMPLETE
    }
}
