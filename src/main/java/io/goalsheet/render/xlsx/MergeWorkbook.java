package io.goalsheet.render.xlsx;

import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentComparison;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.IndicatorRow;
import io.goalsheet.schema.Field;
import io.goalsheet.schema.MetadataField;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.FiscalYears;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The merged workbook of {@code goalsheet merge}: 一覧 (every indicator row of every department),
 * 集計 (per-department counts as live COUNTIFS formulas over 一覧, and a native bar chart), one
 * sheet per department in the entry layout (so it can be split and re-validated), and 検証結果.
 * Every sheet is streamed into the file as it is written ({@link XlsxPackage}): memory does not
 * grow with the rows, and a thousand departments cost what their cells cost.
 */
public final class MergeWorkbook {

    public static final String LIST = "一覧";
    public static final String SUMMARY = "集計";
    public static final String FINDINGS = "検証結果";
    /** Rows a sheet holds, the header included: 一覧 takes one row per indicator after its header. */
    public static final int MAX_ROWS = StreamSheet.MAX_ROWS;
    /**
     * Department sheets print their header row on every page up to this many departments: each is a
     * defined name in the workbook part, and a city has tens of departments, not hundreds (a batch of a
     * thousand test copies prints without them).
     */
    static final int PRINT_TITLES_MAX_DEPARTMENTS = 200;
    /** The cells' font size: the workbook's default font. */
    private static final double FONT = RowHeight.DEFAULT_FONT_POINTS;

    /** Columns of 一覧 after 担当部局名 and the schema's fields: for totals and for tracing each row back. */
    static final List<String> EXTRA = List.of("list.progress-used", "list.progress-source", "list.goal-first",
            "list.file", "list.sheet", "list.row");

    private final Schema schema;
    private final ReportTemplate template;
    private final ResourceBundle labels = ResourceBundle.getBundle("io.goalsheet.render.xlsx.labels");
    private final List<Field> fields;
    private final Style[] fieldStyles;

    public MergeWorkbook(Schema schema, ReportTemplate template) {
        this.schema = schema;
        this.template = template;
        this.fields = schema.fields();
        this.fieldStyles = new Style[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            fieldStyles[i] = fields.get(i).constraints().enumValues().isEmpty() ? Style.TEXT : Style.CENTER;
        }
    }

    /** Receives a tick per indicator row written, for a progress bar. */
    public interface Progress {
        void rowWritten();
    }

    /**
     * @param created recorded as the workbook's creation time: the same inputs and time give the same bytes
     * @throws IllegalArgumentException when 一覧 would have more rows than {@link #MAX_ROWS} (callers check first)
     */
    public void write(Consolidation c, OutputStream out, Instant created, Progress progress) throws IOException {
        write(c, null, out, created, progress);
    }

