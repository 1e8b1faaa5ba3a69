package io.goalsheet.render.xlsx;

import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentComparison;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.render.findings.FindingsRenderers;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.Field;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.Eras;
import io.goalsheet.text.FiscalYears;
import java.io.IOException;
import java.io.OutputStream;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The consolidated report as a print-ready workbook, laid out like the published 重点目標一覧表 and
 * the PDF report: a summary sheet first, then one sheet in which each department starts a page with
 * its 担当部局名 line and the 【令和7年度重点目標】 heading, and each goal is a band (重点目標 N | title |
 * 各部署の自己評価 | ○), the column header (重点目標 | 具体的な重点取組項目（箇条書き） | 期限・数値目標等 |
 * 進捗状況・進捗度) and its rows ({@link GoalRows}), plus 進捗度 with an in-cell data bar. Goals are kept
 * whole on a printed page where they fit; a longer one goes on over the next pages with its band,
 * marked 「（続き）」, and the header repeated ({@link PageBreaks}). The sheet reads back as a
 * published-layout sheet with the same records.
 */
public final class ReportWorkbook {

    public static final String REPORT = "重点目標一覧表";

    /** Excel characters per unit of the template's relative column widths (A4 landscape fits ~150). */
    private static final double CHARS_PER_UNIT = 1.45;
    /** The 進捗度 column right of the four, for its figure and data bar. */
    private static final double RATE_UNITS = 7;
    /** The 前回比 column right of it, with --previous. */
    private static final double CHANGE_UNITS = 5;
    private static final double BODY_POINTS = 10;
    private static final double BAND_TITLE_POINTS = 11;
    private static final double MARK_POINTS = 16;
    private static final double NUMBER_POINTS = 14;
    private static final double DEPARTMENT_POINTS = 14;
    private static final double HEADING_POINTS = 12;
    private static final double TITLE_POINTS = 14;
    /** Space between two goals on a page. */
    private static final float GAP_POINTS = 9;
    /** The PDF report's fills: column header and goal band. */
    private static final byte[] HEAD_FILL = {(byte) 0xe4, (byte) 0xe8, (byte) 0xee};
    private static final byte[] TITLE_FILL = {(byte) 0xf3, (byte) 0xf5, (byte) 0xf8};
    private static final byte[] BAR = {(byte) 0x5b, (byte) 0x9b, (byte) 0xd5};

    private final Schema schema;
    /** The 期限 field's title, written before each deadline; null for a schema without one (no deadlines). */
    private final String deadlineTitle;
    private final ReportTemplate template;
    private final ResourceBundle labels = ResourceBundle.getBundle("io.goalsheet.render.xlsx.labels");
    /** The change since the previous report in the same fiscal year, or null: no 前回比 column. */
    private Comparison changes;

    public ReportWorkbook(Schema schema, ReportTemplate template) {
        this.schema = schema;
        this.deadlineTitle = schema.field("deadline").map(Field::title).orElse(null);
        this.template = template;
    }

    public void write(Consolidation c, OutputStream out) throws IOException {
        write(c, null, out);
    }

