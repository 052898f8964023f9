package fr.univlorraine.ieps.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes one list, row after row, to a stream in one file format; {@link #close()} frees what it used. Public for the
 * other features that hand out a sheet (the ranking sent back to the national platform). */
public interface SheetWriter extends AutoCloseable {

    void header(List<ExportTable.Column> columns) throws IOException;

    void row(List<Object> cells) throws IOException;

    /** Whether the format holds more than one table in a file (a workbook's sheets). */
    boolean manySheets();

    /** Ends the current table and starts another, named, with its header; only where {@link #manySheets()}. */
    void nextSheet(String sheetName, List<ExportTable.Column> columns) throws IOException;

    /** Ends the file: after this the stream holds all of it. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;

    static SheetWriter of(ExportFormat format, OutputStream out, String sheetName, ExportLabels labels) throws IOException {
        return switch (format) {
            case CSV -> new CsvSheetWriter(out, labels);
            case XLSX -> new XlsxSheetWriter(out, sheetName, labels);
        };
    }
}