    /**
     * With the change since the previous report ({@code changes}, null for none): 一覧 gets a 前回比 column
     * (the change of each 進捗度 in points) and the workbook the sheets 部局別の変化 and 前回からの変化.
     */
    public void write(Consolidation c, Comparison changes, OutputStream out, Instant created, Progress progress)
            throws IOException {
        try (XlsxPackage xlsx = new XlsxPackage(out, template, created)) {
            writeList(xlsx.sheet(LIST), c, changes, progress);
            new SummarySheet(schema, template, labels).write(xlsx.sheet(SUMMARY), SUMMARY, c, true,
                    SummarySheet.excluded(c, labels, FINDINGS));
            SheetNames names = new SheetNames(LIST, SUMMARY, FINDINGS);
            if (changes != null) {
                ChangesSheets sheets = new ChangesSheets(labels);
                sheets.summary(xlsx.sheet(names.unique(ChangesSheets.SUMMARY)), changes);
                sheets.changes(xlsx.sheet(names.unique(ChangesSheets.CHANGES)), changes);
            }
            for (DepartmentReport d : c.departments()) {
                writeDepartment(xlsx.sheet(names.unique(d.department())), d, c);
            }
            writeFindings(xlsx.sheet(FINDINGS), c);
            xlsx.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private String label(String key) {
        return labels.getString(key);
    }

    // ---- 一覧

    private void writeList(StreamSheet sheet, Consolidation c, Comparison changes, Progress progress) {
        boolean rateChange = changes != null && !changes.newPlan();
        int[] widths = new int[1 + fields.size() + EXTRA.size() + (rateChange ? 1 : 0)];
        widths[0] = 16;
        for (int i = 0; i < fields.size(); i++) {
            widths[1 + i] = ColumnWidths.of(fields.get(i));
        }
        for (int i = 0; i < EXTRA.size(); i++) {
            widths[1 + fields.size() + i] = i == 3 ? 30 : 12;
        }
        sheet.layout(widths, 2, 1, 1);
        String[] heads = new String[widths.length];
        heads[0] = label("department");
        for (int i = 0; i < fields.size(); i++) {
            heads[1 + i] = fields.get(i).title();
        }
        for (int i = 0; i < EXTRA.size(); i++) {
            heads[1 + fields.size() + i] = label(EXTRA.get(i));
        }
        if (rateChange) { // last, so that 集計's formulas point at the same columns either way
            widths[widths.length - 1] = 10;
            heads[heads.length - 1] = label("changes.rate");
        }
        header(sheet, 0, heads, widths);
        String computed = label("source.computed");
        String entered = label("source.entered");
        int x = 1 + fields.size();
        int rows = 0;
        Object[] values = new Object[fields.size()];
        for (DepartmentReport d : c.departments()) {
            DepartmentComparison dc = rateChange ? changes.of(d.department()) : null;
            Object previousGoal = null;
            for (IndicatorRow ir : d.rows()) {
                // the height goes before the cells: from the texts that wrap (the file's too)
                RowHeight h = fieldValues(ir, values, widths, 1).cell(d.department(), widths[0]).cell(d.file(), widths[x + 3])
                        .cell(d.sheet(), widths[x + 4]);
                sheet.row(++rows, h.points());
                sheet.text(0, d.department(), Style.TEXT);
                fieldCells(sheet, values, 1);
                Indicator ind = ir.indicator();
                Double rate = ind.progressRate();
                sheet.put(x, rate, Style.PERCENT);
                sheet.put(x + 1, rate == null ? null : ind.progressComputed() ? computed : entered, Style.CENTER);
                boolean first = ir.goal() != previousGoal;
                previousGoal = ir.goal();
                sheet.put(x + 2, first ? 1 : null, Style.CENTER);
                sheet.put(x + 3, d.file(), Style.TEXT);
                sheet.put(x + 4, d.sheet(), Style.TEXT);
                sheet.number(x + 5, ind.row(), Style.CENTER);
                if (rateChange) {
                    Double change = dc == null ? null : dc.rateChange(ind);
                    sheet.put(x + 6, change == null ? null : Math.round(change * 10) / 10.0, Style.NUMBER);
                }
                progress.rowWritten();
            }
        }
        sheet.autoFilter(rows, widths.length - 1);
    }

    /** A header row of titles, as high as its wrapped titles need. */
    private static void header(StreamSheet sheet, int row, String[] titles, int[] widths) {
        RowHeight h = new RowHeight(FONT);
        for (int i = 0; i < titles.length; i++) {
            h.cell(titles[i], widths[i]);
        }
        sheet.row(row, h.points());
        for (int i = 0; i < titles.length; i++) {
            sheet.text(i, titles[i], Style.HEADER);
        }
    }

    /**
     * The schema's fields of one indicator row into {@code values}; returns the height their texts
     * need in the columns from {@code from} on (texts that wrap: not the centred choices).
     */
    private RowHeight fieldValues(IndicatorRow ir, Object[] values, int[] widths, int from) {
        RowHeight h = new RowHeight(FONT);
        for (int i = 0; i < fields.size(); i++) {
            values[i] = ir.value(fields.get(i).name());
            if (values[i] instanceof String s && fieldStyles[i] == Style.TEXT) {
                h.cell(s, widths[from + i]);
            }
        }
        return h;
    }

    /** The values of {@link #fieldValues} as cells, from column {@code from} on. */
    private void fieldCells(StreamSheet sheet, Object[] values, int from) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Object v = values[i];
            Style style;
            if (v instanceof LocalDate) {
                style = Style.DATE;
            } else if (v instanceof Integer) {
                style = Style.CENTER;
            } else if (v instanceof Double) {
                style = f.isPercent() ? Style.PERCENT : Style.NUMBER;
            } else {
                style = fieldStyles[i];
            }
            sheet.put(from + i, v, style);
        }
    }