    /**
     * With the change since the previous report ({@code changes}, null for none): a 前回比 column right of
     * 進捗度 (its change in points, ▲ up ▼ down) and the sheets 部局別の変化 and 前回からの変化 after the report.
     */
    public void write(Consolidation c, Comparison changes, OutputStream out) throws IOException {
        this.changes = changes == null || changes.newPlan() ? null : changes;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            String skippedSheet = label("report.skipped");
            String excluded = SummarySheet.excluded(c, labels, skippedSheet);
            XSSFSheet summary = wb.createSheet(MergeWorkbook.SUMMARY);
            new SummarySheet(schema, template, labels).write(new PoiGrid(summary, st, template), MergeWorkbook.SUMMARY, c,
                    false, excluded);
            new ReportSheet(wb.createSheet(REPORT), new ReportStyles(wb, st)).write(c, excluded);
            if (changes != null) {
                ChangesSheets sheets = new ChangesSheets(labels);
                sheets.summary(new PoiGrid(wb.createSheet(ChangesSheets.SUMMARY), st, template), changes);
                sheets.changes(new PoiGrid(wb.createSheet(ChangesSheets.CHANGES), st, template), changes);
            }
            if (!c.skipped().isEmpty()) {
                writeSkipped(wb.createSheet(skippedSheet), c, st);
            }
            wb.write(out);
        }
    }

    /** Styles of the report sheet: bordered, top-aligned, wrapped text; the band and header filled as in the PDF. */
    private static final class ReportStyles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle note;
        final CellStyle departmentLabel;
        final CellStyle department;
        final CellStyle bandLabel;
        final CellStyle bandTitle;
        final CellStyle markLabel;
        final CellStyle mark;
        final CellStyle columnHeader;
        final CellStyle number;
        final CellStyle text;
        final CellStyle rate;
        final CellStyle rateChange;

        ReportStyles(XSSFWorkbook wb, Styles st) {
            title = wb.createCellStyle();
            title.setFont(Styles.font(wb, TITLE_POINTS, true));
            heading = wb.createCellStyle();
            heading.setFont(Styles.font(wb, HEADING_POINTS, true));
            note = wb.createCellStyle();
            note.setFont(Styles.font(wb, BODY_POINTS, false));
            var body = Styles.font(wb, BODY_POINTS, false);
            var bold = Styles.font(wb, BODY_POINTS, true);
            departmentLabel = filled(wb, HEAD_FILL, body, HorizontalAlignment.CENTER);
            department = filled(wb, null, Styles.font(wb, DEPARTMENT_POINTS, true), HorizontalAlignment.LEFT);
            bandLabel = filled(wb, HEAD_FILL, bold, HorizontalAlignment.CENTER);
            bandTitle = filled(wb, TITLE_FILL, Styles.font(wb, BAND_TITLE_POINTS, true), HorizontalAlignment.LEFT);
            markLabel = filled(wb, TITLE_FILL, Styles.font(wb, BODY_POINTS - 1, false), HorizontalAlignment.RIGHT);
            mark = filled(wb, TITLE_FILL, Styles.font(wb, MARK_POINTS, true), HorizontalAlignment.CENTER);
            columnHeader = filled(wb, HEAD_FILL, body, HorizontalAlignment.CENTER);
            number = Styles.bordered(wb);
            number.setFont(Styles.font(wb, NUMBER_POINTS, true));
            number.setAlignment(HorizontalAlignment.CENTER);
            text = Styles.bordered(wb);
            text.setFont(body);
            text.setWrapText(true);
            rate = Styles.bordered(wb);
            rate.setFont(body);
            rate.setDataFormat(wb.createDataFormat().getFormat("0.0\"%\""));
            rate.setAlignment(HorizontalAlignment.RIGHT);
            rateChange = Styles.bordered(wb);
            rateChange.setFont(body);
            rateChange.setDataFormat(wb.createDataFormat().getFormat("\"▲\"0.0;\"▼\"0.0;\"±\"0.0"));
            rateChange.setAlignment(HorizontalAlignment.RIGHT);
        }

        /** Bordered, wrapped, centred vertically, on {@code fill} (null: none). */
        private static CellStyle filled(XSSFWorkbook wb, byte[] fill, org.apache.poi.ss.usermodel.Font font,
                                        HorizontalAlignment align) {
            XSSFCellStyle s = (XSSFCellStyle) Styles.bordered(wb);
            s.setFont(font);
            s.setWrapText(true);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            if (fill != null) {
                s.setFillForegroundColor(new XSSFColor(fill));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        }
    }

    /** The 重点目標一覧表 sheet, written top to bottom with the height taken on the current printed page. */
    private final class ReportSheet {
        private final XSSFSheet sheet;
        private final ReportStyles rs;
        private final double[] chars;
        private final double page;
        private final String[] heads = {label("report.goal"), label("report.initiative"), label("report.target"),
            label("report.progress")};
        private int r;
        private double used;
        /** The department being written, set beside its previous report; null without --previous. */
        private DepartmentComparison department;

        ReportSheet(XSSFSheet sheet, ReportStyles rs) {
            this.sheet = sheet;
            this.rs = rs;
            ReportTemplate.Columns cols = template.columns();
            double[] units = changes == null ? new double[] {cols.goal(), cols.initiative(), cols.target(), cols.progress(),
                RATE_UNITS} : new double[] {cols.goal(), cols.initiative(), cols.target(), cols.progress(), RATE_UNITS,
                CHANGE_UNITS};
            chars = new double[units.length];
            for (int i = 0; i < units.length; i++) {
                chars[i] = Math.round(units[i] * CHARS_PER_UNIT * 4) / 4.0;
                sheet.setColumnWidth(i, (int) Math.round(256 * chars[i]));
            }
            page = PageBreaks.pageHeight(template.page(), chars);
        }

        void write(Consolidation c, String excluded) {
            Row title = row(RowHeight.points(1, TITLE_POINTS));
            Cells.put(title, 0, template.withOrganisation(template.title(c.reportKind())), rs.title);
            // labelled as the entry layout labels it, so the sheet read back has its 報告時点
            Cells.put(title, 3, label("summary.as-of") + "　" + Eras.wareki(c.asOf()), rs.heading);
            if (excluded != null) {
                Cells.put(row(RowHeight.points(1, BODY_POINTS)), 0, excluded, rs.note);
            }
            int firstBody = r;
            String fiscalYear = FiscalYears.label(c.fiscalYear());
            for (DepartmentReport d : c.departments()) {
                department = changes == null ? null : changes.of(d.department());
                if (r > firstBody) {
                    pageBreak();
                }
                Row dept = row(RowHeight.points(1, DEPARTMENT_POINTS));
                Cells.put(dept, 0, label("department"), rs.departmentLabel);
                Cells.put(dept, 1, d.department(), rs.department);
                String fy = d.fiscalYear() != null ? FiscalYears.label(d.fiscalYear()) : fiscalYear;
                // with a little space under it, as the PDF leaves
                Cells.put(row(RowHeight.points(1, HEADING_POINTS) + 4), 0, template.goalsHeading(fy), rs.heading);
                boolean first = true;
                for (Goal g : d.goals()) {
                    goal(g, first);
                    first = false;
                }
            }
            progressBars(firstBody, r - 1);
            PrintSetup.landscapeFitToWidth(sheet, template, -1);
            sheet.getHeader().setCenter(template.title(c.reportKind()) + "　" + fiscalYear + "　"
                    + label("summary.as-of") + " " + Eras.wareki(c.asOf()));
        }

        /** A goal: its band and header, then its rows; a page break and the band again where a page ends inside it. */
        private void goal(Goal g, boolean firstInDepartment) {
            List<GoalRows.Row> rows = GoalRows.of(g, ReportWorkbook.this::targetText, ReportWorkbook.this::progressText);
            float[] heights = new float[rows.size()];
            for (int i = 0; i < heights.length; i++) {
                GoalRows.Row x = rows.get(i);
                heights[i] = new RowHeight(BODY_POINTS).cell(x.initiative(), chars[1]).cell(x.target(), chars[2])
                        .cell(x.progress(), chars[3]).points();
            }
            List<int[]> blocks = blocks(rows);
            double[] blockHeights = new double[blocks.size()];
            for (int b = 0; b < blockHeights.length; b++) {
                for (int i = blocks.get(b)[0]; i < blocks.get(b)[1]; i++) {
                    blockHeights[b] += heights[i];
                }
            }
            String label = label("report.goal-number").replace("{0}", String.valueOf(g.number()));
            String continued = label + label("report.continued");
            double header = headerHeight();
            double head = bandHeight(g, label) + header;
            double contHead = bandHeight(g, continued) + header;
            double minBody = RowHeight.points(1, NUMBER_POINTS);
            PageBreaks.Plan plan = PageBreaks.plan(page, used, GAP_POINTS, head, contHead, blockHeights, minBody,
                    !firstInDepartment);
            if (plan.newPage()) {
                pageBreak();
            } else if (used > 0 && !firstInDepartment) {
                row(GAP_POINTS);
            }
            band(g, label);
            int part = r;
            for (int b = 0; b < blocks.size(); b++) {
                if (plan.continuedAt().contains(b)) {
                    goalColumn(g, part, minBody);
                    pageBreak();
                    band(g, continued);
                    part = r;
                }
                for (int i = blocks.get(b)[0]; i < blocks.get(b)[1]; i++) {
                    GoalRows.Row x = rows.get(i);
                    Row row = row(heights[i]);
                    Cells.put(row, 0, null, rs.number);
                    Cells.put(row, 1, x.initiative(), rs.text);
                    Cells.put(row, 2, x.target(), rs.text);
                    Cells.put(row, 3, x.progress(), rs.text);
                    Cells.put(row, 4, x.indicator() == null ? null : x.indicator().progressRate(), rs.rate);
                    if (changes != null) {
                        Double change = x.indicator() == null || department == null ? null
                                : department.rateChange(x.indicator());
                        Cells.put(row, 5, change == null ? null : Math.round(change * 10) / 10.0, rs.rateChange);
                    }
                }
            }
            if (r > part) {
                goalColumn(g, part, minBody);
            }
        }

        /**
         * The goal column of one page's part of a goal, rows {@code from} to the last written: the goal's
         * number, merged over them; the last row made taller if they are lower than the number.
         */
        private void goalColumn(Goal g, int from, double minBody) {
            sheet.getRow(from).getCell(0).setCellValue(g.number());
            double h = 0;
            for (int i = from; i < r; i++) {
                h += sheet.getRow(i).getHeightInPoints();
            }
            if (h < minBody) {
                Row last = sheet.getRow(r - 1);
                last.setHeightInPoints((float) (last.getHeightInPoints() + minBody - h));
                used += minBody - h;
            }
            if (r - 1 > from) {
                sheet.addMergedRegion(new CellRangeAddress(from, r - 1, 0, 0));
            }
        }

        /** 「重点目標 N | title | 各部署の自己評価 | ○」 and the column header under it. */
        private void band(Goal g, String label) {
            Row band = row((float) bandHeight(g, label));
            Cells.put(band, 0, label, rs.bandLabel);
            Cells.put(band, 1, g.title(), rs.bandTitle);
            Cells.put(band, 2, null, rs.bandTitle);
            sheet.addMergedRegion(new CellRangeAddress(band.getRowNum(), band.getRowNum(), 1, 2));
            Cells.put(band, 3, label("report.evaluation"), rs.markLabel);
            Cells.put(band, 4, g.evaluation(), rs.mark); // none: left empty, as a blank mark reads back
            if (changes != null) {
                Cells.put(band, 5, null, rs.bandTitle);
            }
            Row header = row((float) headerHeight());
            for (int i = 0; i < heads.length; i++) {
                Cells.put(header, i, heads[i], rs.columnHeader);
            }
            Cells.put(header, 4, null, rs.columnHeader);
            sheet.addMergedRegion(new CellRangeAddress(header.getRowNum(), header.getRowNum(), 3, 4));
            if (changes != null) {
                Cells.put(header, 5, label("changes.rate"), rs.columnHeader);
            }
        }

        private double bandHeight(Goal g, String label) {
            return Math.max(Math.max(new RowHeight(BAND_TITLE_POINTS).cell(g.title(), chars[1] + chars[2]).points(),
                    new RowHeight(BODY_POINTS).cell(label, chars[0]).points()), RowHeight.points(1, MARK_POINTS));
        }

        private double headerHeight() {
            RowHeight h = new RowHeight(BODY_POINTS);
            for (int i = 0; i < 3; i++) {
                h.cell(heads[i], chars[i]);
            }
            return h.cell(heads[3], chars[3] + chars[4]).points();
        }

        /** The next row, {@code height} points high, counted on the current page. */
        private Row row(float height) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(height);
            used += height;
            return row;
        }

        /** A manual break above the next row: it starts a page. */
        private void pageBreak() {
            sheet.setRowBreak(r - 1);
            used = 0;
        }

        /** An in-cell data bar on 進捗度, 0–100 %. */
        private void progressBars(int firstRow, int lastRow) {
            if (lastRow < firstRow) {
                return;
            }
            var cf = sheet.getSheetConditionalFormatting();
            var rule = cf.createConditionalFormattingRule(new XSSFColor(BAR));
            var bar = rule.getDataBarFormatting();
            bar.getMinThreshold().setRangeType(RangeType.NUMBER);
            bar.getMinThreshold().setValue(0d);
            bar.getMaxThreshold().setRangeType(RangeType.NUMBER);
            bar.getMaxThreshold().setValue(100d);
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, 4, 4)}, rule);
        }
    }

    /** Runs of rows that stay on one page: heading rows with the row after them (start inclusive, end exclusive). */
    static List<int[]> blocks(List<GoalRows.Row> rows) {
        List<int[]> blocks = new ArrayList<>();
        int from = 0;
        while (from < rows.size()) {
            int k = from;
            while (k < rows.size() - 1 && rows.get(k).heading()) {
                k++;
            }
            blocks.add(new int[] {from, k + 1});
            from = k + 1;
        }
        return blocks;
    }

    /**
     * The target and, on a line of its own, its deadline after the 期限 field's title
     * (「期限 令和8年3月31日」), as goalsheet reads it back from this sheet.
     */
    private String targetText(Indicator ind) {
        if (ind.deadline() == null || deadlineTitle == null) {
            return ind.target();
        }
        String line = deadlineTitle + " " + Eras.wareki(ind.deadline());
        return ind.target() == null || ind.target().isEmpty() ? line : ind.target() + "\n" + line;
    }

    /** 進捗状況 and every number the indicator has, in the notation goalsheet reads back from this sheet. */
    private String progressText(Indicator ind) {
        StringBuilder sb = new StringBuilder(ind.progress() == null ? "" : ind.progress());
        StringBuilder figures = new StringBuilder();
        String unit = ind.unit() == null ? "" : ind.unit();
        figure(figures, "", "report.baseline", ind.baseline(), unit);
        figure(figures, " → ", "report.target-value", ind.targetValue(), unit);
        figure(figures, " ／ ", "report.actual", ind.actual(), unit);
        if (figures.length() > 0) {
            sb.append(sb.length() > 0 ? "\n" : "").append(figures);
        }
        if (ind.progressRate() != null) {
            sb.append(sb.length() > 0 ? "\n" : "").append(label("report.rate")).append(' ')
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

    /**
     * The files left out, as the PDF's appendix lists them: by file name (not the folders of whoever
     * ran goalsheet), each error by its code's Japanese title and the value, never the run's advice.
     */
    private void writeSkipped(XSSFSheet sheet, Consolidation c, Styles st) {
        int[] widths = {36, 18, 22, 70};
        String[] heads = {label("findings.file"), label("department"), label("findings.place"), label("findings.message")};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, 256 * widths[i]);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(RowHeight.points(1, 14));
        Cells.put(title, 0, label("skipped.title"), st.title);
        Cells.put(sheet.createRow(1), 0, label("skipped.note"), null);
        Row header = sheet.createRow(2);
        RowHeight hh = new RowHeight(RowHeight.DEFAULT_FONT_POINTS);
        for (int i = 0; i < heads.length; i++) {
            Cells.put(header, i, heads[i], st.header);
            hh.cell(heads[i], widths[i]);
        }
        header.setHeightInPoints(hh.points());
        int r = 3;
        for (FileResult f : c.skipped()) {
            boolean first = true;
            for (Finding x : f.findings()) {
                if (!x.isError()) {
                    continue;
                }
                String file = first ? f.fileName() : null;
                String dept = first ? (f.department() == null ? label("skipped.unknown-department") : f.department()) : null;
                String place = x.place() == null ? "" : x.place(true);
                String what = FindingsRenderers.codeTitle(x.code(), Locale.JAPANESE);
                if (x.value() != null && !x.value().isBlank()) {
                    what += "\n" + label("skipped.value") + x.value();
                }
                Row row = sheet.createRow(r++);
                row.setHeightInPoints(new RowHeight(RowHeight.DEFAULT_FONT_POINTS).cell(file, widths[0])
                        .cell(dept, widths[1]).cell(place, widths[2]).cell(what, widths[3]).points());
                Cells.put(row, 0, file, st.text);
                Cells.put(row, 1, dept, st.text);
                Cells.put(row, 2, place, st.text);
                Cells.put(row, 3, what, st.text);
                first = false;
            }
        }
        PrintSetup.landscapeFitToWidth(sheet, template, 2);
    }

    private String label(String key) {
        return labels.getString(key);
    }
}
