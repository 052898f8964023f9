package fr.univlorraine.ieps.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds what a PDF would do rather than show: forms, attachments, scripts, actions and media. They can
 * sit in the catalog, pages, annotations or form fields, directly or chained with /Next, so every
 * object of the file is looked at rather than the few places a viewer usually starts from.
 */
final class PdfActiveContent {

    /** Direct objects nested deeper than this are not a document's: they are refused rather than left unread. */
    static final int MAX_DEPTH = 64;

    private PdfActiveContent() {
    }

    /** The first reason found to refuse the document, or null. Objects must have been resolved already. */
    static PdfRefusal find(PDDocument document, List<COSBase> objects, PdfBudget budget) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (PdfActions.hasXfa(document)) {
            return PdfRefusal.XFA;
        }
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.EMBEDDED_FILES)) {
            return PdfRefusal.EMBEDDED_FILE;
        }
        if (names != null && names.containsKey(COSName.JAVA_SCRIPT)) {
            return PdfRefusal.JAVASCRIPT;
        }
        COSBase opening = catalog.getDictionaryObject(COSName.OPEN_ACTION);
        if (opening != null && !PdfActions.isPlainOpening(opening)) {
            PdfRefusal refusal = opening instanceof COSDictionary action ? PdfActions.refusalOf(action) : null;
            return refusal == PdfRefusal.JAVASCRIPT || refusal == PdfRefusal.ACTION ? refusal : PdfRefusal.AUTOMATIC_ACTION;
        }
        List<COSBase> all = new ArrayList<>(objects);
        all.add(catalog);
        // a web address is fine behind a link the reader clicks, and only there
        Set<COSDictionary> clickedWebLinks = Collections.newSetFromMap(new IdentityHashMap<>());
        visit(all, budget, dictionary -> {
            if (PdfActions.isAnnotation(dictionary, PdfActions.LINK)
                    && dictionary.getDictionaryObject(COSName.A) instanceof COSDictionary action && PdfActions.isWebUri(action)) {
                clickedWebLinks.add(action);
            }
            return null;
        });
        return visit(all, budget, dictionary -> refusalOf(dictionary, clickedWebLinks));
    }

    private static PdfRefusal refusalOf(COSDictionary dictionary, Set<COSDictionary> clickedWebLinks) {
        if (PdfActions.isEmbeddedFile(dictionary)) {
            return PdfRefusal.EMBEDDED_FILE;
        }
        PdfRefusal action = PdfActions.refusalOf(dictionary);
        if (action != null) {
            return action;
        }
        if (dictionary.containsKey(COSName.AA)) {
            return PdfRefusal.AUTOMATIC_ACTION;
        }
        if (PdfActions.isUri(dictionary) && !clickedWebLinks.contains(dictionary)) {
            return PdfRefusal.LINK;
        }
        return PdfActions.isMediaAnnotation(dictionary) ? PdfRefusal.MEDIA : null;
    }

    /** Every dictionary of the objects and of their direct contents; indirect ones are objects of their own. */
    private static PdfRefusal visit(List<COSBase> objects, PdfBudget budget, Function<COSDictionary, PdfRefusal> check) {
        for (COSBase object : objects) {
            budget.tick();
            PdfRefusal found = visit(object, 0, budget, check);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static PdfRefusal visit(COSBase base, int depth, PdfBudget budget, Function<COSDictionary, PdfRefusal> check) {
        if (depth > MAX_DEPTH) {
            throw budget.stop(PdfRefusal.TOO_COMPLEX, "objects nested more than " + MAX_DEPTH + " deep");
        }
        Iterable<COSBase> values;
        if (base instanceof COSDictionary dictionary) {
            PdfRefusal found = check.apply(dictionary);
            if (found != null) {
                return found;
            }
            values = dictionary.getValues();
        } else if (base instanceof COSArray array) {
            values = array;
        } else {
            return null;
        }
        for (COSBase value : values) {
            if (!(value instanceof COSObject)) {
                PdfRefusal found = visit(value, depth + 1, budget, check);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
