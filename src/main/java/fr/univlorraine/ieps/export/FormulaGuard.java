package fr.univlorraine.ieps.export;

/**
 * Keeps a candidate's text from running as a spreadsheet formula ("CSV injection", OWASP): a cell whose text
 * starts with {@code = + - @}, a tab or a carriage return gets a leading single quote, which Excel and
 * LibreOffice read as "this is text". One rule for both formats, so that a CSV and an XLSX of the same list
 * say the same thing.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** The text as it may safely sit in a cell; null stays null. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
