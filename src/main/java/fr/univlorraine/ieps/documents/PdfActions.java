package fr.univlorraine.ieps.documents;

import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What in a PDF can act rather than show: the one list the upload check refuses and the merged
 * dossier strips (for files stored before the check existed).
 */
final class PdfActions {

    /** Actions that run programs, send or fetch data, open other files or play media. */
    static final Set<COSName> REFUSED = Set.of(COSName.getPDFName("Launch"), COSName.getPDFName("SubmitForm"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("GoToR"), COSName.getPDFName("GoToE"),
            COSName.getPDFName("Rendition"), COSName.getPDFName("Movie"), COSName.getPDFName("Sound"),
            COSName.getPDFName("RichMediaExecute"));
    /** Annotations that play media or 3D content. */
    static final Set<COSName> MEDIA_ANNOTATIONS = Set.of(COSName.getPDFName("RichMedia"), COSName.getPDFName("3D"),
            COSName.getPDFName("Screen"), COSName.getPDFName("Movie"), COSName.getPDFName("Sound"));
    static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    static final COSName LINK = COSName.getPDFName("Link");
    static final COSName GO_TO = COSName.getPDFName("GoTo");
    /** What a link a reader clicks may open: CVs made in Word carry links to web pages and e-mail addresses. */
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "mailto");

    private PdfActions() {
    }

    static boolean isJavaScript(COSDictionary dictionary) {
        return COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S)) || dictionary.containsKey(COSName.JS);
    }

    static boolean isRefusedAction(COSDictionary dictionary) {
        COSName type = dictionary.getCOSName(COSName.S);
        return type != null && REFUSED.contains(type);
    }

    static boolean isUri(COSDictionary dictionary) {
        return COSName.URI.equals(dictionary.getCOSName(COSName.S));
    }

    /** A URI action to an http, https or mailto address. */
    static boolean isWebUri(COSDictionary action) {
        if (!isUri(action) || !(action.getDictionaryObject(COSName.URI) instanceof COSString uri)) {
            return false;
        }
        String text = uri.getString().strip();
        int colon = text.indexOf(':');
        return colon > 0 && WEB_SCHEMES.contains(text.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /** What an action found anywhere must not be; null when it may stay (go to a page, a web link, ...). */
    static PdfRefusal refusalOf(COSDictionary action) {
        if (isJavaScript(action)) {
            return PdfRefusal.JAVASCRIPT;
        }
        if (isRefusedAction(action)) {
            return PdfRefusal.ACTION;
        }
        return isUri(action) && !isWebUri(action) ? PdfRefusal.LINK : null;
    }

    /**
     * An opening that only shows a page: a destination ([page /Fit], as LaTeX writes), a named
     * destination, or a GoTo action.
     */
    static boolean isPlainOpening(COSBase openAction) {
        if (openAction instanceof COSArray || openAction instanceof COSName || openAction instanceof COSString) {
            return true;
        }
        return openAction instanceof COSDictionary action && GO_TO.equals(action.getCOSName(COSName.S));
    }

    static boolean isAnnotation(COSDictionary dictionary, COSName subtype) {
        return subtype.equals(dictionary.getCOSName(COSName.SUBTYPE));
    }

    static boolean isEmbeddedFile(COSDictionary dictionary) {
        return dictionary instanceof COSStream && COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || dictionary.containsKey(COSName.EF) || isAnnotation(dictionary, FILE_ATTACHMENT);
    }

    static boolean isMediaAnnotation(COSDictionary dictionary) {
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        // a /Subtype of a stream is an XObject's or a font's
        return subtype != null && MEDIA_ANNOTATIONS.contains(subtype) && !(dictionary instanceof COSStream);
    }

    /** A dynamic XFA form: its pages only say "please wait" to any viewer but Adobe's. */
    static boolean hasXfa(PDDocument document) {
        COSDictionary acroForm = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
        return acroForm != null && acroForm.containsKey(COSName.XFA);
    }
}
