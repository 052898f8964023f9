package fr.univlorraine.ieps.documents;

/**
 * Why a PDF is refused beyond the basic checks (type, damage, password): each reason has its text in
 * the documents bundle ({@link DocumentMessages}), telling the candidate what is wrong and what to do.
 * Files are refused, never rewritten: a rewritten file would no longer be what the candidate sent (and
 * signed, for some), and a cleaner that misses one trick would store the trick.
 */
public enum PdfRefusal {
    /** Too many pages, a stream that decodes to too much, or an inspection over its time budget. */
    TOO_COMPLEX("pdf_refused_too_complex"),
    /** A dynamic XFA form, which only Adobe's viewers render. */
    XFA("pdf_refused_xfa"),
    /** Files carried inside the PDF (attachments, embedded file streams). */
    EMBEDDED_FILE("pdf_refused_embedded_file"),
    /** JavaScript anywhere. */
    JAVASCRIPT("pdf_refused_javascript"),
    /** Launch, SubmitForm, ImportData, GoToR, GoToE, Rendition, Movie, Sound, RichMediaExecute. */
    ACTION("pdf_refused_action"),
    /** An action run without a click: an OpenAction other than going to a page, any /AA. */
    AUTOMATIC_ACTION("pdf_refused_automatic_action"),
    /** A URI other than an http, https or mailto link the reader clicks. */
    LINK("pdf_refused_link"),
    /** RichMedia, 3D, Screen, Movie or Sound annotations. */
    MEDIA("pdf_refused_media"),
    /** Bytes after the last %%EOF. */
    TRAILING_DATA("pdf_refused_trailing_data"),
    /** A ZIP archive whose directory ends the file: one file that is both a PDF and an archive. */
    POLYGLOT("pdf_refused_polyglot");

    /** The key of its text in the doc bundle. */
    public final String messageKey;

    PdfRefusal(String messageKey) {
        this.messageKey = messageKey;
    }
}
