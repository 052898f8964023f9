package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Texts;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

/** What a merged dossier says of itself once its pages are in: page footers, bookmarks and document information. */
final class DossierLabels {

    private static final float FOOTER_SIZE = 8;
    private static final float FOOTER_BASELINE = 16;
    private static final String DASH = " – ";

    private DossierLabels() {}

    /**
     * "Master IEPS – IEPS-2027-M1-0001 – 3 / 17" at the foot of every page, the candidates' pages included: the only
     * text drawn here rather than printed from a template, in the same embedded font.
     */
    static void addFooters(PDDocument dossier, DossierPdf.Description description) throws IOException {
        PDFont font = PdfPrinter.font(dossier);
        int total = dossier.getNumberOfPages();
        int number = 0;
        for (PDPage page : dossier.getPages()) {
            number++;
            String text = Texts.join(DASH, description.footerLabel(), description.reference(), number + " / " + total);
            float textWidth = font.getStringWidth(text) / 1000 * FOOTER_SIZE;
            // resetContext wraps the imported content in q/Q, so its leftover transformations,
            // colours or clipping cannot move or hide the footer.
            try (PDPageContentStream content = new PDPageContentStream(dossier, page, AppendMode.APPEND, true, true)) {
                PDRectangle box = page.getCropBox();
                int rotation = Math.floorMod(page.getRotation(), 360);
                float shownWidth = rotation == 90 || rotation == 270 ? box.getHeight() : box.getWidth();
                content.transform(uprightOn(box, rotation));
                content.beginText();
                content.setFont(font, FOOTER_SIZE);
                content.setNonStrokingColor(0.35f);
                content.newLineAtOffset((shownWidth - textWidth) / 2, FOOTER_BASELINE);
                content.showText(text);
                content.endText();
            }
        }
    }

    /**
     * Coordinates whose origin is the bottom left corner of the page as a viewer shows it: the
     * visible area (crop box) may not start at 0,0 and /Rotate turns the page when displayed.
     */
    private static Matrix uprightOn(PDRectangle box, int rotation) {
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, box.getUpperRightX(), box.getLowerLeftY());
            case 180 -> new Matrix(-1, 0, 0, -1, box.getUpperRightX(), box.getUpperRightY());
            case 270 -> new Matrix(0, -1, 1, 0, box.getLowerLeftX(), box.getUpperRightY());
            default -> new Matrix(1, 0, 0, 1, box.getLowerLeftX(), box.getLowerLeftY());
        };
    }

    /** Bookmarks to the cover and every part: reviewers jump between documents from the side panel. */
    static void addOutline(PDDocument dossier, DossierPdf.Description description, List<DossierPdf.Part> parts,
            int[] partPages, int coverPages) {
        // Bookmarks merged from the sources would point into documents the reviewer has not opened.
        PDDocumentOutline outline = new PDDocumentOutline();
        dossier.getDocumentCatalog().setDocumentOutline(outline);
        outline.addLast(bookmark(dossier, 0, description.title()));
        int start = coverPages;
        for (int i = 0; i < parts.size(); i++) {
            outline.addLast(bookmark(dossier, start, parts.get(i).title()));
            start += partPages[i];
        }
    }

    private static PDOutlineItem bookmark(PDDocument dossier, int pageIndex, String title) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(dossier.getPage(pageIndex));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title == null ? "" : title);
        item.setDestination(destination);
        return item;
    }

    static void describe(PDDocument dossier, DossierPdf.Description description) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(Texts.join(DASH, description.title(), description.reference()));
        info.setAuthor(description.author() == null ? "" : description.author());
        info.setCreationDate(Calendar.getInstance());
        dossier.setDocumentInformation(info);
        // The merge copies the XMP metadata of the first part that has some: a candidate's PDF/A file would make
        // the whole dossier claim a conformance, and a title, it does not have.
        dossier.getDocumentCatalog().setMetadata(null);
    }
}
