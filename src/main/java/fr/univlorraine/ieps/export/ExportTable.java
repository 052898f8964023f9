package fr.univlorraine.ieps.export;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of each list and the cells of a row, in the language of the file. A cell is text (String), a
 * whole number (Integer), an instant (shown in Paris time) or empty (null); the writers decide how each looks.
 */
public final class ExportTable {

    public enum Kind { TEXT, NUMBER, DATE_TIME }

    /** A column: its header, what it holds, and a width in characters wide enough for most values. */
    public record Column(String header, Kind kind, int width) {
    }

    private ExportTable() {
    }

    public static List<Column> columns(ExportList list, ExportLabels l) {
        var e = l.exp;
        return switch (list) {
            case ACCEPTED -> List.of(text(e.col_reference(), 18), text(e.col_level(), 10), text(e.col_last_name(), 22),
                    text(e.col_first_name(), 18), text(e.col_email(), 32), text(e.col_phone(), 18), text(e.col_route(), 20),
                    text(e.col_vap(), 6), text(e.col_status(), 16), date(e.col_accepted_at()), text(e.col_enrolled(), 10));
            case WAITLIST -> List.of(number(e.col_rank()), text(e.col_reference(), 18), text(e.col_last_name(), 22),
                    text(e.col_first_name(), 18), text(e.col_email(), 32), text(e.col_route(), 20), text(e.col_vap(), 6),
                    number(e.col_published_rank()));
            case APPLICATIONS -> List.of(text(e.col_reference(), 18), text(e.col_last_name(), 22),
                    text(e.col_first_name(), 18), text(e.col_email(), 32), text(e.col_route(), 20), text(e.col_vap(), 6),
                    text(e.col_funding(), 24), text(e.col_status(), 26), date(e.col_submitted_at()),
                    date(e.col_updated_at()));
        };
    }

    // Arrays.asList, since List.of refuses nulls and an empty cell is null

    public static List<Object> cells(ExportRows.Accepted r, ExportLabels l) {
        return Arrays.asList(r.reference(), l.level(r.level()), r.lastName(), r.firstName(), r.email(), r.phone(),
                l.route(r.entryRoute()), l.yesNo(r.vap()), l.status(r.status()), r.acceptedAt(), l.yesNo(r.enrolled()));
    }

    public static List<Object> cells(ExportRows.Waitlisted r, ExportLabels l) {
        return Arrays.asList(r.rank(), r.reference(), r.lastName(), r.firstName(), r.email(), l.route(r.entryRoute()),
                l.yesNo(r.vap()), r.publishedRank());
    }

    public static List<Object> cells(ExportRows.Any r, ExportLabels l) {
        return Arrays.asList(r.reference() == null ? l.exp.no_reference() : r.reference(), r.lastName(), r.firstName(), r.email(),
                l.route(r.entryRoute()), l.yesNo(r.vap()), l.funding(r.funding(), r.fundingOther()), l.status(r.status()),
                r.submittedAt(), r.updatedAt());
    }

    private static Column text(String header, int width) {
        return new Column(header, Kind.TEXT, Math.max(width, header.length() + 2));
    }

    private static Column number(String header) {
        return new Column(header, Kind.NUMBER, Math.max(8, header.length() + 2));
    }

    private static Column date(String header) {
        return new Column(header, Kind.DATE_TIME, Math.max(17, header.length() + 2));
    }
}
