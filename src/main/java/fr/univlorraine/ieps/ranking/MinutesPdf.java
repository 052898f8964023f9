package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.documents.PdfText;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.SymbolEncoding;

/**
 * The procès-verbal of a selection committee meeting: who sat, which conflicts of interest were
 * declared, the final ranking with the line of the places left, and every change made to the
 * ranking with its reason. Pure rendering: callers give every text already translated and
 * formatted, so the same class serves every language of the interface.
 */
public final class MinutesPdf {

    /** Every text already in the reader's language; the renderer translates nothing. */
    public record Labels(String title, String heldOn, String present, String noneDeclared, String conflicts,
            String ranking, String colRank, String colReference, String colCandidate, String colScore,
            String colSpread, String colReviews, String colRecommendations, String placesLine,
            String changes, String noChanges, String colWhen, String colWho, String colMove, String colReason,
            String page /* e.g. "Page %d / %d" */, String generatedAt /* e.g. "Document généré le %s" */) {}

    public record Conflict(String reviewer, String reference, String reason) {}

    /** score and spread already formatted ("14,25", "—" when none); placesLine true on the last row inside the places left. */
    public record Row(int rank, String reference, String candidate, String score, String spread, String reviews,
            String recommendations, boolean placesLine) {}

    public record Change(String when, String who, String move /* e.g. "IEPS-2027-M1-0003 : 5 → 2" */, String reason) {}

    public record Minutes(String programme /* e.g. "Master IEPS – M1 – campagne 2027-2028" */, String heldOn,
            List<String> present, List<Conflict> conflicts, List<Row> rows, List<Change> changes,
            String generatedAt, Labels labels) {}

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 50;
    private static final float RIGHT = A4.getWidth() - 50;
    private static final float TOP = A4.getHeight() - 56;
    /** Lowest point of the body: the footer lives below it. */
    private static final float BOTTOM = 60;
    private static final float FOOTER_BASELINE = 30;
    private static final float FOOTER_SIZE = 8;

    private static final float TITLE_SIZE = 16;
    private static final float HEADING_SIZE = 12;
    private static final float TEXT_SIZE = 10;
    private static final float TEXT_LEADING = TEXT_SIZE * 1.35f;
    private static final float LABEL_WIDTH = 130;
    private static final float VALUE_X = LEFT + LABEL_WIDTH + 12;
    private static final float BULLET_INDENT = 10;

    private static final float CELL_SIZE = 8.5f;
    private static final float CELL_LEADING = CELL_SIZE * 1.25f;
    private static final float CELL_PADDING = 3;

    private MinutesPdf() {}

