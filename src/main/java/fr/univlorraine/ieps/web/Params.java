package fr.univlorraine.ieps.web;

import java.util.Arrays;

/** Numbers and names read from forms and query strings: a text that is not one reads as none. */
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

    /** The constant of that name, or null for no text or a name the type does not have. */
    public static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The number the text holds, or {@code otherwise}. */
    public static long number(String text, long otherwise) {
        Long number = number(text);
        return number == null ? otherwise : number;
    }
}
