package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;

/** Why an upload is refused: a basic check ({@link DocumentError}) or a {@link PdfRefusal}. */
public final class RefusedContent extends Exception {

    private static final long serialVersionUID = 1L;

    public final transient Localizable error;
    /** The code of the JSON API ({@code err_file_type}, {@code pdf_refused_xfa}). */
    public final String apiCode;
    /** What exactly was found, for the log; never shown. */
    public final String detail;

    public RefusedContent(DocumentError error) {
        this(error, null);
    }

    /** A basic refusal, with what exactly was found. */
    public RefusedContent(DocumentError error, String detail) {
        this(error, error.apiCode(), detail);
    }

    public RefusedContent(PdfRefusal refusal, String detail) {
        this(refusal, refusal.apiCode(), detail);
    }

    private RefusedContent(Localizable error, String apiCode, String detail) {
        // An expected outcome of user input, not a bug: no stack trace to fill or log.
        super(detail == null ? apiCode : apiCode + " (" + detail + ")", null, false, false);
        this.error = error;
        this.apiCode = apiCode;
        this.detail = detail;
    }
}
