package fr.univlorraine.ieps.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The header and the cells of a list in the language of the file, for the columns chosen. A cell is text (String), a
 * whole number (Integer), a day (LocalDate), an instant (shown in Paris time) or empty (null); the writers decide how
 * each looks.
 */
public final class ExportTable {

    public enum Kind { TEXT, NUMBER, DATE, DATE_TIME }

    /** A column: its header, what it holds, and a width in characters wide enough for most values. */
    public record Column(String header, Kind kind, int width) {
    }

    private ExportTable() {
    }

    /** The header of these columns, in their order. */
    public static List<Column> columns(List<ExportColumn> chosen, ExportLabels l) {
        return chosen.stream().map(c -> {
            String header = l.exp.column(c);
            int width = switch (c.kind) {
                case TEXT -> Math.max(c.width, header.length() + 2);
                case NUMBER -> Math.max(8, header.length() + 2);
                case DATE -> Math.max(12, header.length() + 2);
                case DATE_TIME -> Math.max(17, header.length() + 2);
            };
            return new Column(header, c.kind, width);
        }).toList();
    }

    /** The cells of a row for these columns, in their order (an ArrayList, since List.of refuses an empty cell's null). */
    public static List<Object> cells(ExportRows.Row row, List<ExportColumn> chosen, ExportLabels l) {
        List<Object> cells = new ArrayList<>(chosen.size());
        for (ExportColumn column : chosen) {
            cells.add(row.cell(column, l));
        }
        return cells;
    }
}
