package io.goalsheet.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a department's data as a filled-in entry workbook, the way departments send them in:
 * written with POI directly (through the {@code ss.usermodel} interfaces, so .xlsx and .xls alike),
 * knowing nothing of goalsheet's own code, so that reading it back is a real test.
 */
final class EntryWorkbookWriter {

    /** How the cells of a goal, initiative or item that spans several rows are written. */
    enum Groups {
        /** typed once and merged vertically (the seed) */
        MERGED,
        /** typed again on every row */
        REPEATED,
        /** typed once, the rows below left blank (not merged) */
        BLANK
    }

    /** How 取組番号 and 細目番号 are written. */
    enum Numbering {
        /** ① and (1) as text, as in the seed */
        CIRCLED,
        /** 1, 2, 3 as numbers */
        PLAIN
    }

    /** What stands above the header row. */
    enum Top {
        /** a title row, then 担当部局名 / 年度 and 報告時点 / 報告区分 in two rows, the header in row 4 */
        STANDARD,
        /** two title rows and a blank one, 「担当部局名：…」 in one cell, 報告時点 typed as 和暦 text on the
         * right, another blank row: the header moves down to row 7 */
        TITLED
    }

    /** How one department's workbook differs from another's. */
    record Layout(
            String title,
            String fiscalYear,
            LocalDate asOf,
            String reportKind,
            List<String> columnOrder,
            Groups groups,
            Numbering numbering,
            Top top,
            boolean fullWidth,
            boolean percentCells,
            boolean xls) {

        /** Full-width digits typed as text (目標番号 "１", 基準値 "１７，９１３", 期限 "令和８年３月３１日") and 〇 for ○. */
        Layout withFullWidth() {
            return new Layout(title, fiscalYear, asOf, reportKind, columnOrder, groups, numbering, top, true,
                    percentCells, xls);
        }

        /** 進捗度 as a fraction in a %-formatted cell (0.35 shown as 35%). */
        Layout withPercentCells() {
            return new Layout(title, fiscalYear, asOf, reportKind, columnOrder, groups, numbering, top, fullWidth,
                    true, xls);
        }

        Layout with(Groups g) {
            return new Layout(title, fiscalYear, asOf, reportKind, columnOrder, g, numbering, top, fullWidth,
                    percentCells, xls);
        }

        Layout with(Numbering n) {
            return new Layout(title, fiscalYear, asOf, reportKind, columnOrder, groups, n, top, fullWidth,
                    percentCells, xls);
        }

        Layout with(Top t, List<String> order) {
            return new Layout(title, fiscalYear, asOf, reportKind, order, groups, numbering, t, fullWidth,
                    percentCells, xls);
        }

        Layout withFiscalYear(String fy) {
            return new Layout(title, fy, asOf, reportKind, columnOrder, groups, numbering, top, fullWidth,
                    percentCells, xls);
        }

        Layout withColumns(List<String> order) {
            return new Layout(title, fiscalYear, asOf, reportKind, order, groups, numbering, top, fullWidth,
                    percentCells, xls);
        }

        /** Saved as Excel 97–2003 (.xls, BIFF8). */
        Layout asXls() {
            return new Layout(title, fiscalYear, asOf, reportKind, columnOrder, groups, numbering, top, fullWidth,
                    percentCells, true);
        }

        /** The same layout for another period. */
        Layout forPeriod(String newTitle, LocalDate newAsOf, String newKind) {
            return new Layout(newTitle, fiscalYear, newAsOf, newKind, columnOrder, groups, numbering, top, fullWidth,
                    percentCells, xls);
        }

        String extension() {
            return xls ? ".xls" : ".xlsx";
        }
    }

    static final List<String> SEED_ORDER = List.of("goalNo", "goal", "initiativeNo", "initiative", "itemNo", "item",
            "target", "baseline", "targetValue", "actual", "unit", "deadline", "progress", "progressRate", "evaluation");

