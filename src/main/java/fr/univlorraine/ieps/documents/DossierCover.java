package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.jboss.logging.Logger;

/**
 * The cover of a merged dossier, put in front of its parts once they are in. Its table of contents gives page
 * numbers that depend on how many pages the cover itself takes: printed for one page first, then again for the
 * count found, until the two agree (a longer table of contents could push it onto one more page).
 */
final class DossierCover {

    private static final Logger LOG = Logger.getLogger(DossierCover.class);
    /** The cover's page count is known once printed, and its table of contents depends on it. */
    private static final int ATTEMPTS = 4;

    private DossierCover() {}

    /** Prints the cover for parts of these page counts, puts it in front of them and returns its number of pages. */
    static int addInFront(PDDocument dossier, DossierPdf.Pages pages, int[] partPages, List<PDDocument> sources)
            throws IOException {
        int partsStart = dossier.getNumberOfPages();
        int coverPages = 1;
        PDDocument cover = null;
        for (int attempt = 1; cover == null; attempt++) {
            PDDocument printed = Loader.loadPDF(pages.cover(firstPages(coverPages, partPages)));
            if (printed.getNumberOfPages() == coverPages || attempt == ATTEMPTS) {
                cover = printed;
            } else {
                coverPages = printed.getNumberOfPages();
                printed.close();
            }
        }
        if (cover.getNumberOfPages() != coverPages) {
            LOG.warnf("The table of contents of a dossier's cover may be off: %d pages printed for %d expected",
                    cover.getNumberOfPages(), coverPages);
        }
        DossierPdf.append(dossier, cover, sources);
        PDPageTree tree = dossier.getPages();
        if (partsStart > 0) {
            PDPage firstPart = tree.get(0);
            List<PDPage> coverPageList = new ArrayList<>();
            for (int i = partsStart; i < tree.getCount(); i++) {
                coverPageList.add(tree.get(i));
            }
            for (PDPage page : coverPageList) {
                tree.remove(page);
                tree.insertBefore(page, firstPart);
            }
        }
        return tree.getCount() - partsStart;
    }

    /** The page (from 1) where each part starts once a cover of that many pages is in front. */
    private static List<Integer> firstPages(int coverPages, int[] partPages) {
        List<Integer> firstPages = new ArrayList<>(partPages.length);
        int next = coverPages + 1;
        for (int pages : partPages) {
            firstPages.add(next);
            next += pages;
        }
        return firstPages;
    }
}
