package fr.univlorraine.ieps.documents;

/**
 * Why an upload is refused: a message key the UI translates, from the form bundle (basic checks) or,
 * for a {@link PdfRefusal}, from the documents bundle.
 */
public final class RefusedContent extends Exception {

    private static final long serialVersionUID = 1L;

    public final String messageKey;
    /** True when the key is in the documents bundle (doc), false for the form bundle. */
    public final boolean documentText;
    /** What exactly was found, for the log; never shown. */
    public final String detail;

    public RefusedContent(String messageKey) {
        this(messageKey, false, null);
    }

    /** A refusal of the form bundle, with what exactly was found. */
    public RefusedContent(String messageKey, String detail) {
        this(messageKey, false, detail);
    }

    public RefusedContent(PdfRefusal refusal, String detail) {
        this(refusal.messageKey, true, detail);
    }

    private RefusedContent(String messageKey, boolean documentText, String detail) {
        // An expected outcome of user input, not a bug: no stack trace to fill or log.
        super(detail == null ? messageKey : messageKey + " (" + detail + ")", null, false, false);
        this.messageKey = messageKey;
        this.documentText = documentText;
        this.detail = detail;
    }
}
