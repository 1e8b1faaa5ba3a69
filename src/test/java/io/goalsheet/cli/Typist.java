package io.goalsheet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills in a workbook the way a person does, knowing nothing of goalsheet: it opens the file with
 * POI, finds a label or a column title by reading the sheet, types into the cells it sees (cell
 * styles stay as they were, as in Excel), and saves.
 */
final class Typist implements AutoCloseable {

    private final Path file;
    private final XSSFWorkbook wb;
    private final Sheet sheet;
    private final int headerRow;
    private final Map<String, Integer> columns = new HashMap<>();

    Typist(Path file) throws IOException {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            this.wb = new XSSFWorkbook(in);
        }
        this.sheet = wb.getSheetAt(0);
        int found = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("目標番号")) {
                    found = row.getRowNum();
                }
            }
            if (found >= 0) {
                break;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("no header row in " + file);
        }
        this.headerRow = found;
        for (Cell cell : sheet.getRow(found)) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
    }

    int headerRow() {
        return headerRow;
    }

    /** The cell to the right of a label above the table ("報告時点" → its input cell). */
    Cell besideLabel(String label) {
        for (int r = 0; r < headerRow; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                    return cell(r, cell.getColumnIndex() + 1);
                }
            }
        }
        throw new IllegalStateException("no label " + label);
    }

    /** The cell of a column, {@code n} rows below the header (1 = the first row under it). */
    Cell at(int n, String title) {
        Integer c = columns.get(title);
        if (c == null) {
            throw new IllegalStateException("no column " + title + " in " + columns.keySet());
        }
        return cell(headerRow + n, c);
    }

    Typist type(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue((String) value);
        }
        return this;
    }

    /** What Excel does when "60.5%" is typed: the number 0.605 in a cell formatted as a percent. */
    Typist typePercent(int n, String title, double fraction) {
        Cell cell = at(n, title);
        org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        cell.setCellStyle(style);
        cell.setCellValue(fraction);
        return this;
    }

    Typist type(int n, String title, Object value) {
        return type(at(n, title), value);
    }

    /** The A1 name of a column's cell, as findings give it. */
    String address(int n, String title) {
        return at(n, title).getAddress().formatAsString();
    }

    private Cell cell(int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    /** Saves over the file. */
    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }
}
