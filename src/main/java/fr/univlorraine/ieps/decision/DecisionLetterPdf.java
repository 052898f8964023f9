package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.documents.PdfText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The letter of a published decision: an attestation of admission, or the notice of a refusal with its
 * motive. Pure rendering on A4: callers give every text already translated and formatted, so the same class
 * serves every language of the interface.
 */
public final class DecisionLetterPdf {

    /** Every text already in the reader's language; the renderer translates nothing. */
    public record Labels(String university, String programme, String title, String candidate, String reference,
            String track, String campaign, String decisionDate, String deadline, String motive, String motiveText,
            String signature, String footer) {}

    /**
     * The facts and the paragraphs of one letter. deadline, salutation, motive and motiveText may be null
     * (an admission has no motive; only an offer awaiting an answer has a deadline).
     */
    public record Letter(String candidate, String reference, String track, String campaign, String decisionDate,
            String deadline, String salutation, List<String> body, String motive, String motiveText,
            List<String> closing, String placeDate, Labels labels) {}

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 64;
    private static final float RIGHT = A4.getWidth() - 64;
    private static final float TOP = A4.getHeight() - 64;
    private static final float BOTTOM = 72;
    private static final float FOOTER_BASELINE = 36;
    private static final float TEXT_SIZE = 11;
    private static final float LEADING = TEXT_SIZE * 1.4f;
    private static final float LABEL_WIDTH = 150;

    private DecisionLetterPdf() {}

