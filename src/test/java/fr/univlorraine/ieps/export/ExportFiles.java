package fr.univlorraine.ieps.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the exported files back, as a spreadsheet would: a CSV by Commons CSV, an XLSX by POI. */
final class ExportFiles {

    private ExportFiles() {
    }

    /** A parsed CSV: its header and its records; the file must start with the UTF-8 byte order mark. */
    record Csv(List<String> header, List<CSVRecord> records) {
    }

    static Csv csv(byte[] bytes) {
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 BOM");
        assertEquals((byte) 0xBB, bytes[1], "UTF-8 BOM");
        assertEquals((byte) 0xBF, bytes[2], "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return new Csv(parser.getHeaderNames(), parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook xlsx(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's rows as header → cell, text as shown; the header row excluded. */
    static List<Map<String, Cell>> rows(XSSFWorkbook workbook) {
        return rows(workbook, 0);
    }

    /** A sheet's rows as header → cell, the header row excluded. */
    static List<Map<String, Cell>> rows(XSSFWorkbook workbook, int index) {
        var sheet = workbook.getSheetAt(index);
        Row header = sheet.getRow(0);
        var formatter = new DataFormatter();
        List<Map<String, Cell>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                cells.put(formatter.formatCellValue(header.getCell(c)), row.getCell(c));
            }
            rows.add(cells);
        }
        return rows;
    }

    static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
