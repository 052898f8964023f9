package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.kernel.AppClock;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX written as a stream (POI's SXSSF): only the last {@value #WINDOW} rows stay in memory, the others go to a
 * compressed temporary file that {@link #close()} deletes. One sheet per table. A bold header row that stays in view, a filter on
 * every column, widths set from the kind of each column (measuring every cell would mean keeping them), and
 * instants as real date cells in Paris time.
 */
final class XlsxSheetWriter implements SheetWriter {

    static final int WINDOW = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle dayStyle;
    private int columns;
    private int nextRow;

    XlsxSheetWriter(OutputStream out, String sheetName, ExportLabels labels) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat(labels.french() ? "dd/mm/yyyy hh:mm" : "yyyy-mm-dd hh:mm"));
        dayStyle = workbook.createCellStyle();
        dayStyle.setDataFormat(workbook.createDataFormat().getFormat(labels.french() ? "dd/mm/yyyy" : "yyyy-mm-dd"));
    }

    @Override
    public void header(List<ExportTable.Column> header) {
        columns = header.size();
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int i = 0; i < header.size(); i++) {
            SXSSFCell cell = row.createCell(i);
            cell.setCellValue(FormulaGuard.neutralise(header.get(i).header()));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.min(255, header.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            SXSSFCell cell = row.createCell(i);
            if (value instanceof Instant instant) {
                cell.setCellValue(instant.atZone(AppClock.PARIS).toLocalDateTime());
                cell.setCellStyle(dateStyle);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(dayStyle);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                // A string cell is never evaluated, so the text is already harmless here; the quote is still added
                // so that the XLSX says exactly what the CSV says, and stays harmless when someone edits the cell
                // (Excel re-reads "=..." typed back as a formula) or saves the sheet as CSV for another tool.
                cell.setCellValue(FormulaGuard.neutralise(value.toString()));
            }
        }
    }

    @Override
    public boolean manySheets() {
        return true;
    }

    @Override
    public void nextSheet(String sheetName, List<ExportTable.Column> header) {
        filter();
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        nextRow = 0;
        header(header);
    }

    @Override
    public void finish() throws IOException {
        filter();
        workbook.write(out);
        out.flush();
    }

    /** A filter on every column of the current sheet, header and rows. */
    private void filter() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, Math.max(0, columns - 1)));
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