    /** Writes the minutes; returns the number of pages. */
    public static int write(Minutes minutes, OutputStream out) throws IOException {
        Objects.requireNonNull(minutes, "minutes");
        Labels labels = Objects.requireNonNull(minutes.labels(), "minutes.labels");
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts();
            try (Writer writer = new Writer(document, fonts)) {
                opening(writer, minutes, labels);
                conflicts(writer, minutes, labels);
                ranking(writer, minutes, labels);
                changes(writer, minutes, labels);
            }
            // Only now is the total known that "Page n / total" needs.
            addFooters(document, fonts, labels, minutes.generatedAt());
            describe(document, minutes, labels);
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    // ---- sections

    private static void opening(Writer w, Minutes minutes, Labels labels) throws IOException {
        w.paragraph(labels.title(), w.fonts.bold, TITLE_SIZE, 0, LEFT, RIGHT - LEFT);
        w.down(2);
        w.paragraph(minutes.programme(), w.fonts.regular, 12, 0.2f, LEFT, RIGHT - LEFT);
        w.down(6);
        w.rule(LEFT, RIGHT, 0.8f, 0.5f);
        w.down(8);

        w.field(labels.heldOn(), List.of(orEmpty(minutes.heldOn())), false, 0);
        w.down(4);
        List<String> present = nonBlank(minutes.present());
        if (present.isEmpty()) {
            w.field(labels.present(), List.of(orEmpty(labels.noneDeclared())), false, 0.4f);
        } else {
            w.field(labels.present(), present, true, 0);
        }
    }

    private static void conflicts(Writer w, Minutes minutes, Labels labels) throws IOException {
        w.heading(labels.conflicts());
        List<Conflict> conflicts = orEmptyList(minutes.conflicts()).stream().filter(Objects::nonNull).toList();
        if (conflicts.isEmpty()) {
            w.paragraph(labels.noneDeclared(), w.fonts.regular, TEXT_SIZE, 0.4f, LEFT, RIGHT - LEFT);
            return;
        }
        for (Conflict conflict : conflicts) {
            w.bullet(joinDash(conflict.reviewer(), conflict.reference(), conflict.reason()), LEFT, RIGHT - LEFT);
            w.down(2);
        }
    }

    private static void ranking(Writer w, Minutes minutes, Labels labels) throws IOException {
        w.heading(labels.ranking());
        // Points out of the 495 between the margins: a reference, and "Évaluations" in bold, fit on one line.
        Table table = new Table(w, List.of(
                new Column(labels.colRank(), 30, Align.RIGHT),
                new Column(labels.colReference(), 90, Align.LEFT),
                new Column(labels.colCandidate(), 116, Align.LEFT),
                new Column(labels.colScore(), 36, Align.RIGHT),
                new Column(labels.colSpread(), 36, Align.RIGHT),
                new Column(labels.colReviews(), 58, Align.CENTER),
                new Column(labels.colRecommendations(), 129, Align.LEFT)));
        table.open();
        for (Row row : orEmptyList(minutes.rows())) {
            if (row == null) {
                continue;
            }
            List<String> cells = List.of(String.valueOf(row.rank()), orEmpty(row.reference()),
                    orEmpty(row.candidate()), orEmpty(row.score()), orEmpty(row.spread()), orEmpty(row.reviews()),
                    orEmpty(row.recommendations()));
            if (row.placesLine()) {
                // The last admitted row and the line under it belong together on the same page.
                table.row(cells, table.markerHeight(labels.placesLine()));
                table.marker(labels.placesLine());
            } else {
                table.row(cells, 0);
            }
        }
        table.close();
    }

    private static void changes(Writer w, Minutes minutes, Labels labels) throws IOException {
        w.heading(labels.changes());
        List<Change> changes = orEmptyList(minutes.changes()).stream().filter(Objects::nonNull).toList();
        if (changes.isEmpty()) {
            w.paragraph(labels.noChanges(), w.fonts.regular, TEXT_SIZE, 0.4f, LEFT, RIGHT - LEFT);
            return;
        }
        Table table = new Table(w, List.of(
                new Column(labels.colWhen(), 78, Align.LEFT),
                new Column(labels.colWho(), 92, Align.LEFT),
                new Column(labels.colMove(), 125, Align.LEFT),
                new Column(labels.colReason(), 200, Align.LEFT)));
        table.open();
        for (Change change : changes) {
            table.row(List.of(orEmpty(change.when()), orEmpty(change.who()), orEmpty(change.move()),
                    orEmpty(change.reason())), 0);
        }
        table.close();
    }

    // ---- footer and metadata

    private static void addFooters(PDDocument document, Fonts fonts, Labels labels, String generatedAt)
            throws IOException {
        int total = document.getNumberOfPages();
        String generated = fonts.printable(format(labels.generatedAt(), orEmpty(generatedAt)));
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            String pageText = fonts.printable(format(labels.page(), number, total));
            float pageWidth = fonts.width(fonts.regular, FOOTER_SIZE, pageText);
            // The generated-at text gets what the page number leaves; a too long one is cut, not overlapped.
            List<String> left = fonts.wrap(generated, fonts.regular, FOOTER_SIZE, RIGHT - LEFT - pageWidth - 12);
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true)) {
                content.setStrokingColor(0.6f);
                content.setLineWidth(0.5f);
                content.moveTo(LEFT, FOOTER_BASELINE + 11);
                content.lineTo(RIGHT, FOOTER_BASELINE + 11);
                content.stroke();
                fonts.show(content, fonts.regular, FOOTER_SIZE, 0.35f, LEFT, FOOTER_BASELINE, left.get(0));
                fonts.show(content, fonts.regular, FOOTER_SIZE, 0.35f, RIGHT - pageWidth, FOOTER_BASELINE, pageText);
            }
        }
    }

    private static void describe(PDDocument document, Minutes minutes, Labels labels) {
        PDDocumentInformation info = new PDDocumentInformation();
        // Metadata strings are stored as UTF-16 when needed: no WinAnsi restriction here.
        info.setTitle(joinDash(labels.title(), minutes.programme()));
        info.setSubject(orEmpty(minutes.heldOn()));
        info.setCreationDate(Calendar.getInstance());
        document.setDocumentInformation(info);
    }

    /**
     * The patterns come from translation files: a translator's typo ("Page %d / %s" is fine,
     * "Page {0}" is not) must not lose the whole document, only the decoration around the values.
     */
    private static String format(String pattern, Object... values) {
        String plain = Stream.of(values).map(String::valueOf).collect(Collectors.joining(" / "));
        if (pattern == null || pattern.isBlank()) {
            return plain;
        }
        try {
            return String.format(Locale.ROOT, pattern, values);
        } catch (IllegalFormatException e) {
            return pattern + " " + plain;
        }
    }

    private static String joinDash(String... pieces) {
        return Stream.of(pieces).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" — "));
    }

    private static List<String> nonBlank(List<String> texts) {
        return orEmptyList(texts).stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static <T> List<T> orEmptyList(List<T> list) {
        return list == null ? List.of() : list;
    }

    // ---- drawing

    @FunctionalInterface
    private interface PageStart {
        void draw() throws IOException;
    }

    /**
     * Draws downwards from a cursor and opens a new page when the next piece would run into the
     * footer. A content stream is open for the current page only.
     */
    private static final class Writer implements Closeable {
        final Fonts fonts;
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;
        /** Drawn at the top of each new page while a table is open, so its header repeats. */
        private PageStart pageStart;

        Writer(PDDocument document, Fonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
            if (pageStart != null) {
                pageStart.draw();
            }
        }

        float y() {
            return y;
        }

        void down(float height) {
            y -= height;
        }

        boolean fits(float height) {
            return y - height >= BOTTOM;
        }

        void need(float height) throws IOException {
            if (!fits(height)) {
                newPage();
            }
        }

        /** One line box of the given leading; the baseline sits at its bottom, as in DossierPdf. */
        float nextLine(float leading) throws IOException {
            need(leading);
            y -= leading;
            return y;
        }

        void text(float x, float baseline, PDFont font, float size, float gray, String printable) throws IOException {
            if (!printable.isEmpty()) {
                fonts.show(content, font, size, gray, x, baseline, printable);
            }
        }

        void rule(float from, float to, float width, float gray) throws IOException {
            line(from, to, y, width, gray);
        }

        void line(float from, float to, float atY, float width, float gray) throws IOException {
            content.setStrokingColor(gray);
            content.setLineWidth(width);
            content.moveTo(from, atY);
            content.lineTo(to, atY);
            content.stroke();
        }

        void fill(float x, float bottom, float width, float height, float gray) throws IOException {
            content.setNonStrokingColor(gray);
            content.addRect(x, bottom, width, height);
            content.fill();
        }

        /** A wrapped paragraph; long ones simply continue on the next page. */
        void paragraph(String text, PDFont font, float size, float gray, float x, float width) throws IOException {
            if (text == null || text.isBlank()) {
                return;
            }
            for (String line : fonts.wrap(text, font, size, width)) {
                text(x, nextLine(size * 1.35f), font, size, gray, line);
            }
        }

        void bullet(String text, float x, float width) throws IOException {
            List<String> lines = fonts.wrap(text, fonts.regular, TEXT_SIZE, width - BULLET_INDENT);
            for (int i = 0; i < lines.size(); i++) {
                float baseline = nextLine(TEXT_LEADING);
                if (i == 0) {
                    text(x, baseline, fonts.regular, TEXT_SIZE, 0.3f, "•");
                }
                text(x + BULLET_INDENT, baseline, fonts.regular, TEXT_SIZE, 0, lines.get(i));
            }
        }

        /** A bold label on the left and its value(s) beside it, one item per line when there are several. */
        void field(String label, List<String> values, boolean bullets, float valueGray) throws IOException {
            float valueWidth = RIGHT - VALUE_X - (bullets ? BULLET_INDENT : 0);
            List<String> labelLines = fonts.wrap(label, fonts.bold, TEXT_SIZE, LABEL_WIDTH);
            List<String> valueLines = new ArrayList<>();
            List<Boolean> itemStarts = new ArrayList<>();
            for (String value : values) {
                List<String> lines = fonts.wrap(value, fonts.regular, TEXT_SIZE, valueWidth);
                for (int i = 0; i < lines.size(); i++) {
                    valueLines.add(lines.get(i));
                    itemStarts.add(i == 0);
                }
            }
            float valueX = VALUE_X + (bullets ? BULLET_INDENT : 0);
            for (int i = 0; i < Math.max(labelLines.size(), valueLines.size()); i++) {
                float baseline = nextLine(TEXT_LEADING);
                if (i < labelLines.size()) {
                    text(LEFT, baseline, fonts.bold, TEXT_SIZE, 0.25f, labelLines.get(i));
                }
                if (i < valueLines.size()) {
                    if (bullets && itemStarts.get(i)) {
                        text(VALUE_X, baseline, fonts.regular, TEXT_SIZE, 0.3f, "•");
                    }
                    text(valueX, baseline, fonts.regular, TEXT_SIZE, valueGray, valueLines.get(i));
                }
            }
        }

        void heading(String title) throws IOException {
            down(16);
            List<String> lines = fonts.wrap(title, fonts.bold, HEADING_SIZE, RIGHT - LEFT);
            // A heading alone at the bottom of a page would be separated from what it announces.
            need(lines.size() * HEADING_SIZE * 1.3f + 10 + 4 * TEXT_LEADING);
            for (String line : lines) {
                text(LEFT, nextLine(HEADING_SIZE * 1.3f), fonts.bold, HEADING_SIZE, 0, line);
            }
            down(4);
            rule(LEFT, RIGHT, 0.6f, 0.6f);
            down(4);
        }

        @Override
        public void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }

    private enum Align { LEFT, RIGHT, CENTER }

    private record Column(String label, float width, Align align) {}

    /**
     * A table whose cells wrap inside their column. A row stays on one page unless it is taller
     * than a page by itself; the header is repeated on every page the table reaches.
     */
    private static final class Table {
        private final Writer w;
        private final Fonts fonts;
        private final List<Column> columns;
        private final float[] x;
        private final List<List<String>> headerCells;
        private final float headerHeight;

        Table(Writer w, List<Column> columns) throws IOException {
            this.w = w;
            this.fonts = w.fonts;
            this.columns = columns;
            this.x = new float[columns.size() + 1];
            // The given widths are proportions of the space between the margins.
            float total = (float) columns.stream().mapToDouble(Column::width).sum();
            x[0] = LEFT;
            for (int i = 0; i < columns.size(); i++) {
                x[i + 1] = x[i] + columns.get(i).width() / total * (RIGHT - LEFT);
            }
            x[columns.size()] = RIGHT;
            this.headerCells = wrapCells(columns.stream().map(Column::label).map(MinutesPdf::orEmpty).toList(),
                    fonts.bold);
            this.headerHeight = height(lineCount(headerCells));
        }

        void open() throws IOException {
            // The header and at least one row must fit below the heading, else both move on.
            w.need(headerHeight + height(2));
            header();
            w.pageStart = this::header;
        }

        void close() {
            w.pageStart = null;
        }

        /** keepWith: height of what must stay on the same page as this row (the places line). */
        void row(List<String> values, float keepWith) throws IOException {
            List<List<String>> cells = wrapCells(values, fonts.regular);
            int lines = lineCount(cells);
            float full = height(lines) + keepWith;
            if (!w.fits(full) && full <= TOP - BOTTOM - headerHeight) {
                w.newPage();
            }
            int from = 0;
            while (from < lines) {
                int fitting = (int) Math.floor((w.y() - BOTTOM - 2 * CELL_PADDING) / CELL_LEADING + 1e-3);
                if (fitting < 1) {
                    w.newPage();
                    continue;
                }
                int to = Math.min(lines, from + fitting);
                drawLines(cells, fonts.regular, 0, from, to);
                w.down(height(to - from));
                w.rule(LEFT, RIGHT, 0.4f, 0.8f);
                from = to;
            }
        }

        float markerHeight(String label) throws IOException {
            return 4 + fonts.wrap(label, fonts.bold, CELL_SIZE, RIGHT - LEFT).size() * CELL_LEADING + 4;
        }

        /** The line of the places left: a heavy rule across the table with its label under it. */
        void marker(String label) throws IOException {
            w.need(markerHeight(label));
            w.rule(LEFT, RIGHT, 1.6f, 0.1f);
            w.down(2);
            for (String line : fonts.wrap(label, fonts.bold, CELL_SIZE, RIGHT - LEFT - 2 * CELL_PADDING)) {
                w.text(LEFT + CELL_PADDING, w.nextLine(CELL_LEADING), fonts.bold, CELL_SIZE, 0.1f, line);
            }
            w.down(6);
        }

        private void header() throws IOException {
            int lines = lineCount(headerCells);
            w.fill(LEFT, w.y() - headerHeight, RIGHT - LEFT, headerHeight, 0.9f);
            drawLines(headerCells, fonts.bold, 0.15f, 0, lines);
            w.down(headerHeight);
            w.rule(LEFT, RIGHT, 0.8f, 0.4f);
        }

        private void drawLines(List<List<String>> cells, PDFont font, float gray, int from, int to)
                throws IOException {
            float top = w.y() - CELL_PADDING;
            // Centres the capitals (0.72 em for Helvetica) in each line box.
            float firstBaseline = top - (CELL_LEADING + 0.72f * CELL_SIZE) / 2;
            for (int line = from; line < to; line++) {
                float baseline = firstBaseline - (line - from) * CELL_LEADING;
                for (int c = 0; c < cells.size(); c++) {
                    List<String> cell = cells.get(c);
                    if (line >= cell.size() || cell.get(line).isEmpty()) {
                        continue;
                    }
                    String text = cell.get(line);
                    float textWidth = fonts.width(font, CELL_SIZE, text);
                    float left = x[c] + CELL_PADDING;
                    float room = x[c + 1] - x[c] - 2 * CELL_PADDING;
                    float at = switch (columns.get(c).align()) {
                        case LEFT -> left;
                        case RIGHT -> left + room - textWidth;
                        case CENTER -> left + (room - textWidth) / 2;
                    };
                    w.text(at, baseline, font, CELL_SIZE, gray, text);
                }
            }
        }

        private List<List<String>> wrapCells(List<String> values, PDFont font) throws IOException {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String value = c < values.size() ? values.get(c) : "";
                cells.add(fonts.wrap(value, font, CELL_SIZE, x[c + 1] - x[c] - 2 * CELL_PADDING));
            }
            return cells;
        }

        private static int lineCount(List<List<String>> cells) {
            return Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
        }

        private static float height(int lines) {
            return 2 * CELL_PADDING + lines * CELL_LEADING;
        }
    }

    // ---- text

    /**
     * Helvetica, which every viewer has, so nothing is embedded; it only knows WinAnsi characters.
     * Same idea as DossierPdf's, plus the Symbol font for the arrows of the change log.
     */
    static final class Fonts {
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        /**
         * Arrows, Greek letters and maths signs, which WinAnsi lacks: "5 → 2" must not read "5 ? 2".
         * Created on first use: on a machine without a Symbol font PDFBox logs a warning for each one
         * created (only its own rendering needs the outlines; the PDF refers to the font by name).
         */
        private PDFont symbol;
        private final Map<Integer, Boolean> inHelvetica = new HashMap<>();
        private final Map<Integer, Boolean> inSymbol = new HashMap<>();

        /** Letters that carry no separable accent, so that Łukasz reads Lukasz rather than ?ukasz. */
        private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
                Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"),
                Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"),
                Map.entry((int) 'Ħ', "H"), Map.entry((int) 'ħ', "h"),
                Map.entry((int) 'Ŧ', "T"), Map.entry((int) 'ŧ', "t"),
                Map.entry((int) 'ı', "i"),
                Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "–"));

        /**
         * One line of text the fonts can show: PDFBox throws on a character they cannot encode,
         * and names and reasons come from anywhere. Foreign accents are dropped (Dvořák → Dvorák),
         * what still cannot be shown (CJK, emoji) becomes '?', invisible controls disappear.
         */
        String printable(String text) {
            return PdfText.printable(text, this::inHelvetica, c -> {
                if (LOOK_ALIKES.containsKey(c)) {
                    return LOOK_ALIKES.get(c);
                }
                String base = withoutAccents(c);
                return base != null ? base : inSymbol(c) ? new String(Character.toChars(c)) : "?";
            });
        }

        /** The letter without its accents when that is something Helvetica can show, else null. */
        private String withoutAccents(int c) {
            String original = new String(Character.toChars(c));
            String decomposed = Normalizer.normalize(original, Normalizer.Form.NFKD);
            StringBuilder base = new StringBuilder();
            decomposed.codePoints()
                    .filter(d -> Character.getType(d) != Character.NON_SPACING_MARK)
                    .forEach(base::appendCodePoint);
            boolean usable = base.length() > 0 && !base.toString().equals(original)
                    && base.codePoints().allMatch(this::inHelvetica);
            return usable ? base.toString() : null;
        }

        private boolean inHelvetica(int c) {
            return inHelvetica.computeIfAbsent(c, key -> {
                try {
                    regular.encode(new String(Character.toChars(key)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }

        /** The test PDType1Font.encode makes for a standard 14 font, without creating the font. */
        private boolean inSymbol(int c) {
            return inSymbol.computeIfAbsent(c, key -> {
                String name = GlyphList.getAdobeGlyphList().codePointToName(key);
                return !".notdef".equals(name) && SymbolEncoding.INSTANCE.contains(name);
            });
        }

        private PDFont symbol() {
            if (symbol == null) {
                symbol = new PDType1Font(Standard14Fonts.FontName.SYMBOL);
            }
            return symbol;
        }

        /** Width of printable text, measuring Symbol characters with the Symbol font. */
        float width(PDFont font, float size, String printable) throws IOException {
            float width = 0;
            for (Run run : runs(printable)) {
                width += (run.symbol() ? symbol() : font).getStringWidth(run.text()) / 1000 * size;
            }
            return width;
        }

        void show(PDPageContentStream content, PDFont font, float size, float gray, float x, float y,
                String printable) throws IOException {
            content.beginText();
            content.setNonStrokingColor(gray);
            content.newLineAtOffset(x, y);
            // Each showText advances the text position, so runs in different fonts follow each other.
            for (Run run : runs(printable)) {
                content.setFont(run.symbol() ? symbol() : font, size);
                content.showText(run.text());
            }
            content.endText();
        }

        private record Run(boolean symbol, String text) {}

        private List<Run> runs(String printable) {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean currentSymbol = false;
            for (int i = 0; i < printable.length(); i++) {
                char c = printable.charAt(i);
                boolean isSymbol = !inHelvetica(c);
                if (isSymbol != currentSymbol && current.length() > 0) {
                    runs.add(new Run(currentSymbol, current.toString()));
                    current.setLength(0);
                }
                currentSymbol = isSymbol;
                current.append(c);
            }
            if (current.length() > 0) {
                runs.add(new Run(currentSymbol, current.toString()));
            }
            return runs;
        }

        /** Word-wraps text to a width; newlines in the text start a new line, over-long words are cut. */
        List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
            return PdfText.wrap(text, this::printable, part -> width(font, size, part), maxWidth);
        }

        /** Printable text holds BMP characters only (WinAnsi, Symbol, '?'), so a char is a character. */
    }
}
