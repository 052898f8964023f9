package fr.univlorraine.ieps.platform;

import java.util.List;

/**
 * What confirming would write, and every problem that stops it: the rows to write (in the file's order), how many
 * dossiers would be created, updated, or left as they are (a status file's rows whose word leaves the outcome).
 */
public record ImportPreview(ImportKind kind, int fileRows, List<ImportRow> rows, List<ImportProblem> problems) {

    /** How many rows the page shows before the confirmation. */
    public static final int SHOWN = 10;

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<ImportRow> firstRows() {
        return rows.subList(0, Math.min(SHOWN, rows.size()));
    }

    public long created() {
        return kind == ImportKind.CANDIDATES ? rows.stream().filter(r -> !r.updates()).count() : 0;
    }

    public long updated() {
        return kind == ImportKind.CANDIDATES ? rows.stream().filter(ImportRow::updates).count()
                : rows.stream().filter(r -> r.outcome() != null).count();
    }

    public long leftAsIs() {
        return kind == ImportKind.OUTCOMES ? rows.stream().filter(r -> r.outcome() == null).count() : 0;
    }
}
