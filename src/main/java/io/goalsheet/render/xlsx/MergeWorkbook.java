package io.goalsheet.render.xlsx;

import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.IndicatorRow;
import io.goalsheet.schema.Field;
import io.goalsheet.schema.MetadataField;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.FiscalYears;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The merged workbook of {@code goalsheet merge}: 一覧 (every indicator row of every department),
 * 集計 (per-department counts as live COUNTIFS formulas over 一覧, and a native bar chart), one
 * sheet per department in the entry layout (so it can be split and re-validated), and 検証結果.
 * 一覧 and the department sheets are streamed (SXSSF), so memory does not grow with the rows.
 */
public final class MergeWorkbook {

    public static final String LIST = "一覧";
    public static final String SUMMARY = "集計";
    public static final String FINDINGS = "検証結果";

    /** Columns of 一覧 after 担当部局名 and the schema's fields: for totals and for tracing each row back. */
    static final List<String> EXTRA = List.of("list.progress-used", "list.progress-source", "list.goal-first",
            "list.file", "list.sheet", "list.row");

    private final Schema schema;
    private final ReportTemplate template;
    private final ResourceBundle labels = ResourceBundle.getBundle("io.goalsheet.render.xlsx.labels");

    public MergeWorkbook(Schema schema, ReportTemplate template) {
        this.schema = schema;
        this.template = template;
    }

    /** Receives a tick per indicator row written, for a progress bar. */
    public interface Progress {
        void rowWritten();
    }

