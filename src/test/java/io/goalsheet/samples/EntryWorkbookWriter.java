package io.goalsheet.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a department's data as a filled-in entry workbook, the way departments send them in:
 * written with POI directly, knowing nothing of goalsheet's own code, so that reading it back is
 * a real test.
 */
final class EntryWorkbookWriter {

    /** How one department's workbook differs from another's. */
    record Layout(
            String title,
            String fiscalYear,
            LocalDate asOf,
            String reportKind,
            List<String> columnOrder,
            boolean mergeGroups,
            boolean ordinalsAsText) {}

    static final List<String> SEED_ORDER = List.of("goalNo", "goal", "initiativeNo", "initiative", "itemNo", "item",
            "target", "baseline", "targetValue", "actual", "unit", "deadline", "progress", "progressRate", "evaluation");

    static final java.util.Map<String, String> TITLES = java.util.Map.ofEntries(
            java.util.Map.entry("goalNo", "目標番号"), java.util.Map.entry("goal", "重点目標"),
            java.util.Map.entry("evaluation", "自己評価"), java.util.Map.entry("initiativeNo", "取組番号"),
            java.util.Map.entry("initiative", "具体的な重点取組項目"), java.util.Map.entry("itemNo", "細目番号"),
            java.util.Map.entry("item", "細目"), java.util.Map.entry("target", "期限・数値目標等"),
            java.util.Map.entry("baseline", "基準値"), java.util.Map.entry("targetValue", "目標値"),
            java.util.Map.entry("actual", "実績値"), java.util.Map.entry("unit", "単位"),
            java.util.Map.entry("deadline", "期限"), java.util.Map.entry("progress", "進捗状況"),
            java.util.Map.entry("progressRate", "進捗度"));

    private static final Set<String> NUMBERS = Set.of("baseline", "targetValue", "actual", "progressRate");
    private static final String[] CIRCLED = {"", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};

    private EntryWorkbookWriter() {}

    static void write(DepartmentData data, Layout layout, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet("重点目標");
            List<String> cols = layout.columnOrder();
            int last = cols.size() - 1;

            Row title = sheet.createRow(0);
            text(title, 0, layout.title(), st.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

            Row r1 = sheet.createRow(1);
            text(r1, 0, "担当部局名", st.label);
            text(r1, 1, data.department(), st.value);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 3));
            text(r1, 5, "年度", st.label);
            text(r1, 6, layout.fiscalYear(), st.value);
            Row r2 = sheet.createRow(2);
            text(r2, 0, "報告時点", st.label);
            Cell asOf = r2.createCell(1);
            asOf.setCellValue(layout.asOf());
            asOf.setCellStyle(st.date);
            text(r2, 5, "報告区分", st.label);
            text(r2, 6, layout.reportKind(), st.value);

            Row header = sheet.createRow(3);
            for (int c = 0; c < cols.size(); c++) {
                text(header, c, TITLES.get(cols.get(c)), st.header);
            }
            int first = 4;
            List<DepartmentData.Row> rows = data.rows();
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(first + i);
                DepartmentData.Row d = rows.get(i);
                for (int c = 0; c < cols.size(); c++) {
                    String field = cols.get(c);
                    if (layout.mergeGroups() && i > 0 && sameGroupAbove(rows, i, field)) {
                        row.createCell(c).setCellStyle(st.body);
                        continue;
                    }
                    put(row, c, field, d.get(field), layout, st);
                }
            }
            if (layout.mergeGroups()) {
                for (int c = 0; c < cols.size(); c++) {
                    mergeRuns(sheet, rows, first, c, cols.get(c));
                }
            }
            int[] widths = {8, 30, 8, 30, 8, 30, 34, 10, 10, 10, 8, 12, 44, 8, 8};
            for (int c = 0; c < cols.size(); c++) {
                String f = cols.get(c);
                sheet.setColumnWidth(c, 256 * widths[SEED_ORDER.indexOf(f)]);
            }
            sheet.createFreezePane(0, first);
            wb.write(out);
        }
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

    private static void put(Row row, int c, String field, String value, Layout layout, Styles st) {
        if (value == null || value.isEmpty()) {
            row.createCell(c).setCellStyle(st.body);
            return;
        }
        Cell cell = row.createCell(c);
        if (NUMBERS.contains(field)) {
            cell.setCellValue(Double.parseDouble(value));
            cell.setCellStyle(st.number);
        } else if (field.equals("deadline")) {
            cell.setCellValue(LocalDate.parse(value));
            cell.setCellStyle(st.date);
        } else if (field.equals("goalNo")) {
            cell.setCellValue(Integer.parseInt(value));
            cell.setCellStyle(st.center);
        } else if (layout.ordinalsAsText() && field.equals("initiativeNo")) {
            cell.setCellValue(CIRCLED[Integer.parseInt(value)]);
            cell.setCellStyle(st.center);
        } else if (layout.ordinalsAsText() && field.equals("itemNo")) {
            cell.setCellValue("(" + value + ")");
            cell.setCellStyle(st.center);
        } else if (field.endsWith("No")) {
            cell.setCellValue(Integer.parseInt(value));
            cell.setCellStyle(st.center);
        } else {
            cell.setCellValue(value);
            cell.setCellStyle(field.equals("evaluation") ? st.center : st.body);
        }
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle value;
        final CellStyle header;
        final CellStyle body;
        final CellStyle center;
        final CellStyle number;
        final CellStyle date;

        Styles(Workbook wb) {
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
            header = bordered(wb);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = bordered(wb);
            body.setWrapText(true);
            center = bordered(wb);
            center.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            number = bordered(wb);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
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
