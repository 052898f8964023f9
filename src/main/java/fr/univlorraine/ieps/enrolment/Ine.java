package fr.univlorraine.ieps.enrolment;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The national student identifier (INE, "identifiant national étudiant"): always 11 characters, digits and capital
 * letters, ending with a letter. The kinds in use all fit one shape, four digits, six digits or letters, a letter:
 * <ul>
 * <li>INE-BEA of pupils (printed on the baccalauréat transcript): ten digits and a letter until 2018, nine digits
 * and two letters since;</li>
 * <li>INE-RNIE (national register of identifiers), ten digits and a letter;</li>
 * <li>INE of apprentices, four digits, "A", five digits, a letter;</li>
 * <li>INE given by a university (INES/BCN): two digits of the académie, two of the year, six digits or letters (a
 * provisional one starts with "D"), a letter.</li>
 * </ul>
 * The final letter is a check key, but each kind computes it its own way and not all of them are published: checking
 * it would risk refusing a real number, on a field the candidate may leave empty and the secretariat verifies against
 * the national register at enrolment. So the shape is checked, not the key. Spaces typed between groups are dropped
 * and letters put in capitals.
 */
public final class Ine {

    static final int LENGTH = 11;
    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}[0-9A-Z]{6}[A-Z]");

    private Ine() {
    }

    /** The number as stored: without spaces, in capitals; null for nothing typed. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    /** Whether the typed text is an INE (nothing typed is fine: the field is optional). */
    public static boolean valid(String typed) {
        String ine = normalise(typed);
        return ine == null || ine.length() == LENGTH && SHAPE.matcher(ine).matches();
    }
}
