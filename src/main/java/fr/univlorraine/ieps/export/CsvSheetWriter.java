package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.kernel.AppClock;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as French Excel opens it by a double click: UTF-8 with a byte order mark (without it Excel reads the file
 * as Windows-1252 and mangles the accents), fields separated by {@code ;} (French Excel's list separator, since
 * {@code ,} is its decimal separator), lines ended by CRLF, quotes only where a field needs them. Dates in Paris
 * time in the form Excel recognises in the file's language.
 */
final class CsvSheetWriter implements SheetWriter {

    static final char BOM = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final CSVPrinter printer;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter days;

    CsvSheetWriter(OutputStream out, ExportLabels labels) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(BOM);
        this.printer = new CSVPrinter(writer, FORMAT);
        this.dates = labels.french() ? FRENCH : ENGLISH;
        this.days = labels.french() ? FRENCH_DAY : ENGLISH_DAY;
    }

    @Override
    public void header(List<ExportTable.Column> columns) throws IOException {
        printer.printRecord(columns.stream().map(c -> FormulaGuard.neutralise(c.header())).toList());
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        List<String> fields = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            if (cell == null) {
                fields.add("");
            } else if (cell instanceof Instant instant) {
                fields.add(dates.format(instant.atZone(AppClock.PARIS)));
            } else if (cell instanceof LocalDate day) {
                fields.add(days.format(day));
            } else if (cell instanceof Number number) {
                fields.add(number.toString());
            } else {
                fields.add(FormulaGuard.neutralise(cell.toString()));
            }
        }
        printer.printRecord(fields);
    }

    /** A CSV file is one table: a second list goes to its own file. */
    @Override
    public boolean manySheets() {
        return false;
    }

    /** Never called: callers ask {@link #manySheets()} first, and a CSV file answers no. */
    @Override
    public void nextSheet(String sheetName, List<ExportTable.Column> columns) {
        throw new IllegalStateException("a CSV file holds one table: ask manySheets() before starting another");
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        // the response stream is the container's to close
    }
}
