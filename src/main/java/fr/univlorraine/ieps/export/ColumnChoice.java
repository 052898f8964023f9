package fr.univlorraine.ieps.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a person chose for a list, read from names in a request or a preset: the list's own columns among them,
 * always in the list's order (a file reads the same whatever the order of the request), or what is wrong.
 */
public record ColumnChoice(List<ExportColumn> columns, UnknownColumn unknown) {

    public boolean ok() {
        return unknown == null && !columns.isEmpty();
    }

    /** The list's columns named, or the first name it does not offer; none named is an empty choice. */
    public static ColumnChoice of(ExportList list, List<String> names) {
        Set<ExportColumn> named = new HashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            ExportColumn column = ExportColumn.named(name).filter(list.columns::contains).orElse(null);
            if (column == null) {
                return new ColumnChoice(List.of(), new UnknownColumn(name, list));
            }
            named.add(column);
        }
        return new ColumnChoice(list.columns.stream().filter(named::contains).toList(), null);
    }

    /** The list's columns ticked until one chooses: all but the identity numbers, in its order. */
    public static ColumnChoice defaults(ExportList list) {
        return new ColumnChoice(list.defaultColumns(), null);
    }
}
