package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides whether a PDF is sound and harmless enough to store, within a budget of work: how it ends,
 * then (with every stream decoded once, counted, as it is read) its pages, every object, and what it
 * would do rather than show. Returns its page count or refuses it.
 */
final class PdfInspector {

    /** Page trees deeper than this are not a real document's (PDFBox walks them recursively). */
    static final int MAX_PAGE_TREE_DEPTH = 64;
    /**
     * A 500-page thesis has a few thousand objects; every object is read and kept while the file is
     * checked, so their number bounds the memory one check takes (300,000 small ones fill 400 MB).
     */
    static final int MAX_OBJECTS = 200_000;
    private static final byte[] OBJECT_STREAM = ByteScan.ascii("/ObjStm");

    private PdfInspector() {
    }

    static int inspect(Path file, long size, PdfLimits limits) throws RefusedContent, IOException {
        long deadline = System.nanoTime() + limits.timeBudget().toNanos();
        PdfTail.check(file, size);
        try {
            return attempt(file, limits, deadline, false);
        } catch (RefusedContent refused) {
            // Strict reading first: repairing a damaged file makes PDFBox decode every object stream it
            // finds by scanning, out of the budget's sight. A damaged file is read again leniently, as
            // viewers do, only when it has no object stream to decode.
            if (refused.error != DocumentError.PDF_CORRUPT || ByteScan.contains(file, OBJECT_STREAM)) {
                throw refused;
            }
            return attempt(file, limits, deadline, true);
        }
    }

    private static int attempt(Path file, PdfLimits limits, long deadline, boolean lenient) throws RefusedContent, IOException {
        PdfBudget budget = new PdfBudget(limits, deadline);
        RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file.toFile());
        PDDocument document;
        try {
            document = new CheckingPdfParser(source, IOUtils.createTempFileOnlyStreamCache(), budget).parse(lenient);
        } catch (PdfBudget.Stop stop) {
            source.close();
            throw stop.refusal;
        } catch (InvalidPasswordException e) {
            source.close();
            throw new RefusedContent(DocumentError.PDF_ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw new RefusedContent(DocumentError.PDF_CORRUPT, "does not open: " + e);
        } catch (StackOverflowError e) {
            source.close();
            throw new RefusedContent(PdfRefusal.TOO_COMPLEX, "nested too deep to parse");
        }
        try (document) {
            return check(document, budget);
        } catch (PdfBudget.Stop stop) {
            throw stop.refusal;
        } catch (IOException | RuntimeException e) {
            // Malformed input makes PDFBox throw anything from IOException to ClassCastException.
            throw new RefusedContent(DocumentError.PDF_CORRUPT, e.toString());
        } catch (StackOverflowError e) {
            throw new RefusedContent(PdfRefusal.TOO_COMPLEX, "nested too deep to read");
        }
    }

    private static int check(PDDocument document, PdfBudget budget) throws RefusedContent, IOException {
        budget.rethrow();
        if (document.isEncrypted()) {
            throw new RefusedContent(DocumentError.PDF_ENCRYPTED);
        }
        int pages = countPages(document, budget);
        if (pages == 0 || pages != document.getNumberOfPages()) {
            throw new RefusedContent(DocumentError.PDF_CORRUPT, pages + " pages found, " + document.getNumberOfPages() + " announced");
        }
        List<COSBase> objects = resolveAll(document.getDocument(), budget);
        if (readablePages(document, budget) != pages) {
            throw new RefusedContent(DocumentError.PDF_CORRUPT, "a page cannot be read");
        }
        PdfRefusal refusal = PdfActiveContent.find(document, objects, budget);
        budget.rethrow();
        if (refusal != null) {
            throw new RefusedContent(refusal, null);
        }
        return pages;
    }

