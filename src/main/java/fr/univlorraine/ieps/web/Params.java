package fr.univlorraine.ieps.web;

/** Numbers read from forms and query strings: a text that is not a whole number reads as none. */
public final class Params {

    private Params() {
    }

    /** The number the text holds, or null for no text or anything but a number. */
    public static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number the text holds, or {@code otherwise}. */
    public static long number(String text, long otherwise) {
        Long number = number(text);
        return number == null ? otherwise : number;
    }
}
