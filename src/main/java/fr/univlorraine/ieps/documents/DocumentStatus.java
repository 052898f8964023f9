package fr.univlorraine.ieps.documents;

/** Where an uploaded document stands in the secretariat's check. */
public enum DocumentStatus {
    /** Uploaded, not checked yet. */
    PENDING,
    VALIDATED,
    /** Sent back with a reason: the candidate replaces it. */
    REFUSED,
    /** A conditional item the candidate declared not to concern them, with a reason. */
    NOT_CONCERNED
}
