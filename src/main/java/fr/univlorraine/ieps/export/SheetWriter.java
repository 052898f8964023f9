package fr.univlorraine.ieps.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes one list, row after row, to a stream in one file format; {@link #close()} frees what it used. */
interface SheetWriter extends AutoCloseable {

    void header(List<ExportTable.Column> columns) throws IOException;

    void row(List<Object> cells) throws IOException;

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
