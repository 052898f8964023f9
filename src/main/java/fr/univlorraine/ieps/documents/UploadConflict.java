package fr.univlorraine.ieps.documents;

import java.util.Locale;

/**
 * Another upload of the same piece got there first (another window, another device): nothing was
 * changed, and the candidate is asked to look at what is there now.
 */
public final class UploadConflict extends Exception {

    private static final long serialVersionUID = 1L;

    /** The code of the JSON API. */
    public static final String API_CODE = "upload_conflict";
    /** The database's guarantee of one document per piece of a dossier (V2__documents.sql). */
    static final String ONE_PER_TYPE = "application_document_one_per_type";

    /** True when a document was already there before this upload was recorded; false for a race lost at the commit. */
    public final boolean alreadyThere;

    UploadConflict(boolean alreadyThere) {
        super(alreadyThere ? "a document is already there" : "another upload was recorded at the same time", null, false, false);
        this.alreadyThere = alreadyThere;
    }

    /**
     * Whether the failure of a transaction is a concurrent upload of the same piece: the unique key
     * (two first uploads) or the row's version (two replacements).
     */
    static boolean isRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(ONE_PER_TYPE)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
