package fr.univlorraine.ieps.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The cells of an uploaded file, as read: its header (each column's name, unique) and its rows below, each as long as
 * the header. Kept between the import's steps as UTF-8 CSV ({@link #bytes}, {@link #of(byte[])}).
 */
public record Sheet(List<String> headers, List<List<String>> rows) {

    /** The cell of a row (from 0) in a column (from 0); "" past its end. */
    public String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The row number a person sees in the file: the header is row 1, the first row below it row 2. */
    public static int shownRow(int row) {
        return row + 2;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Sheet of(byte[] stored) {
        try {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(new String(stored, StandardCharsets.UTF_8)))
                    .getRecords();
            List<String> headers = records.get(0).toList();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                rows.add(record.toList());
            }
            return new Sheet(headers, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