    static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("goalNo", "目標番号"), Map.entry("goal", "重点目標"),
            Map.entry("evaluation", "自己評価"), Map.entry("initiativeNo", "取組番号"),
            Map.entry("initiative", "具体的な重点取組項目"), Map.entry("itemNo", "細目番号"),
            Map.entry("item", "細目"), Map.entry("target", "期限・数値目標等"),
            Map.entry("baseline", "基準値"), Map.entry("targetValue", "目標値"),
            Map.entry("actual", "実績値"), Map.entry("unit", "単位"),
            Map.entry("deadline", "期限"), Map.entry("progress", "進捗状況"),
            Map.entry("progressRate", "進捗度"));

    private static final String[] CIRCLED = {"", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};
    private static final int[] WIDTHS = {8, 30, 8, 30, 8, 30, 34, 10, 10, 10, 8, 12, 44, 8, 8};

    private EntryWorkbookWriter() {}

    static void write(DepartmentData data, Layout layout, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes(data, layout));
        }
    }

    /**
     * Writes the workbook protected with {@code password} (agile encryption, what Excel 2010 and
     * later do for ファイル ▸ 情報 ▸ ブックの保護 ▸ パスワードを使用して暗号化). Encryption is salted at
     * random, so an existing file that already decrypts to the same workbook is left as it is.
     */
    static void writeEncrypted(DepartmentData data, Layout layout, Path file, String password) throws IOException {
        if (layout.xls()) {
            throw new IllegalArgumentException("agile encryption is for .xlsx");
        }
        byte[] plain = bytes(data, layout);
        if (Files.exists(file) && sameWorkbook(file, password, plain)) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    private static boolean sameWorkbook(Path file, String password, byte[] plain) {
        try {
            return java.util.Arrays.equals(decrypt(file, password), plain);
        } catch (IOException | RuntimeException e) {
            return false; // not an encrypted package (any more): write it anew
        }
    }

    /** The workbook inside a password-protected file; empty when the password is wrong. */
    static byte[] decrypt(Path file, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor d = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!d.verifyPassword(password)) {
                return new byte[0];
            }
            try (InputStream in = d.getDataStream(fs)) {
                return in.readAllBytes();
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static byte[] bytes(DepartmentData data, Layout layout) throws IOException {
        try (Workbook wb = layout.xls() ? new HSSFWorkbook() : new XSSFWorkbook()) {
            fill(wb, data, layout);
            if (wb instanceof XSSFWorkbook x) {
                // a fixed creation time, so that regenerating leaves unchanged samples unchanged
                Date created = Date.from(layout.asOf().atTime(17, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant());
                x.getProperties().getCoreProperties().setCreated(Optional.of(created));
                x.getProperties().getCoreProperties().setModified(Optional.of(created));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return wb instanceof XSSFWorkbook ? stableZip(out.toByteArray(), layout.asOf()) : out.toByteArray();
        }
    }

    /**
     * The same package with every entry's time set to the report date, so that regenerating an
     * unchanged sample gives the same bytes (and git sees no change). Entries keep their order.
     */
    static byte[] stableZip(byte[] xlsx, LocalDate date) throws IOException {
        long time = date.atTime(17, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void fill(Workbook wb, DepartmentData data, Layout layout) {
        Styles st = new Styles(wb);
        Sheet sheet = wb.createSheet("重点目標");
        List<String> cols = layout.columnOrder();
        int last = cols.size() - 1;

        int headerRow = switch (layout.top()) {
            case STANDARD -> standardTop(sheet, data, layout, st, last);
            case TITLED -> titledTop(sheet, data, layout, st, last);
        };
        Row header = sheet.createRow(headerRow);
        for (int c = 0; c < cols.size(); c++) {
            text(header, c, TITLES.get(cols.get(c)), st.header);
        }
        int first = headerRow + 1;
        List<DepartmentData.Row> rows = data.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(first + i);
            DepartmentData.Row d = rows.get(i);
            for (int c = 0; c < cols.size(); c++) {
                String field = cols.get(c);
                if (layout.groups() != Groups.REPEATED && i > 0 && sameGroupAbove(rows, i, field)) {
                    row.createCell(c).setCellStyle(st.body);
                    continue;
                }
                put(row, c, field, d.get(field), layout, st);
            }
        }
        if (layout.groups() == Groups.MERGED) {
            for (int c = 0; c < cols.size(); c++) {
                mergeRuns(sheet, rows, first, c, cols.get(c));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            int lines = 1;
            for (String field : cols) {
                lines = Math.max(lines, linesNeeded(rows, i, field, layout));
            }
            sheet.getRow(first + i).setHeightInPoints(lines * 15f + 3f);
        }
        for (int c = 0; c < cols.size(); c++) {
            sheet.setColumnWidth(c, 256 * width(cols.get(c), layout));
        }
        sheet.createFreezePane(0, first);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** Title in row 1, metadata in rows 2–3; returns the header's row index (3). */
    private static int standardTop(Sheet sheet, DepartmentData data, Layout layout, Styles st, int last) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        text(title, 0, layout.title(), st.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

        Row r1 = sheet.createRow(1);
        text(r1, 0, "担当部局名", st.label);
        text(r1, 1, data.department(), st.value);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 3));
        text(r1, 5, "年度", st.label);
        text(r1, 6, layout.fullWidth() ? wide(layout.fiscalYear()) : layout.fiscalYear(), st.value);
        Row r2 = sheet.createRow(2);
        text(r2, 0, "報告時点", st.label);
        Cell asOf = r2.createCell(1);
        asOf.setCellValue(layout.asOf());
        asOf.setCellStyle(st.dateValue);
        text(r2, 5, "報告区分", st.label);
        text(r2, 6, layout.reportKind(), st.value);
        return 3;
    }

    /** Two title rows, metadata moved about, blank rows between; returns the header's row index (6). */
    private static int titledTop(Sheet sheet, DepartmentData data, Layout layout, Styles st, int last) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        text(title, 0, layout.title(), st.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row sub = sheet.createRow(1);
        text(sub, 0, "（" + layout.reportKind() + "）", st.value);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

        Row r3 = sheet.createRow(3);
        text(r3, 0, "担当部局名：" + data.department(), st.label);
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 2));
        text(r3, last - 3, "報告区分", st.label);
        text(r3, last - 2, layout.reportKind(), st.value);
        Row r4 = sheet.createRow(4);
        text(r4, 0, "年度", st.label);
        text(r4, 1, layout.fiscalYear(), st.value);
        text(r4, last - 3, "報告時点", st.label);
        text(r4, last - 2, reiwa(layout.asOf()), st.value);
        return 6;
    }

    /** Group columns: the goal's, initiative's and item's own cells; true when this row continues the run above. */
    private static boolean sameGroupAbove(List<DepartmentData.Row> rows, int i, String field) {
        String level = switch (field) {
            case "goalNo", "goal", "evaluation" -> "goal";
            case "initiativeNo", "initiative" -> "initiative";
            case "itemNo", "item" -> "item";
            default -> null;
        };
        if (level == null) {
            return false;
        }
        DepartmentData.Row a = rows.get(i - 1);
        DepartmentData.Row b = rows.get(i);
        boolean goal = a.get("goalNo").equals(b.get("goalNo"));
        boolean ini = goal && a.get("initiativeNo").equals(b.get("initiativeNo"));
        boolean item = ini && a.get("itemNo").equals(b.get("itemNo")) && a.get("item").equals(b.get("item"));
        return switch (level) {
            case "goal" -> goal;
            case "initiative" -> ini;
            default -> item;
        };
    }

    /** A column's width in characters; 期限 typed as 「令和８年３月３１日」 needs more room. */
    private static int width(String field, Layout layout) {
        return layout.fullWidth() && field.equals("deadline") ? 20 : WIDTHS[SEED_ORDER.indexOf(field)];
    }

    /**
     * About how many lines a cell of this row needs at its column's width (a full-width character
     * takes two units). A value spanning several rows shares its lines among them.
     */
    private static int linesNeeded(List<DepartmentData.Row> rows, int i, String field, Layout layout) {
        String value = rows.get(i).get(field);
        if (value.isEmpty()) {
            return 1;
        }
        int width = width(field, layout) - 1;
        int lines = 0;
        for (String part : value.split("\n", -1)) {
            int units = part.codePoints().map(cp -> cp < 0x100 || (cp >= 0xFF61 && cp <= 0xFF9F) ? 1 : 2).sum();
            lines += Math.max(1, (units + width - 1) / width);
        }
        if (layout.groups() == Groups.REPEATED) {
            return lines;
        }
        int start = i;
        while (start > 0 && sameGroupAbove(rows, start, field)) {
            start--;
        }
        int end = i;
        while (end + 1 < rows.size() && sameGroupAbove(rows, end + 1, field)) {
            end++;
        }
        int span = end - start + 1;
        return (lines + span - 1) / span;
    }

    private static void mergeRuns(Sheet sheet, List<DepartmentData.Row> rows, int first, int col, String field) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !sameGroupAbove(rows, i, field)) {
                if (i - 1 > start) {
                    sheet.addMergedRegion(new CellRangeAddress(first + start, first + i - 1, col, col));
                }
                start = i;
            }
        }
    }

    /**
     * One cell as a person would have typed it. A value the layout cannot write as a number or a
     * date (a deliberate mistake of an invalid sample: "約10億", "2026/2/30") is written as the text it is.
     */
    private static void put(Row row, int c, String field, String value, Layout layout, Styles st) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(st.body);
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean wide = layout.fullWidth();
        switch (field) {
            case "baseline", "targetValue", "actual" -> {
                BigDecimal n = decimal(value);
                if (n == null) {
                    cell.setCellValue(value);
                } else if (wide) {
                    cell.setCellValue(wide(grouped(n)));
                    cell.setCellStyle(st.right);
                } else {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(st.number(Math.max(0, n.stripTrailingZeros().scale())));
                }
            }
            case "progressRate" -> {
                BigDecimal n = decimal(value);
                if (n == null) {
                    cell.setCellValue(value);
                } else if (wide) {
                    cell.setCellValue(wide(grouped(n) + "%"));
                    cell.setCellStyle(st.right);
                } else if (layout.percentCells()) {
                    cell.setCellValue(n.movePointLeft(2).doubleValue());
                    cell.setCellStyle(st.percent);
                } else {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(st.number(0));
                }
            }
            case "deadline" -> {
                LocalDate d = date(value);
                if (d == null) {
                    cell.setCellValue(value);
                } else if (wide) {
                    cell.setCellValue(wide(reiwa(d)));
                } else {
                    cell.setCellValue(d);
                    cell.setCellStyle(st.date);
                }
            }
            case "goalNo" -> {
                if (wide || !value.chars().allMatch(Character::isDigit)) {
                    cell.setCellValue(wide ? wide(value) : value);
                } else {
                    cell.setCellValue(Integer.parseInt(value));
                }
                cell.setCellStyle(st.center);
            }
            case "initiativeNo", "itemNo" -> {
                int n = Integer.parseInt(value);
                if (layout.numbering() == Numbering.PLAIN && !wide) {
                    cell.setCellValue(n);
                } else if (field.equals("initiativeNo")) {
                    cell.setCellValue(CIRCLED[n]);
                } else {
                    cell.setCellValue(wide ? "（" + wide(value) + "）" : "(" + value + ")");
                }
                cell.setCellStyle(st.center);
            }
            case "evaluation" -> {
                cell.setCellValue(wide ? value.replace("○", "〇") : value);
                cell.setCellStyle(st.center);
            }
            default -> cell.setCellValue(value);
        }
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** 17913 → "17,913"; 37.5 → "37.5". */
    private static String grouped(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() <= 0) {
            return String.format("%,d", s.longValueExact());
        }
        return s.toPlainString();
    }

    /** Digits, comma, point and percent sign as their full-width forms. */
    static String wide(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            sb.append(switch (ch) {
                case ',' -> '，';
                case '.' -> '．';
                case '%' -> '％';
                default -> ch >= '0' && ch <= '9' ? (char) ('０' + (ch - '0')) : ch;
            });
        }
        return sb.toString();
    }

    /** 2026-03-31 → "令和8年3月31日". */
    static String reiwa(LocalDate d) {
        return "令和" + (d.getYear() - 2018) + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final Workbook wb;
        final CellStyle title;
        final CellStyle label;
        final CellStyle value;
        final CellStyle dateValue;
        final CellStyle header;
        final CellStyle body;
        final CellStyle center;
        final CellStyle right;
        final CellStyle date;
        final CellStyle percent;
        private final Map<Integer, CellStyle> numbers = new HashMap<>();

        Styles(Workbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            label = wb.createCellStyle();
            label.setFont(bold);
            value = wb.createCellStyle();
            dateValue = wb.createCellStyle();
            dateValue.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            dateValue.setAlignment(HorizontalAlignment.LEFT);
            header = bordered(wb);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = bordered(wb);
            body.setWrapText(true);
            center = bordered(wb);
            center.setAlignment(HorizontalAlignment.CENTER);
            right = bordered(wb);
            right.setAlignment(HorizontalAlignment.RIGHT);
            date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            percent = bordered(wb);
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        }

        /** "#,##0", "#,##0.0" … by the number of decimals. */
        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> {
                CellStyle s = bordered(wb);
                s.setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                return s;
            });
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
