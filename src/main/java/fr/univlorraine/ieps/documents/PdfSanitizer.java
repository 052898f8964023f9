package fr.univlorraine.ieps.documents;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Defence in depth for the merged dossier: documents stored before uploads were checked for active
 * content may still carry scripts, attachments or actions, and the dossier is built without them.
 * Only what acts goes; what shows (pages, images, appearances of form fields, web links) stays.
 */
final class PdfSanitizer {

    /** The keys through which one action leads to another or is run by a click. */
    private static final List<COSName> ACTION_KEYS = List.of(COSName.A, COSName.PA, COSName.NEXT);

    private PdfSanitizer() {
    }

    static void strip(PDDocument document) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.removeItem(COSName.OPEN_ACTION);
        catalog.removeItem(COSName.AA);
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null) {
            names.removeItem(COSName.EMBEDDED_FILES);
            names.removeItem(COSName.JAVA_SCRIPT);
        }
        COSDictionary acroForm = catalog.getCOSDictionary(COSName.ACRO_FORM);
        if (acroForm != null) {
            acroForm.removeItem(COSName.XFA);
        }
        for (PDPage page : document.getPages()) {
            page.getCOSObject().removeItem(COSName.AA);
            COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            for (int i = annotations == null ? -1 : annotations.size() - 1; i >= 0; i--) {
                if (annotations.getObject(i) instanceof COSDictionary annotation
                        && (PdfActions.isEmbeddedFile(annotation) || PdfActions.isMediaAnnotation(annotation))) {
                    annotations.remove(i);
                }
            }
        }
        stripActions(catalog);
    }

    /** Everything reachable from the catalog: additional actions, dangerous actions and embedded files go. */
    private static void stripActions(COSDictionary catalog) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> next = new ArrayDeque<>();
        next.push(catalog);
        while (!next.isEmpty()) {
            COSBase base = next.pop();
            if (base instanceof COSObject reference) {
                base = reference.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                dictionary.removeItem(COSName.AA);
                dictionary.removeItem(COSName.EF);
                for (COSName key : ACTION_KEYS) {
                    COSBase action = dictionary.getDictionaryObject(key);
                    if (action instanceof COSDictionary single && PdfActions.refusalOf(single) != null) {
                        dictionary.removeItem(key);
                    } else if (action instanceof COSArray chain) {
                        for (int i = chain.size() - 1; i >= 0; i--) {
                            if (chain.getObject(i) instanceof COSDictionary linked && PdfActions.refusalOf(linked) != null) {
                                chain.remove(i);
                            }
                        }
                    }
                }
                dictionary.getValues().forEach(next::push);
            } else if (base instanceof COSArray array) {
                array.forEach(next::push);
            }
        }
    }
}
