package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.export.ExportTable.Kind;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every column an export can carry: what it holds and a width in characters wide enough for most values. Each list
 * offers some of them, in its own order ({@link ExportList#columns}); a column is named in a request or a preset by
 * its constant's name, and its header is {@link ExportMessages#column}.
 */
public enum ExportColumn {
    RANK(Kind.NUMBER, 8),
    REFERENCE(Kind.TEXT, 18),
    LEVEL(Kind.TEXT, 10),
    LAST_NAME(Kind.TEXT, 22),
    FIRST_NAME(Kind.TEXT, 18),
    EMAIL(Kind.TEXT, 32),
    PHONE(Kind.TEXT, 18),
    ROUTE(Kind.TEXT, 20),
    VAP_ROUTE(Kind.TEXT, 6),
    FUNDING(Kind.TEXT, 24),
    STATUS(Kind.TEXT, 16),
    ACCEPTED_AT(Kind.DATE_TIME, 17),
    ENROLLED(Kind.TEXT, 10),
    PUBLISHED_RANK(Kind.NUMBER, 8),
    SUBMITTED_AT(Kind.DATE_TIME, 17),
    UPDATED_AT(Kind.DATE_TIME, 17),
    OFFERED_AT(Kind.DATE_TIME, 17),
    OFFER_DEADLINE(Kind.DATE_TIME, 17),
    SHEET_COMPLETED_AT(Kind.DATE_TIME, 17),
    CIVILITY(Kind.TEXT, 10),
    BIRTH_DATE(Kind.DATE, 12, true),
    BIRTH_PLACE(Kind.TEXT, 24, true),
    NATIONALITY(Kind.TEXT, 18),
    STREET(Kind.TEXT, 32),
    POSTAL_CODE(Kind.TEXT, 10),
    CITY(Kind.TEXT, 20),
    COUNTRY(Kind.TEXT, 16),
    INE(Kind.TEXT, 13, true),
    LAST_DIPLOMA(Kind.TEXT, 30),
    LAST_DIPLOMA_INSTITUTION(Kind.TEXT, 30),
    LAST_DIPLOMA_YEAR(Kind.NUMBER, 8);

    public final Kind kind;
    public final int width;
    /**
     * Identity numbers (the INE, the birth date and place): a list carries them only when the person ticks them, since
     * most uses of a list (mailing, the committee, a room plan) need none of them.
     */
    public final boolean onRequest;

    ExportColumn(Kind kind, int width) {
        this(kind, width, false);
    }

    ExportColumn(Kind kind, int width, boolean onRequest) {
        this.kind = kind;
        this.width = width;
        this.onRequest = onRequest;
    }

    /** The column of that exact name, if there is one. */
    public static Optional<ExportColumn> named(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
