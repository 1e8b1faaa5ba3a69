package io.goalsheet.testing;

import io.goalsheet.samples.PublishedData;
import io.goalsheet.samples.PublishedWorkbookWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes published-layout sheets for tests (the seed document's own table: one row or block of rows
 * per goal, each cell many lines with ① / (1) / ・ markers), with POI directly. Each call changes the
 * sheet at once, so a test can start from a ready shape and change a cell or two:
 *
 * <pre>
 * PublishedSheet.seed().cell("D6", "◎").save(dir.resolve("a.xlsx"));
 * new PublishedSheet().cell("A1", "重点目標").lines("B2", "① …", "(1) …").number("A2", 1).merge("A2:A4").save(p);
 * </pre>
 *
 * A String value is written as text (with a "\n" in it, wrapped and top-aligned, as Excel does for
 * Alt+Enter); a Number as a number; null clears the cell. Rows and columns by index count from 0, as
 * in POI ({@code cell(0, 1, …)} is B1). A cell that already has a style (one of the shapes' cells)
 * keeps it. {@link #sheet()} gives the POI sheet for anything else.
 */
public final class PublishedSheet {

    /** The header row of the {@link #table} and {@link #blocks} shapes (A–E). */
    public static final List<String> TABLE_HEADER = List.of("重点目標", "具体的な重点取組項目（箇条書き）", "期限・数値目標等",
            "進捗状況・進捗度", "各部署の自己評価");

    private final XSSFWorkbook wb;
    private final XSSFSheet sheet;
    private CellStyle wrap;

    /** An empty sheet named 重点目標. */
    public PublishedSheet() {
        this(PublishedWorkbookWriter.SHEET);
    }

    public PublishedSheet(String sheetName) {
        this.wb = new XSSFWorkbook();
        this.sheet = wb.createSheet(sheetName);
    }

    private PublishedSheet(XSSFWorkbook wb) {
        this.wb = wb;
        this.sheet = wb.getSheetAt(0);
    }

    // ---- shapes ------------------------------------------------------------------------------

    /**
     * The seed as published (samples/invalid/政策企画部_一覧表_原本.xlsx): its slips, no 報告時点. Rows as
     * {@link PublishedWorkbookWriter} says: goal titles in rows 6, 9, 11, 13, the column headers in
     * row 7, the goals' cells in rows 8, 10, 12, 14.
     */
    public static PublishedSheet seed() {
        return seed(seedData(), null);
    }

    /** The seed corrected, 報告時点 in D3/E3 (samples/published/政策企画部.xlsx). */
    public static PublishedSheet seedFixed() {
        return seed(seedData().fixed(), PublishedWorkbookWriter.AS_OF);
    }

    /** Any data in the seed's shape; {@code asOf} null leaves 報告時点 out. */
    public static PublishedSheet seed(PublishedData data, String asOf) {
        XSSFWorkbook wb = new XSSFWorkbook();
        PublishedWorkbookWriter.fill(wb, data, asOf);
        return new PublishedSheet(wb);
    }

    /** The seed's goals as published (the data of published/政策企画部.txt). */
    public static PublishedData seedData() {
        return PublishedData.load("政策企画部");
    }

    /** {@link #table(PublishedData)} of the corrected seed. */
    public static PublishedSheet table() {
        return table(seedData().fixed());
    }

    /**
     * A plain table: {@link #TABLE_HEADER} in row 1, then one row per goal from row 2: A 「1 次期総合計画…」
     * (number, a space, title), B/C/D the three cells' lines, E the mark. No merged cells.
     */
    public static PublishedSheet table(PublishedData data) {
        PublishedSheet s = new PublishedSheet();
        s.header();
        int r = 1;
        for (PublishedData.Goal g : data.goals()) {
            s.cell(r, 0, goalCell(g));
            for (int c = 0; c < 3; c++) {
                s.lines(r, c + 1, g.cells().get(c));
            }
            s.cell(r, 4, g.mark());
            r++;
        }
        return s;
    }

    /** {@link #blocks(PublishedData)} of the corrected seed. */
    public static PublishedSheet blocks() {
        return blocks(seedData().fixed());
    }

    /**
     * The table with each goal a block of rows, one per initiative: B the initiative's lines (from its
     * ① line to the next), C and D the lines of the targets and progress cells cut the same way (each
     * part still starting with its ① line); a cell with fewer parts leaves the block's last rows
     * blank. A (「1 次期総合計画…」) and E (the mark) are merged down the block. {@link #TABLE_HEADER} in
     * row 1; with the corrected seed the goals take rows 2–8, 9–12, 13–15 and 16–17.
     */
    public static PublishedSheet blocks(PublishedData data) {
        PublishedSheet s = new PublishedSheet();
        s.header();
        int r = 1;
        for (PublishedData.Goal g : data.goals()) {
            List<List<List<String>>> parts = new ArrayList<>();
            int n = 1;
            for (List<String> lines : g.cells()) {
                List<List<String>> p = byInitiative(lines);
                parts.add(p);
                n = Math.max(n, p.size());
            }
            s.cell(r, 0, goalCell(g));
            s.cell(r, 4, g.mark());
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 3; c++) {
                    if (i < parts.get(c).size()) {
                        s.lines(r + i, c + 1, parts.get(c).get(i));
                    }
                }
            }
            if (n > 1) {
                s.merge(r, r + n - 1, 0, 0);
                s.merge(r, r + n - 1, 4, 4);
            }
            r += n;
        }
        return s;
    }

    /** 「1 次期総合計画（R8～）の策定と…」: how a table's goal cell holds number and title. */
    public static String goalCell(PublishedData.Goal g) {
        return g.number() + " " + g.title();
    }

    /** The lines cut before each line starting with ① … ⑳ (lines before the first stay with it). */
    static List<List<String>> byInitiative(List<String> lines) {
        List<List<String>> parts = new ArrayList<>();
        for (String line : lines) {
            boolean starts = !line.isEmpty() && line.charAt(0) >= '①' && line.charAt(0) <= '⑳';
            if (parts.isEmpty() || starts && !parts.get(parts.size() - 1).isEmpty()) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(line);
        }
        return parts;
    }

    private void header() {
        for (int c = 0; c < TABLE_HEADER.size(); c++) {
            cell(0, c, TABLE_HEADER.get(c));
        }
    }

    // ---- cells -------------------------------------------------------------------------------

    /** Sets the cell at an A1 address ("B8"). */
    public PublishedSheet cell(String a1, Object value) {
        CellAddress a = new CellAddress(a1);
        return cell(a.getRow(), a.getColumn(), value);
    }

    /** Sets the cell at row {@code row}, column {@code col} (both from 0). */
    public PublishedSheet cell(int row, int col, Object value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        if (value == null) {
            Cell old = r.getCell(col);
            if (old != null) {
                r.removeCell(old);
            }
            return this;
        }
        Cell c = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        if (value instanceof String s) {
            c.setCellValue(s);
            if (s.indexOf('\n') >= 0 && c.getCellStyle().getIndex() == 0) {
                c.setCellStyle(wrap());
            }
        } else if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            throw new IllegalArgumentException("unsupported cell value " + value.getClass());
        }
        return this;
    }

    /** A multi-line cell: the lines joined with "\n". */
    public PublishedSheet lines(String a1, String... lines) {
        return lines(a1, List.of(lines));
    }

    public PublishedSheet lines(String a1, List<String> lines) {
        CellAddress a = new CellAddress(a1);
        return lines(a.getRow(), a.getColumn(), lines);
    }

    public PublishedSheet lines(int row, int col, List<String> lines) {
        cell(row, col, String.join("\n", lines));
        Cell c = sheet.getRow(row).getCell(col);
        if (c.getCellStyle().getIndex() == 0) {
            c.setCellStyle(wrap()); // one line too: a cell meant for many
        }
        return this;
    }

    /** A number cell. */
    public PublishedSheet number(String a1, double value) {
        return cell(a1, value);
    }

    public PublishedSheet number(int row, int col, double value) {
        return cell(row, col, value);
    }

    /** Merges a range given as "A6:A8"; the cells keep whatever they hold (Excel shows the first). */
    public PublishedSheet merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    /** Merges rows firstRow..lastRow, columns firstCol..lastCol (all from 0, inclusive). */
    public PublishedSheet merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        return this;
    }

    /** The POI sheet, for what the builder does not do. */
    public XSSFSheet sheet() {
        return sheet;
    }

    /** Writes the workbook (the builder stays usable: change it and save again). */
    public Path save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private CellStyle wrap() {
        if (wrap == null) {
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return wrap;
    }
}