    /** Writes the letter; returns the number of pages (one, unless the free text is very long). */
    public static int write(Letter letter, OutputStream out) throws IOException {
        Objects.requireNonNull(letter, "letter");
        Labels labels = Objects.requireNonNull(letter.labels(), "letter.labels");
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts();
            Writer w = new Writer(document, fonts);
            try {
                w.paragraph(labels.university(), fonts.regular, 9.5f, 0.35f, LEFT, RIGHT - LEFT);
                w.paragraph(labels.programme(), fonts.bold, 11, 0.1f, LEFT, RIGHT - LEFT);
                w.down(8);
                w.rule();
                w.down(30);
                w.paragraph(labels.title(), fonts.bold, 17, 0, LEFT, RIGHT - LEFT);
                w.down(16);
                w.fact(labels.candidate(), letter.candidate());
                w.fact(labels.reference(), letter.reference());
                w.fact(labels.track(), letter.track());
                w.fact(labels.campaign(), letter.campaign());
                w.fact(labels.decisionDate(), letter.decisionDate());
                if (letter.deadline() != null) {
                    w.fact(labels.deadline(), letter.deadline());
                }
                w.down(14);
                if (letter.salutation() != null) {
                    w.text(letter.salutation());
                    w.down(6);
                }
                for (String paragraph : orEmpty(letter.body())) {
                    w.text(paragraph);
                    w.down(6);
                }
                if (letter.motive() != null) {
                    w.block(labels.motive(), letter.motive());
                    if (letter.motiveText() != null && !letter.motiveText().isBlank()) {
                        w.block(labels.motiveText(), letter.motiveText());
                    }
                    w.down(4);
                }
                for (String paragraph : orEmpty(letter.closing())) {
                    w.text(paragraph);
                    w.down(6);
                }
                w.down(24);
                w.need(LEADING * 4);
                // room for the signature on one line in both languages
                float x = LEFT + (RIGHT - LEFT) * 0.42f;
                w.paragraph(letter.placeDate(), fonts.regular, TEXT_SIZE, 0, x, RIGHT - x);
                w.down(10);
                w.paragraph(labels.signature(), fonts.bold, TEXT_SIZE, 0, x, RIGHT - x);
            } finally {
                w.close();
            }
            footers(document, fonts, labels.footer());
            PDDocumentInformation info = new PDDocumentInformation();
            // metadata strings may be UTF-16: no WinAnsi restriction here
            info.setTitle(labels.title() + " – " + letter.reference());
            info.setSubject(labels.programme());
            info.setCreationDate(Calendar.getInstance());
            document.setDocumentInformation(info);
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    private static void footers(PDDocument document, Fonts fonts, String footer) throws IOException {
        for (PDPage page : document.getPages()) {
            List<String> lines = fonts.wrap(footer, fonts.regular, 8, RIGHT - LEFT);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content.setStrokingColor(0.6f);
                content.setLineWidth(0.5f);
                content.moveTo(LEFT, FOOTER_BASELINE + 12);
                content.lineTo(RIGHT, FOOTER_BASELINE + 12);
                content.stroke();
                fonts.show(content, fonts.regular, 8, 0.35f, LEFT, FOOTER_BASELINE, lines.isEmpty() ? "" : lines.get(0));
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Draws downwards from a cursor, opening a new page before the footer. */
    private static final class Writer {
        private final PDDocument document;
        private final Fonts fonts;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, Fonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        void down(float height) {
            y -= height;
        }

        void need(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        void rule() throws IOException {
            content.setStrokingColor(0.5f);
            content.setLineWidth(0.8f);
            content.moveTo(LEFT, y);
            content.lineTo(RIGHT, y);
            content.stroke();
        }

        void paragraph(String text, PDFont font, float size, float gray, float x, float width) throws IOException {
            if (text == null || text.isBlank()) {
                return;
            }
            for (String line : fonts.wrap(text, font, size, width)) {
                need(size * 1.4f);
                y -= size * 1.4f;
                if (!line.isEmpty()) {
                    fonts.show(content, font, size, gray, x, y, line);
                }
            }
        }

        void text(String text) throws IOException {
            paragraph(text, fonts.regular, TEXT_SIZE, 0, LEFT, RIGHT - LEFT);
        }

        /** A label in bold on the left and its value beside it, wrapped in its column. */
        void fact(String label, String value) throws IOException {
            List<String> labelLines = fonts.wrap(label, fonts.bold, TEXT_SIZE, LABEL_WIDTH - 8);
            List<String> valueLines = fonts.wrap(value, fonts.regular, TEXT_SIZE, RIGHT - LEFT - LABEL_WIDTH);
            int lines = Math.max(labelLines.size(), valueLines.size());
            need(lines * LEADING);
            for (int i = 0; i < lines; i++) {
                y -= LEADING;
                if (i < labelLines.size() && !labelLines.get(i).isEmpty()) {
                    fonts.show(content, fonts.bold, TEXT_SIZE, 0.15f, LEFT, y, labelLines.get(i));
                }
                if (i < valueLines.size() && !valueLines.get(i).isEmpty()) {
                    fonts.show(content, fonts.regular, TEXT_SIZE, 0, LEFT + LABEL_WIDTH, y, valueLines.get(i));
                }
            }
            y -= 2;
        }

        /** A heading in bold and a text indented under it, with a bar on its left like a quotation. */
        void block(String label, String text) throws IOException {
            need(LEADING * 2);
            paragraph(label, fonts.bold, TEXT_SIZE, 0.15f, LEFT, RIGHT - LEFT);
            float top = y;
            int page = document.getNumberOfPages();
            paragraph(text, fonts.regular, TEXT_SIZE, 0, LEFT + 14, RIGHT - LEFT - 14);
            if (y < top && page == document.getNumberOfPages()) {
                content.setStrokingColor(0.7f);
                content.setLineWidth(2f);
                content.moveTo(LEFT + 3, top - 2);
                content.lineTo(LEFT + 3, y - 3);
                content.stroke();
            }
            y -= 8;
        }
    }

    /**
     * Helvetica, which every viewer has, so nothing is embedded; it only knows WinAnsi characters
     * (é è à ç œ ’ « » – are there). As in the other PDFs of the app: foreign accents are dropped,
     * what still cannot be shown becomes '?', invisible controls disappear.
     */
    static final class Fonts {
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final Map<Integer, Boolean> known = new HashMap<>();

        String printable(String text) {
            return PdfText.printable(text, this::encodable, c -> PdfText.withoutAccents(c, this::encodable));
        }

        private boolean encodable(int c) {
            return known.computeIfAbsent(c, key -> {
                try {
                    regular.encode(new String(Character.toChars(key)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }

        float width(PDFont font, float size, String printable) throws IOException {
            return font.getStringWidth(printable) / 1000 * size;
        }

        void show(PDPageContentStream content, PDFont font, float size, float gray, float x, float y, String printable)
                throws IOException {
            content.beginText();
            content.setNonStrokingColor(gray);
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable);
            content.endText();
        }

        /** Word-wraps to a width; newlines start a new line, a word wider than the column is cut. */
        List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
            return PdfText.wrap(text, this::printable, part -> width(font, size, part), maxWidth);
        }
    }
}