    /**
     * Counts the leaves of the page tree without recursion and without trusting /Count, stopping
     * above the limit: PDFBox's own walk is recursive and lists every page first.
     */
    private static int countPages(PDDocument document, PdfBudget budget) {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            return 0;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Map.Entry<COSDictionary, Integer>> nodes = new ArrayDeque<>();
        nodes.push(Map.entry(root, 0));
        int pages = 0;
        while (!nodes.isEmpty()) {
            budget.tick();
            var node = nodes.pop();
            COSDictionary dictionary = node.getKey();
            if (COSName.PAGES.equals(dictionary.getCOSName(COSName.TYPE)) || dictionary.containsKey(COSName.KIDS)) {
                if (node.getValue() > MAX_PAGE_TREE_DEPTH) {
                    throw budget.stop(PdfRefusal.TOO_COMPLEX, "page tree deeper than " + MAX_PAGE_TREE_DEPTH);
                }
                COSArray kids = dictionary.getCOSArray(COSName.KIDS);
                for (int i = kids == null ? -1 : kids.size() - 1; i >= 0; i--) {
                    if (kids.getObject(i) instanceof COSDictionary kid && seen.add(kid)) {
                        nodes.push(Map.entry(kid, node.getValue() + 1));
                    }
                }
            } else if (COSName.PAGE.equals(dictionary.getCOSName(COSName.TYPE)) && ++pages > budget.maxPages()) {
                throw budget.stop(PdfRefusal.TOO_COMPLEX, "more than " + budget.maxPages() + " pages");
            }
        }
        return pages;
    }

    /**
     * Reads every object of the cross-reference table, those stored plainly in the file first and then
     * those inside object streams: each stream, object streams included, is checked as it is read.
     */
    private static List<COSBase> resolveAll(COSDocument cos, PdfBudget budget) {
        if (cos.getXrefTable().size() > MAX_OBJECTS) {
            throw budget.stop(PdfRefusal.TOO_COMPLEX, "more than " + MAX_OBJECTS + " objects");
        }
        List<COSBase> objects = new ArrayList<>();
        List<COSObjectKey> compressed = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : new ArrayList<>(cos.getXrefTable().entrySet())) {
            if (entry.getValue() != null && entry.getValue() >= 0) {
                objects.add(resolve(cos, entry.getKey(), budget));
            } else {
                compressed.add(entry.getKey());
            }
        }
        for (COSObjectKey key : compressed) {
            objects.add(resolve(cos, key, budget));
        }
        objects.removeIf(o -> o == null || o instanceof COSNull);
        return objects;
    }

    private static COSBase resolve(COSDocument cos, COSObjectKey key, PdfBudget budget) {
        budget.tick();
        COSObject object = cos.getObjectFromPool(key);
        COSBase base = object == null ? null : object.getObject();
        budget.rethrow();
        if (base instanceof COSStream stream) {
            budget.check(stream);
        }
        return base;
    }

    /**
     * Counts the pages whose box, content and resources can really be read. PDFBox repairs a cut
     * file by scanning for objects and silently turns the missing ones into nothing, so a page whose
     * content or fonts were lost would still "open" as a blank page: every reference is checked, and
     * every content stream decoded (once, by the budget: a stream shared by 40 pages costs one decoding).
     */
    private static int readablePages(PDDocument document, PdfBudget budget) throws IOException {
        int readable = 0;
        for (PDPage page : document.getPages()) {
            budget.tick();
            PDRectangle box = page.getMediaBox();
            if (box == null || !(box.getWidth() > 0) || !(box.getHeight() > 0)) {
                return -1;
            }
            COSDictionary dictionary = page.getCOSObject();
            if (!resolvesWithItems(dictionary.getItem(COSName.CONTENTS))
                    || !resolves(dictionary.getItem(COSName.RESOURCES))) {
                return -1;
            }
            PDResources resources = page.getResources();
            if (resources != null) {
                for (COSBase category : resources.getCOSObject().getValues()) {
                    if (!resolvesWithItems(category)) {
                        return -1;
                    }
                }
            }
            COSBase contents = dictionary.getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream stream) {
                budget.check(stream);
            } else if (contents instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (!(array.getObject(i) instanceof COSStream stream)) {
                        return -1;
                    }
                    budget.check(stream);
                }
            } else if (contents != null) {
                return -1;
            }
            readable++;
        }
        return readable;
    }

    /** False for a reference to an object that is missing or could not be parsed. */
    private static boolean resolves(COSBase item) {
        if (item instanceof COSObject reference) {
            COSBase target = reference.getObject();
            return target != null && !(target instanceof COSNull);
        }
        return true;
    }

    /** Like {@link #resolves}, and also for each entry when the item is an array or a dictionary. */
    private static boolean resolvesWithItems(COSBase item) {
        if (!resolves(item)) {
            return false;
        }
        COSBase target = item instanceof COSObject reference ? reference.getObject() : item;
        if (target instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!resolves(array.get(i))) {
                    return false;
                }
            }
        } else if (target instanceof COSDictionary dictionary && !(target instanceof COSStream)) {
            for (COSBase value : dictionary.getValues()) {
                if (!resolves(value)) {
                    return false;
                }
            }
        }
        return true;
    }
}
