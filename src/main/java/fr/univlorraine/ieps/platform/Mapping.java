package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.kernel.SearchKey;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a file fills each field of the app (by the column's header), and, for a status file, which outcome
 * each of the platform's words means (a word mapped to nothing leaves the outcome as it is). Stored as text, one
 * "key=value" line each.
 */
public record Mapping(Map<MappingField, String> columns, Map<String, PlatformOutcome> words) {

    public static final Mapping NONE = new Mapping(Map.of(), Map.of());

    /** The header of the field's column, or null when the file has none for it. */
    public String column(MappingField field) {
        return columns.get(field);
    }

    /** Whether the platform's word is mapped (to an outcome, or to leaving the outcome as it is). */
    public boolean knows(String word) {
        return words.keySet().stream().anyMatch(w -> same(w, word));
    }

    /** The outcome the platform's word means; empty when it leaves the outcome as it is. */
    public Optional<PlatformOutcome> outcome(String word) {
        return words.entrySet().stream().filter(e -> same(e.getKey(), word)).findFirst().map(Map.Entry::getValue);
    }

    /** The same word of the platform, whatever its case, accents and spaces. */
    static boolean same(String a, String b) {
        return String.valueOf(SearchKey.of(a)).equals(String.valueOf(SearchKey.of(b)));
    }

    public String columnsText() {
        StringBuilder text = new StringBuilder();
        columns.forEach((field, header) -> text.append(field.name()).append('=').append(oneLine(header)).append('\n'));
        return text.toString();
    }

    public String wordsText() {
        StringBuilder text = new StringBuilder();
        words.forEach((word, outcome) -> text.append(oneLine(word).replace("=", " ")).append('=')
                .append(outcome == null ? "" : outcome.name()).append('\n'));
        return text.toString();
    }

    /** Whether both texts fit their columns (4,000 characters). */
    public boolean fits() {
        return columnsText().length() <= 4000 && wordsText().length() <= 4000;
    }

    public static Mapping of(String columnsText, String wordsText) {
        Map<MappingField, String> columns = new EnumMap<>(MappingField.class);
        for (String line : lines(columnsText)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                try {
                    columns.put(MappingField.valueOf(line.substring(0, eq)), line.substring(eq + 1));
                } catch (IllegalArgumentException gone) {
                    // a field a later version no longer has
                }
            }
        }
        Map<String, PlatformOutcome> words = new LinkedHashMap<>();
        for (String line : lines(wordsText)) {
            int eq = line.lastIndexOf('=');
            if (eq >= 0) {
                String outcome = line.substring(eq + 1);
                try {
                    words.put(line.substring(0, eq), outcome.isEmpty() ? null : PlatformOutcome.valueOf(outcome));
                } catch (IllegalArgumentException gone) {
                    // an outcome a later version no longer has: the word is asked again
                }
            }
        }
        return new Mapping(columns, words);
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\n");
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
