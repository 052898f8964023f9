package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;
import java.util.Locale;

/**
 * Why a PDF is refused beyond the basic checks (type, damage, password): each reason has its text in
 * the documents bundle ({@link DocumentMessages}), telling the candidate what is wrong and what to do.
 * Files are refused, never rewritten: a rewritten file would no longer be what the candidate sent (and
 * signed, for some), and a cleaner that misses one trick would store the trick.
 */
public enum PdfRefusal implements Localizable {
    /** Too many pages, a stream that decodes to too much, or an inspection over its time budget. */
    TOO_COMPLEX,
    /** A dynamic XFA form, which only Adobe's viewers render. */
    XFA,
    /** Files carried inside the PDF (attachments, embedded file streams). */
    EMBEDDED_FILE,
    /** JavaScript anywhere. */
    JAVASCRIPT,
    /** Launch, SubmitForm, ImportData, GoToR, GoToE, Rendition, Movie, Sound, RichMediaExecute. */
    ACTION,
    /** An action run without a click: an OpenAction other than going to a page, any /AA. */
    AUTOMATIC_ACTION,
    /** A URI other than an http, https or mailto link the reader clicks. */
    LINK,
    /** RichMedia, 3D, Screen, Movie or Sound annotations. */
    MEDIA,
    /** Bytes after the last %%EOF. */
    TRAILING_DATA,
    /** A ZIP archive whose directory ends the file: one file that is both a PDF and an archive. */
    POLYGLOT;

    /** The code of the JSON API for this refusal: {@code pdf_refused_xfa}. */
    public String apiCode() {
        return "pdf_refused_" + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(DocumentMessages.class, lang).pdf_refused(this);
    }
}
