package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * Text for the standard PDF fonts, shared by every PDF the app writes (dossier, minutes, letters): what
 * a font can print, and paragraphs wrapped to a column. The fonts encode WinAnsi only, so anything else
 * is replaced rather than left to fail in PDFBox.
 */
public final class PdfText {

    /** The width of printable text in the font and size of the caller. */
    @FunctionalInterface
    public interface Measure {
        float width(String printable) throws IOException;
    }

    private PdfText() {
    }

    /**
     * The text as the font can print it: composed (NFC); French no-break spaces kept, so that « guillemets »
     * stay with their word; other spaces as plain spaces; invisible characters (zero-width, bidi marks, soft
     * hyphens, BOM) dropped; what the font encodes kept; anything else given to {@code fallback}.
     */
    public static String printable(String text, IntPredicate encodable, IntFunction<String> fallback) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(c -> {
            if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2060') {
                out.append('\u00A0');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
                // nothing to show
            } else if (encodable.test(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(fallback.apply(c));
            }
        });
        return out.toString();
    }

    /** The letter without its accents when the font can print that, else "?" ("ő" → "o", "あ" → "?"). */
    public static String withoutAccents(int c, IntPredicate encodable) {
        String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD).codePoints()
                .filter(d -> Character.getType(d) != Character.NON_SPACING_MARK)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        boolean usable = !base.isEmpty() && base.codePoints().allMatch(encodable);
        return usable ? base : "?";
    }

    /**
     * Word-wraps to a width: each line break of the text starts a new line, and a word wider than the
     * column (a URL, a pasted identifier, a file name) is cut where it overflows.
     */
    public static List<String> wrap(String text, UnaryOperator<String> printable, Measure measure, float maxWidth)
            throws IOException {
        List<String> lines = new ArrayList<>();
        float space = measure.width(" ");
        for (String paragraph : (text == null ? "" : text).split("\r\n|\r|\n|\u2028|\u2029", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : printable.apply(paragraph).split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = measure.width(word);
                if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (wordWidth > maxWidth && word.length() > 1) {
                    int cut = fittingPrefix(word, measure, maxWidth);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    wordWidth = measure.width(word);
                }
                line.append(word);
                lineWidth = wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many first characters of the word fit the width; at least one, so that wrapping always moves on. */
    private static int fittingPrefix(String word, Measure measure, float maxWidth) throws IOException {
        float used = 0;
        for (int i = 0; i < word.length(); i++) {
            used += measure.width(word.substring(i, i + 1));
            if (used > maxWidth) {
                return Math.max(i, 1);
            }
        }
        return word.length();
    }
}
