package io.goalsheet.samples;

import static io.goalsheet.samples.EntryWorkbookWriter.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;

/**
 * Writes a department's goals in the published layout, the seed document's own table (sheet 重点目標):
 *
 * <pre>
 * row 1   A 重点目標一覧表（中間報告調書）            (merged A1:D1)
 * row 3   A 担当部局名  B 政策企画部      [D 報告時点  E 令和7年9月30日]   (D3/E3 only when asOf is given)
 * row 5   A 【令和7年度重点目標】
 * row 6   A 重点目標  B goal 1's title  C 各部署の自己評価  D its mark          (the goal's title row)
 * row 7   A (empty)   B 具体的な重点取組項目（箇条書き）  C 期限・数値目標等  D 進捗状況・進捗度   (goal 1 only)
 * row 8   A 1 (a number)  B C D the three cells, their lines joined with "\n"       (the goal's data row)
 * row 9   goal 2's title row, row 10 its data row; goal 3 in rows 11–12, goal 4 in 13–14 …
 * </pre>
 *
 * Written with POI directly, knowing nothing of goalsheet's own code; the bytes are the same every
 * time (fixed document times and zip entry times, as {@link EntryWorkbookWriter} does).
 */
public final class PublishedWorkbookWriter {

    public static final String SHEET = "重点目標";
    public static final String TITLE = "重点目標一覧表（中間報告調書）";
    public static final String YEAR_HEADING = "【令和7年度重点目標】";
    /** 報告時点 as the fixed sample gives it in E3 (text, as typed). */
    public static final String AS_OF = "令和7年9月30日";
    /** The column headers of row 7 (B, C, D). */
    public static final List<String> HEADERS = PublishedData.CELLS;
    /** The 1-based row of the column headers (after goal 1's title row only). */
    public static final int HEADER_ROW = 7;

    /** The date the package's times are set to. */
    static final LocalDate STAMP = LocalDate.of(2025, 9, 30);

    static final String FONT = "ＭＳ Ｐゴシック";
    /** Column widths in characters (A–E). */
    private static final int[] WIDTHS = {10, 60, 50, 76, 16};
    private static final float LINE = 13.5f;
    private static final float MAX_HEIGHT = 409f;

    private PublishedWorkbookWriter() {}

    /** The 1-based row of goal {@code i}'s title row (i from 0): 6, 9, 11, 13 … */
    public static int titleRow(int i) {
        return i == 0 ? 6 : 7 + 2 * i;
    }

    /** The 1-based row of goal {@code i}'s data row (i from 0): 8, 10, 12, 14 … */
    public static int dataRow(int i) {
        return 8 + 2 * i;
    }