    public void write(Consolidation c, OutputStream out, Progress progress) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook wb = new SXSSFWorkbook(base, 200);
        wb.setCompressTempFiles(false);
        try {
            Styles st = new Styles(wb);
            XSSFSheet summary = base.createSheet(SUMMARY);
            SXSSFSheet list = wb.createSheet(LIST);
            writeList(list, c, st, progress);
            new SummarySheet(schema, template, labels).write(summary, c, st, true);
            SheetNames names = new SheetNames(LIST, SUMMARY, FINDINGS);
            for (DepartmentReport d : c.departments()) {
                writeDepartment(wb.createSheet(names.unique(d.department())), d, c, st);
            }
            writeFindings(wb.createSheet(FINDINGS), c, st);
            wb.setSheetOrder(LIST, 0);
            wb.setActiveSheet(0);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private String label(String key) {
        return labels.getString(key);
    }

    // ---- 一覧

    private void writeList(SXSSFSheet sheet, Consolidation c, Styles st, Progress progress) {
        List<Field> fields = schema.fields();
        Row header = sheet.createRow(0);
        header.setHeightInPoints(30);
        Cells.put(header, 0, label("department"), st.header);
        for (int i = 0; i < fields.size(); i++) {
            Cells.put(header, 1 + i, fields.get(i).title(), st.header);
        }
        for (int i = 0; i < EXTRA.size(); i++) {
            Cells.put(header, 1 + fields.size() + i, label(EXTRA.get(i)), st.header);
        }
        int r = 1;
        for (DepartmentReport d : c.departments()) {
            Object previousGoal = null;
            for (IndicatorRow ir : d.rows()) {
                Row row = sheet.createRow(r++);
                Cells.put(row, 0, d.department(), st.text);
                for (int i = 0; i < fields.size(); i++) {
                    Field f = fields.get(i);
                    Object v = ir.value(f.name());
                    Cells.put(row, 1 + i, v, styleFor(f, v, st));
                }
                int x = 1 + fields.size();
                var ind = ir.indicator();
                Cells.put(row, x, ind.progressRate(), st.percent);
                Cells.put(row, x + 1, ind.progressRate() == null ? null
                        : label(ind.progressComputed() ? "source.computed" : "source.entered"), st.center);
                boolean first = ir.goal() != previousGoal;
                previousGoal = ir.goal();
                Cells.put(row, x + 2, first ? 1 : null, st.center);
                Cells.put(row, x + 3, d.file(), st.text);
                Cells.put(row, x + 4, d.sheet(), st.text);
                Cells.put(row, x + 5, ind.row(), st.center);
                progress.rowWritten();
            }
        }
        int lastCol = fields.size() + EXTRA.size();
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, lastCol));
        sheet.createFreezePane(2, 1);
        PrintSetup.landscapeFitToWidth(sheet, template, 0);
        sheet.setColumnWidth(0, 256 * 16);
        for (int i = 0; i < fields.size(); i++) {
            sheet.setColumnWidth(1 + i, 256 * ColumnWidths.of(fields.get(i)));
        }
        for (int i = 0; i < EXTRA.size(); i++) {
            sheet.setColumnWidth(1 + fields.size() + i, 256 * (i == 3 ? 30 : 12));
        }
    }

    static org.apache.poi.ss.usermodel.CellStyle styleFor(Field f, Object v, Styles st) {
        if (v instanceof java.time.LocalDate) {
            return st.date;
        }
        if (v instanceof Integer) {
            return st.center;
        }
        if (v instanceof Double) {
            return f.isPercent() ? st.percent : st.number;
        }
        return f.constraints().enumValues().isEmpty() ? st.text : st.center;
    }

    // ---- department sheets, in the entry layout

    private void writeDepartment(SXSSFSheet sheet, DepartmentReport d, Consolidation c, Styles st) {
        Row title = sheet.createRow(0);
        Cells.put(title, 0, template.title(c.reportKind()), st.title);
        Row m1 = sheet.createRow(1);
        Row m2 = sheet.createRow(2);
        metadata(m1, 0, "department", d.department(), st);
        metadata(m1, 3, "fiscalYear", d.fiscalYear() == null ? null : FiscalYears.label(d.fiscalYear()), st);
        metadata(m2, 0, "asOf", d.asOf(), st);
        metadata(m2, 3, "reportKind", d.reportKind(), st);
        List<Field> fields = schema.fields();
        Row header = sheet.createRow(3);
        for (int i = 0; i < fields.size(); i++) {
            Cells.put(header, i, fields.get(i).title(), st.header);
            sheet.setColumnWidth(i, 256 * ColumnWidths.of(fields.get(i)));
        }
        int r = 4;
        for (IndicatorRow ir : d.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < fields.size(); i++) {
                Object v = ir.value(fields.get(i).name());
                Cells.put(row, i, v, styleFor(fields.get(i), v, st));
            }
        }
        sheet.createFreezePane(0, 4);
        // no repeated header rows here: each is a defined name, and POI looks names up by scanning them all,
        // which a merge of a thousand departments would pay for quadratically
        PrintSetup.landscapeFitToWidth(sheet, template, -1);
    }

    private void metadata(Row row, int col, String name, Object value, Styles st) {
        MetadataField m = schema.metadataField(name).orElse(null);
        if (m == null || value == null) {
            return;
        }
        Cells.put(row, col, m.label(), st.label);
        var cell = Cells.put(row, col + 1, value, null);
        if (value instanceof java.time.LocalDate) {
            cell.setCellStyle(st.date);
        }
    }

    // ---- 検証結果

    private void writeFindings(SXSSFSheet sheet, Consolidation c, Styles st) {
        String[] heads = {label("findings.file"), label("findings.status"), label("findings.severity"),
            label("findings.code"), label("findings.place"), label("findings.value"), label("findings.message")};
        Row header = sheet.createRow(0);
        for (int i = 0; i < heads.length; i++) {
            Cells.put(header, i, heads[i], st.header);
        }
        int r = 1;
        java.util.Set<String> skipped = new java.util.HashSet<>();
        c.skipped().forEach(f -> skipped.add(f.file()));
        for (FileResult f : c.results()) {
            String status = label(skipped.contains(f.file()) ? "findings.skipped" : "findings.included");
            for (Finding x : f.findings()) {
                Row row = sheet.createRow(r++);
                Cells.put(row, 0, f.file(), st.text);
                Cells.put(row, 1, status, st.center);
                Cells.put(row, 2, label(x.isError() ? "findings.error" : "findings.warning"), st.center);
                Cells.put(row, 3, x.code(), st.text);
                Cells.put(row, 4, x.place() == null ? "" : x.place(), st.text);
                Cells.put(row, 5, x.value(), st.text);
                Cells.put(row, 6, x.message(), st.text);
            }
        }
        if (r == 1) {
            Cells.put(sheet.createRow(1), 0, label("findings.none"), null);
        }
        int[] widths = {34, 8, 8, 18, 18, 40, 60};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, 256 * widths[i]);
        }
        sheet.createFreezePane(0, 1);
    }
}
