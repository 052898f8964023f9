package fr.univlorraine.ieps.platform;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the file the platform lets staff download: CSV (separated by ";" or ",", in UTF-8 with or without its mark,
 * or Windows-1252 when it is not valid UTF-8) or XLSX (its first sheet, read as a stream). A hostile or unexpected
 * file is refused whole with why ({@link SheetRefusal}): too large, a workbook that unpacks to too much, a formula,
 * too many rows or columns, a cell too long, an old .xls, anything else.
 */
@ApplicationScoped
public class SheetReader {

    /** More rows than any track receives: the platform's lists hold a few hundred to two thousand candidates. */
    public static final int MAX_ROWS = 5000;
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELL = 1000;
    /** What all the parts of a workbook may unpack to together: stops compression bombs. */
    static final long MAX_UNPACKED = 100L * 1024 * 1024;
    private static final int MAX_PARTS = 1000;

    /** The largest file accepted. */
    @ConfigProperty(name = "ieps.platform.import.max-size", defaultValue = "10M")
    MemorySize maxSize;

    public long maxBytes() {
        return maxSize.asLongValue();
    }

    public Sheet read(Path file) throws SheetRefusal {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new SheetRefusal(ImportError.FILE_EMPTY);
            }
            if (size > maxBytes()) {
                throw new SheetRefusal(ImportError.FILE_TOO_LARGE);
            }
            byte[] start = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                in.readNBytes(start, 0, 4);
            }
            if (start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
                return shaped(xlsx(file));
            }
            if ((start[0] & 0xff) == 0xD0 && (start[1] & 0xff) == 0xCF && (start[2] & 0xff) == 0x11 && (start[3] & 0xff) == 0xE0) {
                throw new SheetRefusal(ImportError.FILE_OLD_EXCEL);
            }
            return shaped(csv(Files.readAllBytes(file)));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new SheetRefusal(ImportError.FILE_UNREADABLE);
        }
    }

    // ----- CSV

    static List<List<String>> csv(byte[] bytes) throws SheetRefusal {
        for (byte b : bytes) {
            if (b == 0) {
                throw new SheetRefusal(ImportError.FILE_NOT_A_SHEET);
            }
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (rows.size() > MAX_ROWS) {
                    throw new SheetRefusal(ImportError.FILE_TOO_MANY_ROWS);
                }
                if (record.size() > MAX_COLUMNS) {
                    throw new SheetRefusal(ImportError.FILE_TOO_MANY_COLUMNS);
                }
                List<String> cells = record.toList();
                for (String cell : cells) {
                    if (cell.length() > MAX_CELL) {
                        throw new SheetRefusal(ImportError.CELL_TOO_LONG);
                    }
                }
                rows.add(cells);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SheetRefusal(ImportError.FILE_UNREADABLE);
        }
        return rows;
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what spreadsheet programs write on French Windows). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** ";" or ",": whichever the first line holds more of outside quotes (";" when neither). */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    // ----- XLSX

    private static List<List<String>> xlsx(Path file) throws SheetRefusal, IOException {
        checkUnpackedSize(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRefusal(ImportError.FILE_EMPTY);
            }
            CellsHandler handler = new CellsHandler(strings, styles);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            } catch (Refused refused) {
                throw refused.refusal;
            }
            return handler.rows;
        } catch (SheetRefusal refusal) {
            throw refusal;
        } catch (Exception e) {
            // POI's own refusals (its zip bomb guard among them), a broken package, bad XML
            throw new SheetRefusal(ImportError.FILE_UNREADABLE);
        }
    }

    /** Unpacks every part once, counting: a workbook unpacking to more than {@link #MAX_UNPACKED} is refused unread. */
    private static void checkUnpackedSize(Path file) throws SheetRefusal, IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw new SheetRefusal(ImportError.FILE_UNPACKS_TOO_LARGE);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        total += read;
                        if (total > MAX_UNPACKED) {
                            throw new SheetRefusal(ImportError.FILE_UNPACKS_TOO_LARGE);
                        }
                    }
                }
            }
        }
    }

    /** A refusal carried out of the XML parser. */
    private static final class Refused extends SAXException {
        final SheetRefusal refusal;

        Refused(ImportError error) {
            this.refusal = new SheetRefusal(error);
        }
    }

    /** The cells of a sheet's XML, row by row: shared and inline strings, numbers, dates (as yyyy-mm-dd), booleans. */
    private static final class CellsHandler extends DefaultHandler {
        final List<List<String>> rows = new ArrayList<>();
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private List<String> row;
        private int column;
        private String type;
        private String style;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;

        CellsHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    int number = r == null ? rows.size() + 1 : Integer.parseInt(r);
                    // rows left out of the XML are blank rows of the sheet: kept, so that row numbers stay the sheet's
                    while (rows.size() < number - 1) {
                        addRow(new ArrayList<>());
                    }
                    row = new ArrayList<>();
                    column = 0;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column : new CellReference(r).getCol();
                    if (column >= MAX_COLUMNS) {
                        throw new Refused(ImportError.FILE_TOO_MANY_COLUMNS);
                    }
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                case "f" -> throw new Refused(ImportError.FILE_FORMULA);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue) {
                value.append(ch, start, length);
                if (value.length() > MAX_CELL) {
                    throw new Refused(ImportError.CELL_TOO_LONG);
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (row.size() < column) {
                        row.add("");
                    }
                    row.add(text());
                    column++;
                }
                case "row" -> addRow(row);
                default -> {
                }
            }
        }

        private void addRow(List<String> cells) throws Refused {
            if (rows.size() > MAX_ROWS) {
                throw new Refused(ImportError.FILE_TOO_MANY_ROWS);
            }
            rows.add(cells);
        }

        private String text() throws Refused {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(raw);
            }
            return switch (type) {
                case "s" -> {
                    String shared = strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                    if (shared.length() > MAX_CELL) {
                        throw new Refused(ImportError.CELL_TOO_LONG);
                    }
                    yield shared;
                }
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
                case "e" -> "";
                default -> raw;
            };
        }

        /** A number as typed (no ".0" on an integer), or a date of a date-formatted cell as yyyy-mm-dd. */
        private String number(String raw) {
            double number = Double.parseDouble(raw);
            if (style != null) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(number)) {
                    return DateUtil.getLocalDateTime(number).toLocalDate().toString();
                }
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }
    }

    // ----- both

    /**
     * The rows as a sheet: the first row is the header (names stripped, blank ones named by their column's letter,
     * repeated ones numbered), every row as wide as the widest, blank rows at the end dropped.
     */
    private static Sheet shaped(List<List<String>> read) throws SheetRefusal {
        List<List<String>> rows = new ArrayList<>(read);
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isBlank)) {
            rows.remove(rows.size() - 1);
        }
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
            throw new SheetRefusal(rows.isEmpty() ? ImportError.FILE_EMPTY : ImportError.NO_HEADER);
        }
        if (rows.size() == 1) {
            throw new SheetRefusal(ImportError.FILE_EMPTY);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new SheetRefusal(ImportError.FILE_TOO_MANY_ROWS);
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<String> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < width; c++) {
            String name = c < rows.get(0).size() ? rows.get(0).get(c).replaceAll("\\s+", " ").strip() : "";
            if (name.isEmpty()) {
                name = CellReference.convertNumToColString(c);
            }
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) {
                unique = name + " (" + n + ")";
            }
            headers.add(unique);
        }
        List<List<String>> body = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(c < row.size() ? row.get(c).strip() : "");
            }
            body.add(cells);
        }
        return new Sheet(headers, body);
    }
}
