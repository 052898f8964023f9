package fr.univlorraine.ieps.kernel;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What people type, tidied the same way everywhere: blanks around a text, and a blank text, mean nothing. */
public final class Texts {

    private Texts() {
    }

    /** The text without its surrounding blanks; null for a null or blank one. */
    public static String stripToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The pieces that say something, stripped, joined by the separator: ("Ada", null, " Lovelace ") is "Ada Lovelace". */
    public static String join(String separator, String... pieces) {
        return Stream.of(pieces).map(Texts::stripToNull).filter(Objects::nonNull).collect(Collectors.joining(separator));
    }
}
