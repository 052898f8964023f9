package fr.univlorraine.ieps.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.configuration.MemorySize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's files as they come: CSV of either separator and encoding, workbooks, and hostile files refused. */
class SheetReaderTest {

    @TempDir
    Path dir;

    private Sheet read(byte[] content) throws SheetRefusal {
        try {
            Path file = Files.createTempFile(dir, "upload", ".bin");
            Files.write(file, content);
            SheetReader reader = new SheetReader();
            reader.maxSize = new MemorySize(BigInteger.valueOf(10L * 1024 * 1024));
            return reader.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportError refusal(byte[] content) {
        return assertThrows(SheetRefusal.class, () -> read(content)).error;
    }

    @Test
    void aCsvWithSemicolonsInUtf8WithItsMarkIsRead() throws SheetRefusal {
        Sheet sheet = read(("\uFEFFN° candidat;Nom;Prénom\r\n42;Lefèvre;\"Éloïse; Anne\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("N° candidat", "Nom", "Prénom"), sheet.headers());
        assertEquals(List.of(List.of("42", "Lefèvre", "Éloïse; Anne")), sheet.rows());
    }

    @Test
    void aCsvWithCommasInWindows1252IsRead() throws SheetRefusal {
        Sheet sheet = read("Numéro,Nom\n7,Bérénice Cœur\n".getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of("Numéro", "Nom"), sheet.headers());
        assertEquals("Bérénice Cœur", sheet.cell(0, 1));
    }

    @Test
    void blankAndRepeatedHeadersGetNamesAndBlankRowsKeepTheRowNumbers() throws SheetRefusal {
        Sheet sheet = read("Nom;;Nom\na;b;c\n\nd;e;f\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Nom", "B", "Nom (2)"), sheet.headers());
        assertEquals(3, sheet.rows().size(), "the blank row stays, so that 'd' is on row 4 as in the file");
        assertEquals("d", sheet.cell(2, 0));
    }

    @Test
    void aWorkbooksFirstSheetIsReadWithDatesAndWholeNumbers() throws SheetRefusal {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Liste");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Numéro");
            header.createCell(1).setCellValue("Naissance");
            header.createCell(3).setCellValue("Note");
            Row row = sheet.createRow(2); // row 2 left blank
            row.createCell(0).setCellValue(123456);
            row.createCell(1).setCellValue(LocalDate.of(2001, 3, 15));
            var style = book.createCellStyle();
            style.setDataFormat((short) 14);
            row.getCell(1).setCellStyle(style);
            row.createCell(3).setCellValue(12.5);
            book.createSheet("Autre").createRow(0).createCell(0).setCellValue("ignored");
            book.write(out);
            Sheet read = read(out.toByteArray());
            assertEquals(List.of("Numéro", "Naissance", "C", "Note"), read.headers());
            assertEquals(List.of(List.of("", "", "", ""), List.of("123456", "2001-03-15", "", "12.5")), read.rows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aWorkbookWithAFormulaIsRefused() {
        assertEquals(ImportError.FILE_FORMULA, refusal(workbookWithFormula()));
    }

    @Test
    void aWorkbookThatUnpacksToTooMuchIsRefusedUnread() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= SheetReader.MAX_UNPACKED / zeros.length; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertEquals(ImportError.FILE_UNPACKS_TOO_LARGE, refusal(out.toByteArray()));
    }

    @Test
    void tooManyRowsOrColumnsOrTooLongACellAreRefused() {
        StringBuilder many = new StringBuilder("Numero\n");
        for (int i = 0; i <= SheetReader.MAX_ROWS; i++) {
            many.append(i).append('\n');
        }
        assertEquals(ImportError.FILE_TOO_MANY_ROWS, refusal(many.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportError.FILE_TOO_MANY_COLUMNS, refusal(";".repeat(SheetReader.MAX_COLUMNS).getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportError.CELL_TOO_LONG, refusal(("Nom\n" + "x".repeat(SheetReader.MAX_CELL + 1)).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void emptyBinaryOldExcelBrokenAndHeaderOnlyFilesAreRefused() {
        assertEquals(ImportError.FILE_EMPTY, refusal(new byte[0]));
        assertEquals(ImportError.FILE_NOT_A_SHEET, refusal(new byte[] {'a', 0, 'b'}));
        assertEquals(ImportError.FILE_OLD_EXCEL, refusal(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}));
        assertEquals(ImportError.FILE_UNREADABLE, refusal(new byte[] {'P', 'K', 3, 4, 1, 2, 3}));
        assertEquals(ImportError.FILE_EMPTY, refusal("Nom;Prenom\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportError.NO_HEADER, refusal(";;\na;b;c\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportError.FILE_UNREADABLE, refusal("Nom\n\"never closed\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theStoredCellsReadBackTheSame() throws SheetRefusal {
        Sheet sheet = read("A;B\n\"x,\"\"y\"\"\";line\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(sheet, Sheet.of(sheet.bytes()));
    }

    static byte[] workbookWithFormula() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Liste");
            sheet.createRow(0).createCell(0).setCellValue("Nom");
            sheet.createRow(1).createCell(0).setCellFormula("HYPERLINK(\"http://evil.example\",\"clic\")");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
