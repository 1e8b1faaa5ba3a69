package io.goalsheet.render.xlsx;

import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.IndicatorRow;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.Eras;
import io.goalsheet.text.FiscalYears;
import io.goalsheet.text.Ordinals;
import java.io.IOException;
import java.io.OutputStream;
import java.text.DecimalFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The consolidated report as a print-ready workbook, laid out like the published 重点目標一覧表:
 * a summary sheet first, then one sheet in which each department has its 担当部局名 line, the
 * 【令和7年度重点目標】 heading and its goals in four columns (重点目標 | 具体的な重点取組項目 |
 * 期限・数値目標等 | 進捗状況) plus 進捗度 with an in-cell data bar; a page break per department.
 */
public final class ReportWorkbook {

    public static final String REPORT = "重点目標一覧表";

    /** Characters per line at width 1 of the template's relative column widths (A4 landscape fits ~150). */
    private static final double CHARS_PER_UNIT = 1.45;
    private static final float LINE_POINTS = 13.5f;

    private final Schema schema;
    private final ReportTemplate template;
    private final ResourceBundle labels = ResourceBundle.getBundle("io.goalsheet.render.xlsx.labels");

    public ReportWorkbook(Schema schema, ReportTemplate template) {
        this.schema = schema;
        this.template = template;
    }

