package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * What is wrong with an uploaded file (it is refused whole), with a mapping, or with a row of the file (listed in the
 * preview, with its row number; nothing is written while one remains): {@link ImportMessages#error}.
 */
public enum ImportError implements Localizable {
    // the file
    FILE_MISSING, FILE_TOO_LARGE, FILE_EMPTY, FILE_NOT_A_SHEET, FILE_OLD_EXCEL, FILE_UNREADABLE, FILE_UNPACKS_TOO_LARGE,
    FILE_FORMULA, FILE_TOO_MANY_ROWS, FILE_TOO_MANY_COLUMNS, CELL_TOO_LONG, NO_HEADER, KIND_UNKNOWN, UPLOAD_GONE, CONCURRENT_CHANGE,
    // the mapping
    COLUMN_MISSING, COLUMN_TWICE, WORD_UNKNOWN,
    // a row
    VALUE_MISSING, NUMBER_INVALID, NUMBER_TWICE, DATE_INVALID, DATE_OUT_OF_RANGE, EMAIL_INVALID, ROUTE_UNKNOWN,
    ROUTE_NOT_ON_PLATFORM, NUMBER_UNKNOWN, OUTCOME_WORD_UNKNOWN, TOO_LONG;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ImportMessages.class, lang).error(this);
    }
}
