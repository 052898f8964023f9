package fr.univlorraine.ieps.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Values of the candidate's forms as the page writes them: texts, numbers and dates typed, boxes ticked ("on"), and
 * repeated fields as the columns of a table, one value a line.
 */
final class FormValues {

    static final int MAX_LINES = 15;

    private FormValues() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String trim(String value) {
        return blank(value) ? null : value.trim();
    }

    /** A text area's value: Windows line ends made "\n", trimmed. */
    static String longText(String value) {
        return value == null ? null : value.replace("\r\n", "\n").trim();
    }

    static Integer year(String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The constant of this name, or null. */
    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    static boolean ticked(String checkbox) {
        return "on".equals(checkbox);
    }

    static String box(boolean ticked) {
        return ticked ? "on" : null;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A column that lines may be added to or removed from. */
    static <T> List<String> column(List<T> values, Function<T, String> value) {
        return values == null ? new ArrayList<>()
                : values.stream().map(value).collect(Collectors.toCollection(ArrayList::new));
    }

    static String at(List<String> column, int line) {
        return line < column.size() ? column.get(line) : null;
    }

    /** The lines of a table, as many as its first column has: at least one to fill, at most {@link #MAX_LINES}. */
    static <R> List<R> lines(List<String> first, IntFunction<R> line) {
        return IntStream.range(0, Math.max(1, Math.min(first.size(), MAX_LINES))).mapToObj(line).toList();
    }

    static void addLine(List<String> first) {
        if (first.size() < MAX_LINES) {
            first.add(null);
        }
    }

    /** Removes a line from every column; false when the table has no such line. */
    @SafeVarargs
    static boolean removeLine(int line, int lines, List<String>... columns) {
        if (line < 0 || line >= lines) {
            return false;
        }
        for (List<String> column : columns) {
            if (line < column.size()) {
                column.remove(line);
            }
        }
        return true;
    }
}
