package fr.univlorraine.ieps.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text as the staff's search compares it: lower case, without accents, single spaces, so that "Éloïse LEFÈVRE" and
 * "eloise lefevre" are the same key. Dossiers keep their names and e-mail in this form beside the typed ones, and what
 * is typed in the search box is folded the same way. (Migration V16 folds the rows it fills with the same letters.)
 */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private SearchKey() {
    }

    /** The folded text; null for a null or blank one. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace('ø', 'o').replace('đ', 'd')
                .replace('ł', 'l').replace('ı', 'i');
        String folded = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return BLANKS.matcher(folded).replaceAll(" ");
    }

    /** The key of a person's name, family name first ("lefevre eloise"), as the results are sorted; null for none. */
    public static String ofName(String lastName, String firstName) {
        return of(Texts.join(" ", lastName, firstName));
    }
}