    /** Writes the workbook; {@code asOf} null leaves 報告時点 (D3/E3) out. */
    public static void write(PublishedData data, String asOf, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes(data, asOf));
        }
    }

    public static byte[] bytes(PublishedData data, String asOf) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, data, asOf);
            // a fixed creation time, so that regenerating leaves unchanged samples unchanged
            Date created = Date.from(STAMP.atTime(17, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant());
            wb.getProperties().getCoreProperties().setCreated(Optional.of(created));
            wb.getProperties().getCoreProperties().setModified(Optional.of(created));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return EntryWorkbookWriter.stableZip(out.toByteArray(), STAMP);
        }
    }

    /** Adds the sheet to {@code wb} (a new workbook: its default font becomes ＭＳ Ｐゴシック 11). */
    public static void fill(XSSFWorkbook wb, PublishedData data, String asOf) {
        Styles st = new Styles(wb);
        Sheet sheet = wb.createSheet(SHEET);

        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        text(title, 0, TITLE, st.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));

        Row dept = sheet.createRow(2);
        text(dept, 0, "担当部局名", st.label);
        text(dept, 1, data.department(), st.value);
        if (asOf != null) {
            text(dept, 3, "報告時点", st.label);
            text(dept, 4, asOf, st.value);
        }
        text(sheet.createRow(4), 0, YEAR_HEADING, st.label);

        List<PublishedData.Goal> goals = data.goals();
        for (int i = 0; i < goals.size(); i++) {
            PublishedData.Goal g = goals.get(i);
            Row head = sheet.createRow(titleRow(i) - 1);
            text(head, 0, "重点目標", st.goalLabel);
            text(head, 1, g.title(), st.goalTitle);
            text(head, 2, "各部署の自己評価", st.goalLabel);
            text(head, 3, g.mark(), st.mark);
            head.setHeightInPoints(height(List.of(g.title()), 1));
            if (i == 0) {
                Row header = sheet.createRow(HEADER_ROW - 1);
                header.createCell(0).setCellStyle(st.header);
                for (int c = 0; c < HEADERS.size(); c++) {
                    text(header, c + 1, HEADERS.get(c), st.header);
                }
                header.setHeightInPoints(20);
            }
            Row row = sheet.createRow(dataRow(i) - 1);
            Cell no = row.createCell(0);
            no.setCellValue(g.number());
            no.setCellStyle(st.number);
            float h = LINE + 4;
            for (int c = 0; c < 3; c++) {
                List<String> lines = g.cells().get(c);
                EntryWorkbookWriter.text(row, c + 1, String.join("\n", lines), st.body);
                h = Math.max(h, height(lines, c + 1));
            }
            row.setHeightInPoints(h);
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, 256 * WIDTHS[c]);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /**
     * About the height these lines need in column {@code col}, wrapped at its width (a full-width
     * character takes two units, the rest one), at most what Excel allows.
     */
    static float height(List<String> lines, int col) {
        int width = WIDTHS[col] - 2;
        int count = 0;
        for (String line : lines) {
            int units = line.codePoints().map(cp -> cp < 0x100 || (cp >= 0xFF61 && cp <= 0xFF9F) ? 1 : 2).sum();
            count += Math.max(1, (units + width - 1) / width);
        }
        return Math.min(MAX_HEIGHT, count * LINE + 4);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle value;
        final CellStyle goalLabel;
        final CellStyle goalTitle;
        final CellStyle mark;
        final CellStyle header;
        final CellStyle number;
        final CellStyle body;

        Styles(XSSFWorkbook wb) {
            XSSFFont plain = japanese(wb.getFontAt(0), 11, false);
            XSSFFont bold = japanese(wb.createFont(), 11, true);
            XSSFFont big = japanese(wb.createFont(), 14, true);
            XSSFFont small = japanese(wb.createFont(), 10, false);
            title = wb.createCellStyle();
            title.setFont(big);
            label = wb.createCellStyle();
            label.setFont(bold);
            value = wb.createCellStyle();
            value.setFont(plain);
            goalLabel = bordered(wb, bold, VerticalAlignment.CENTER);
            goalLabel.setAlignment(HorizontalAlignment.CENTER);
            goalLabel.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            goalLabel.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            goalTitle = bordered(wb, bold, VerticalAlignment.CENTER);
            goalTitle.setWrapText(true);
            mark = bordered(wb, bold, VerticalAlignment.CENTER);
            mark.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(wb, bold, VerticalAlignment.CENTER);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            number = bordered(wb, plain, VerticalAlignment.TOP);
            number.setAlignment(HorizontalAlignment.CENTER);
            body = bordered(wb, small, VerticalAlignment.TOP);
            body.setWrapText(true);
        }

        /** ＭＳ Ｐゴシック by name, not the theme's font (which the default font would otherwise follow). */
        private static XSSFFont japanese(XSSFFont f, int points, boolean bold) {
            f.setFontName(FONT);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            f.setFamily(FontFamily.MODERN);
            f.setCharSet(FontCharset.SHIFTJIS);
            f.setScheme(FontScheme.NONE);
            return f;
        }

        private static CellStyle bordered(XSSFWorkbook wb, XSSFFont font, VerticalAlignment v) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(v);
            return s;
        }
    }
}