    // ---- department sheets, in the entry layout

    private void writeDepartment(StreamSheet sheet, DepartmentReport d, Consolidation c) {
        int[] widths = new int[fields.size()];
        String[] heads = new String[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            widths[i] = ColumnWidths.of(fields.get(i));
            heads[i] = fields.get(i).title();
        }
        sheet.layout(widths, 0, 4, 0);
        if (c.departments().size() <= PRINT_TITLES_MAX_DEPARTMENTS) {
            sheet.repeatRows(3, 3);
        }
        sheet.row(0, RowHeight.points(1, 14));
        sheet.text(0, template.title(c.reportKind()), Style.TITLE);
        sheet.row(1, 0);
        metadata(sheet, 0, "department", d.department());
        metadata(sheet, 3, "fiscalYear", d.fiscalYear() == null ? null : FiscalYears.label(d.fiscalYear()));
        sheet.row(2, 0);
        metadata(sheet, 0, "asOf", d.asOf());
        metadata(sheet, 3, "reportKind", d.reportKind());
        header(sheet, 3, heads, widths);
        Object[] values = new Object[fields.size()];
        int r = 4;
        for (IndicatorRow ir : d.rows()) {
            sheet.row(r++, fieldValues(ir, values, widths, 0).points());
            fieldCells(sheet, values, 0);
        }
    }

    private void metadata(StreamSheet sheet, int col, String name, Object value) {
        MetadataField m = schema.metadataField(name).orElse(null);
        if (m == null || value == null) {
            return;
        }
        sheet.text(col, m.label(), Style.LABEL);
        sheet.put(col + 1, value, value instanceof LocalDate ? Style.DATE : Style.PLAIN);
    }

    // ---- 検証結果

    private void writeFindings(StreamSheet sheet, Consolidation c) {
        int[] widths = {34, 8, 8, 18, 18, 40, 60};
        sheet.layout(widths, 0, 1, 1);
        String[] heads = {label("findings.file"), label("findings.status"), label("findings.severity"),
            label("findings.code"), label("findings.place"), label("findings.value"), label("findings.message")};
        header(sheet, 0, heads, widths);
        Set<String> skipped = new HashSet<>();
        c.skipped().forEach(f -> skipped.add(f.file()));
        int rows = 0;
        for (FileResult f : c.results()) {
            String status = label(skipped.contains(f.file()) ? "findings.skipped" : "findings.included");
            for (Finding x : f.findings()) {
                String place = x.place() == null ? "" : x.place(true);
                RowHeight h = new RowHeight(FONT).cell(f.file(), widths[0]).cell(x.code(), widths[3])
                        .cell(place, widths[4]).cell(x.value(), widths[5]).cell(x.message(), widths[6]);
                sheet.row(++rows, h.points());
                sheet.text(0, f.file(), Style.TEXT);
                sheet.text(1, status, Style.CENTER);
                sheet.text(2, label(x.isError() ? "findings.error" : "findings.warning"), Style.CENTER);
                sheet.text(3, x.code(), Style.TEXT);
                sheet.text(4, place, Style.TEXT);
                sheet.put(5, x.value(), Style.TEXT);
                sheet.text(6, x.message(), Style.TEXT);
            }
        }
        if (rows == 0) {
            sheet.nextRow();
            sheet.text(0, label("findings.none"), Style.PLAIN);
        }
    }
}
