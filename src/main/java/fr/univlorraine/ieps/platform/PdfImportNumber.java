package fr.univlorraine.ieps.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform candidate number a file name carries: its longest run of digits ("MonMaster_2027_1234567_DUPONT.pdf"
 * gives 1234567). A name with no digits, or with two different runs of that longest length, names no one.
 */
final class PdfImportNumber {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private PdfImportNumber() {
    }

    /** The number, or null when the name carries none or is ambiguous ({@link #ambiguous}). */
    static String of(String fileName) {
        String longest = null;
        boolean tie = false;
        Matcher digits = DIGITS.matcher(baseName(fileName));
        while (digits.find()) {
            String run = digits.group();
            if (longest == null || run.length() > longest.length()) {
                longest = run;
                tie = false;
            } else if (run.length() == longest.length() && !run.equals(longest)) {
                tie = true;
            }
        }
        return tie ? null : longest;
    }

    /** Whether the name carries two different runs of digits of the longest length. */
    static boolean ambiguous(String fileName) {
        return of(fileName) == null && DIGITS.matcher(baseName(fileName)).find();
    }

    /** The name without its folders and its extension (".pdf" has no digits, but "x.pdf2" would). */
    private static String baseName(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
