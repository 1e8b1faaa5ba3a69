package io.goalsheet.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small entry workbooks for tests with POI directly: metadata rows, a header, data rows.
 * A value is written by its Java type: String as text, Number as a number, LocalDate as a date,
 * a {@link Formula} as a formula; null leaves the cell out.
 */
public final class TestBook {

    /** The built-in schema's columns in their usual order. */
    public static final List<String> HEADER = List.of("目標番号", "重点目標", "自己評価", "取組番号", "具体的な重点取組項目",
            "細目番号", "細目", "期限・数値目標等", "基準値", "目標値", "実績値", "単位", "期限", "進捗状況", "進捗度");

    /** A formula cell; {@code cached} is its saved result (null: none saved). */
    public record Formula(String formula, Object cached) {}

    /** A percent-formatted number cell (0.6 shows as 60%). */
    public record Percent(double value) {}

    private final List<Object[]> top = new ArrayList<>();
    private List<String> header = HEADER;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();
    private String sheetName = "重点目標";

    public static TestBook standard() {
        return standard("政策企画部", LocalDate.of(2025, 9, 30));
    }

    public static TestBook standard(String department, LocalDate asOf) {
        return new TestBook()
                .top("重点目標 進捗報告")
                .top("担当部局名", department, null, "年度", "令和7年度")
                .top("報告時点", asOf, null, "報告区分", "中間報告");
    }

    public TestBook sheetName(String name) {
        this.sheetName = name;
        return this;
    }

    /** A row above the header (title, metadata). */
    public TestBook top(Object... cells) {
        top.add(cells);
        return this;
    }

    public TestBook header(List<String> titles) {
        this.header = titles;
        return this;
    }

    public TestBook row(Object... cells) {
        rows.add(cells);
        return this;
    }

    /** A full data row by the standard HEADER's column names. */
    public TestBook indicator(Object goalNo, String goal, String eval, Object iniNo, String ini, Object itemNo,
                              String item, String target, Object baseline, Object targetValue, Object actual,
                              String unit, Object deadline, String progress, Object rate) {
        return row(goalNo, goal, eval, iniNo, ini, itemNo, item, target, baseline, targetValue, actual, unit, deadline,
                progress, rate);
    }

    /** Merges data rows first..last (0-based data row index) in the column titled {@code title}. */
    public TestBook mergeDown(String title, int first, int last) {
        int c = header.indexOf(title);
        int base = top.size() + 1;
        merges.add(new CellRangeAddress(base + first, base + last, c, c));
        return this;
    }

    /** The 1-based Excel row of data row {@code i}. */
    public int excelRow(int i) {
        return top.size() + 2 + i;
    }

    public Path write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Sheet sheet = wb.createSheet(sheetName);
            int r = 0;
            for (Object[] cells : top) {
                fill(sheet.createRow(r++), cells, date, pct);
            }
            fill(sheet.createRow(r++), header.toArray(), date, pct);
            for (Object[] cells : rows) {
                fill(sheet.createRow(r++), cells, date, pct);
            }
            merges.forEach(sheet::addMergedRegion);
            wb.write(out);
        }
        return file;
    }

    private static void fill(Row row, Object[] cells, CellStyle date, CellStyle pct) {
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (v instanceof Percent p) {
                cell.setCellValue(p.value());
                cell.setCellStyle(pct);
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.formula());
                if (f.cached() instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (f.cached() instanceof String s && s.startsWith("#")) {
                    cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.forString(s).getCode());
                } else if (f.cached() instanceof String s) {
                    cell.setCellValue(s);
                }
            } else {
                throw new IllegalArgumentException("unsupported test value " + v.getClass());
            }
        }
    }
}