    public void write(Consolidation c, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet summary = wb.createSheet(MergeWorkbook.SUMMARY);
            new SummarySheet(schema, template, labels).write(new PoiGrid(summary, st, template), MergeWorkbook.SUMMARY, c, false,
                    null);
            writeReport(wb.createSheet(REPORT), c, st, new ReportStyles(wb));
            if (!c.skipped().isEmpty()) {
                writeSkipped(wb.createSheet(labels.getString("report.skipped")), c, st);
            }
            wb.write(out);
        }
    }

    /** Styles of the report sheet: bordered, wrapped, top-aligned text at the template's size. */
    private static final class ReportStyles {
        final CellStyle heading;
        final CellStyle department;
        final CellStyle goal;
        final CellStyle cell;
        final CellStyle rate;

        ReportStyles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 12);
            heading = wb.createCellStyle();
            heading.setFont(bold);
            department = wb.createCellStyle();
            department.setFont(big);
            goal = Styles.bordered(wb);
            goal.setWrapText(true);
            goal.setFont(bold);
            cell = Styles.bordered(wb);
            cell.setWrapText(true);
            rate = Styles.bordered(wb);
            rate.setDataFormat(wb.createDataFormat().getFormat("0.0\"%\""));
            rate.setAlignment(HorizontalAlignment.RIGHT);
        }
    }

    private void writeReport(XSSFSheet sheet, Consolidation c, Styles st, ReportStyles rs) {
        ReportTemplate.Columns cols = template.columns();
        double[] units = {cols.goal(), cols.initiative(), cols.target(), cols.progress(), 7};
        int[] chars = new int[units.length];
        for (int i = 0; i < units.length; i++) {
            chars[i] = (int) Math.round(units[i] * CHARS_PER_UNIT);
            sheet.setColumnWidth(i, 256 * chars[i]);
        }
        Row title = sheet.createRow(0);
        Cells.put(title, 0, template.title(c.reportKind()) + "　" + template.organisation(), st.title);
        // labelled as the entry layout labels it, so the sheet read back has its 報告時点
        Cells.put(title, 3, label("summary.as-of") + "　" + Eras.wareki(c.asOf()), rs.heading);
        Row header = sheet.createRow(1);
        String[] heads = {label("report.goal"), label("report.initiative"), label("report.target"),
            label("report.progress"), label("report.rate")};
        header.setHeightInPoints(2 * LINE_POINTS);
        for (int i = 0; i < heads.length; i++) {
            Cells.put(header, i, heads[i], st.header);
        }
        int r = 2;
        String fiscalYear = FiscalYears.label(c.fiscalYear());
        for (DepartmentReport d : c.departments()) {
            Row dept = sheet.createRow(r++);
            Cells.put(dept, 0, label("department") + "　" + d.department(), rs.department);
            dept.setHeightInPoints(20);
            Cells.put(sheet.createRow(r++), 0, template.goalsHeading(fiscalYear), rs.heading);
            for (Goal g : d.goals()) {
                r = writeGoal(sheet, g, r, chars, rs);
            }
            sheet.setRowBreak(r - 1);
        }
        progressBars(sheet, 2, r - 1);
        sheet.createFreezePane(0, 2);
        PrintSetup.landscapeFitToWidth(sheet, template, 1);
        sheet.getHeader().setCenter(template.title(c.reportKind()) + "　" + fiscalYear + "　"
                + label("summary.as-of") + " " + Eras.wareki(c.asOf()));
    }

    /** One goal: its title in the first column spanning its rows, then a row per indicator. */
    private int writeGoal(XSSFSheet sheet, Goal g, int r, int[] chars, ReportStyles rs) {
        List<IndicatorRow> rows = g.rows();
        int first = r;
        IndicatorRow previous = null;
        for (IndicatorRow ir : rows) {
            Row row = sheet.createRow(r++);
            String goalText = previous == null ? goalText(g) : null;
            String initiative = initiativeText(ir, previous);
            String target = ir.indicator().target();
            String progress = progressText(ir.indicator());
            Cells.put(row, 0, goalText, rs.goal);
            Cells.put(row, 1, initiative, rs.cell);
            Cells.put(row, 2, target, rs.cell);
            Cells.put(row, 3, progress, rs.cell);
            Cells.put(row, 4, ir.indicator().progressRate(), rs.rate);
            int lines = Math.max(lines(initiative, chars[1]), Math.max(lines(target, chars[2]), lines(progress, chars[3])));
            row.setHeightInPoints(Math.max(1, lines) * LINE_POINTS + 3);
            previous = ir;
        }
        if (r - 1 > first) {
            sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
        }
        // a merged goal cell taller than its rows would be cut: give the last row what is missing
        int needed = lines(goalText(g), chars[0]);
        float have = 0;
        for (int i = first; i < r; i++) {
            have += sheet.getRow(i).getHeightInPoints();
        }
        float want = needed * LINE_POINTS + 3;
        if (want > have) {
            Row last = sheet.getRow(r - 1);
            last.setHeightInPoints(last.getHeightInPoints() + (want - have));
        }
        return r;
    }

    private String goalText(Goal g) {
        String mark = g.evaluation() == null ? "" : "\n\n" + label("report.evaluation") + "　" + g.evaluation();
        return g.number() + "　" + g.title() + mark;
    }

    /** ① and (1) rebuilt from the numbers, on the row where the initiative or item starts. */
    private static String initiativeText(IndicatorRow ir, IndicatorRow previous) {
        StringBuilder sb = new StringBuilder();
        boolean newInitiative = previous == null || previous.initiative() != ir.initiative();
        if (newInitiative) {
            sb.append(Ordinals.circled(ir.initiative().number())).append(' ').append(ir.initiative().title());
        }
        boolean newItem = newInitiative || previous.item() != ir.item();
        if (newItem && (ir.item().number() != null || ir.item().title() != null)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (ir.item().number() != null) {
                sb.append(Ordinals.parenthesized(ir.item().number())).append(' ');
            }
            sb.append(ir.item().title() == null ? "" : ir.item().title());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private String progressText(Indicator ind) {
        StringBuilder sb = new StringBuilder(ind.progress() == null ? "" : ind.progress());
        // every number the indicator has, in the notation goalsheet reads back from this sheet
        StringBuilder figures = new StringBuilder();
        String unit = ind.unit() == null ? "" : ind.unit();
        figure(figures, "", "report.baseline", ind.baseline(), unit);
        figure(figures, " → ", "report.target-value", ind.targetValue(), unit);
        figure(figures, " ／ ", "report.actual", ind.actual(), unit);
        if (figures.length() > 0) {
            sb.append(sb.length() > 0 ? "\n" : "").append(figures);
        }
        if (ind.progressRate() != null) {
            sb.append('\n').append(label("report.rate")).append(' ')
                    .append(new DecimalFormat("0.0").format(ind.progressRate())).append('%');
            if (ind.progressComputed()) {
                sb.append(label("report.computed"));
            }
        }
        return sb.toString();
    }

    /** 「基準値 17,913人」, after {@code separator} when another figure stands before it; nothing for no value. */
    private void figure(StringBuilder figures, String separator, String labelKey, Double value, String unit) {
        if (value != null) {
            figures.append(figures.length() > 0 ? separator : "").append(label(labelKey)).append(' ')
                    .append(new DecimalFormat("#,##0.##").format(value)).append(unit);
        }
    }

    /** Lines a text takes in a column of {@code chars} half-width characters (a kanji is two). */
    static int lines(String text, int chars) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int total = 0;
        for (String line : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < line.length(); i++) {
                width += line.charAt(i) < 0x2E80 ? 1 : 2;
            }
            total += Math.max(1, (width + chars - 1) / Math.max(1, chars));
        }
        return total;
    }

    /** An in-cell data bar on 進捗度, 0–100 %. */
    private static void progressBars(XSSFSheet sheet, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return;
        }
        var cf = sheet.getSheetConditionalFormatting();
        var rule = cf.createConditionalFormattingRule(new XSSFColor(new byte[] {(byte) 0x5b, (byte) 0x9b, (byte) 0xd5}));
        var bar = rule.getDataBarFormatting();
        bar.getMinThreshold().setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.NUMBER);
        bar.getMinThreshold().setValue(0d);
        bar.getMaxThreshold().setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.NUMBER);
        bar.getMaxThreshold().setValue(100d);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, 4, 4)}, rule);
    }

    private void writeSkipped(XSSFSheet sheet, Consolidation c, Styles st) {
        Row header = sheet.createRow(0);
        String[] heads = {label("findings.file"), label("findings.code"), label("findings.place"), label("findings.message")};
        for (int i = 0; i < heads.length; i++) {
            Cells.put(header, i, heads[i], st.header);
        }
        int r = 1;
        for (FileResult f : c.skipped()) {
            for (Finding x : f.findings()) {
                if (!x.isError()) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                Cells.put(row, 0, f.file(), st.text);
                Cells.put(row, 1, x.code(), st.text);
                Cells.put(row, 2, x.place() == null ? "" : x.place(true), st.text);
                Cells.put(row, 3, x.message(), st.text);
            }
        }
        int[] widths = {36, 18, 18, 70};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, 256 * widths[i]);
        }
        PrintSetup.landscapeFitToWidth(sheet, template, 0);
    }

    private String label(String key) {
        return labels.getString(key);
    }
}
