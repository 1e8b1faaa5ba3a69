package io.goalsheet.render.xlsx;

import io.goalsheet.model.Consolidation;
import io.goalsheet.model.Totals;
import io.goalsheet.read.CellAddress;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.FiscalYears;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The 集計 sheet: a row per department and a total row (goals, ◎ ○ △ ×, indicators, with numbers,
 * on track, average 進捗度), and a native stacked bar chart of the evaluations per department.
 */
final class SummarySheet {

    /** ◎ ○ △ ×: from well ahead to behind, green to red. */
    private static final byte[][] MARK_COLOURS = {
        {(byte) 0x1b, (byte) 0x7f, (byte) 0x3b}, {(byte) 0x7c, (byte) 0xc0, (byte) 0x5a},
        {(byte) 0xf2, (byte) 0xa9, (byte) 0x3b}, {(byte) 0xd6, (byte) 0x3b, (byte) 0x2f}};

    private final Schema schema;
    private final ReportTemplate template;
    private final ResourceBundle labels;
    private boolean formulas;

    SummarySheet(Schema schema, ReportTemplate template, ResourceBundle labels) {
        this.schema = schema;
        this.template = template;
        this.labels = labels;
    }

    private String label(String key) {
        return labels.getString(key);
    }

    /** A formula with its value computed here, or just the value. */
    private void formula(Row row, int col, String formula, double value, CellStyle style) {
        if (formulas) {
            Cells.formula(row, col, formula, value, style);
        } else {
            Cells.put(row, col, value, style);
        }
    }

    /**
     * @param formulas live formulas over the 一覧 sheet (merge), or plain values (the report workbook,
     *                 which has no 一覧)
     */
    void write(XSSFSheet sheet, Consolidation c, Styles st, boolean formulas) {
        this.formulas = formulas;
        int n = c.departments().size();
        String list = "'" + MergeWorkbook.LIST + "'!";
        int fields = schema.fields().size();
        String dept = col(list, 0);
        String eval = col(list, 1 + schema.fieldIndex("evaluation"));
        String target = col(list, 1 + schema.fieldIndex("targetValue"));
        String actual = col(list, 1 + schema.fieldIndex("actual"));
        String used = col(list, 1 + fields);
        String source = col(list, 2 + fields);
        String first = col(list, 3 + fields);
        String threshold = plain(c.onTrackThreshold());

        Row title = sheet.createRow(0);
        Cells.put(title, 0, template.title(c.reportKind()) + "　" + label("summary.title") + "　"
                + FiscalYears.label(c.fiscalYear()) + "　" + label("summary.as-of") + " " + io.goalsheet.text.Eras.wareki(c.asOf()),
                st.title);
        Row header = sheet.createRow(2);
        header.setHeightInPoints(30);
        String[] heads = {label("department"), label("summary.goals"), "◎", "○", "△", "×", label("summary.unrated"),
            label("summary.indicators"), label("summary.with-numbers"),
            label("summary.on-track").replace("{0}", threshold), label("summary.average"), label("summary.computed")};
        for (int i = 0; i < heads.length; i++) {
            Cells.put(header, i, heads[i], st.header);
        }
        int top = 3;
        for (int i = 0; i < n; i++) {
            Totals t = c.totals().get(i);
            int excel = top + i + 1;
            Row row = sheet.createRow(top + i);
            String a = "$A" + excel;
            Cells.put(row, 0, c.departments().get(i).department(), st.text);
            formula(row, 1, "COUNTIFS(" + dept + "," + a + "," + first + ",1)", t.goals(), st.integer);
            for (int m = 0; m < Totals.MARKS.size(); m++) {
                String mark = CellAddress.column(2 + m) + "$3";
                formula(row, 2 + m, "COUNTIFS(" + dept + "," + a + "," + first + ",1," + eval + "," + mark + ")",
                        t.evaluations().get(m), st.integer);
            }
            formula(row, 6, "B" + excel + "-SUM(C" + excel + ":F" + excel + ")", t.unrated(), st.integer);
            formula(row, 7, "COUNTIF(" + dept + "," + a + ")", t.indicators(), st.integer);
            formula(row, 8, "COUNTIFS(" + dept + "," + a + "," + target + ",\"<>\"," + actual + ",\"<>\")",
                    t.withNumbers(), st.integer);
            formula(row, 9, "COUNTIFS(" + dept + "," + a + "," + used + ",\">=" + threshold + "\")", t.onTrack(),
                    st.integer);
            average(row, 10, "AVERAGEIFS(" + used + "," + dept + "," + a + ")", t.averageProgress(), st.percent);
            formula(row, 11, "COUNTIFS(" + dept + "," + a + "," + source + ",\"" + label("source.computed") + "\")",
                    t.computed(), st.integer);
        }
        int totalRow = top + n;
        int excelTotal = totalRow + 1;
        Row total = sheet.createRow(totalRow);
        Totals all = c.overall();
        Cells.put(total, 0, label("summary.total"), st.totalText);
        int[] values = {all.goals(), all.count("◎"), all.count("○"), all.count("△"), all.count("×"), all.unrated(),
            all.indicators(), all.withNumbers(), all.onTrack()};
        for (int i = 0; i < values.length; i++) {
            String letter = CellAddress.column(1 + i);
            formula(total, 1 + i, "SUM(" + letter + (top + 1) + ":" + letter + Math.max(top + 1, excelTotal - 1) + ")",
                    values[i], st.totalInteger);
        }
        average(total, 10, "AVERAGE(" + used + ")", all.averageProgress(), st.totalPercent);
        formula(total, 11, "SUM(L" + (top + 1) + ":L" + Math.max(top + 1, excelTotal - 1) + ")", all.computed(),
                st.totalInteger);
        sheet.setColumnWidth(0, 256 * 22);
        for (int i = 1; i < heads.length; i++) {
            sheet.setColumnWidth(i, 256 * (i == 9 ? 18 : 11));
        }
        sheet.createFreezePane(1, 3);
        PrintSetup.landscapeFitToWidth(sheet, template, 2);
        if (n > 0) {
            chart(sheet, top, n, totalRow + 2);
        }
    }

    private void average(Row row, int col, String formula, Double value, org.apache.poi.ss.usermodel.CellStyle style) {
        var cell = row.createCell(col);
        if (formulas) {
            cell.setCellFormula("IFERROR(" + formula + ",\"\")");
        }
        if (value != null) {
            cell.setCellValue(value);
        } else {
            cell.setCellValue("");
        }
        cell.setCellStyle(style);
    }

    /** A stacked bar per department of its goals' ◎ ○ △ ×. */
    private void chart(XSSFSheet sheet, int top, int n, int at) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, at, 10, at + Math.max(14, 2 * n + 6));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(label("chart.title"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis departments = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis goals = chart.createValueAxis(AxisPosition.BOTTOM);
        goals.setCrosses(AxisCrosses.AUTO_ZERO);
        goals.getOrAddMajorGridProperties();
        departments.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        var names = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(top, top + n - 1, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, departments, goals);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        for (int m = 0; m < Totals.MARKS.size(); m++) {
            var values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(top, top + n - 1, 2 + m, 2 + m));
            var series = data.addSeries(names, values);
            series.setTitle(Totals.MARKS.get(m), new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), 2, 2 + m,
                    true, true));
            var fill = new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
                    org.apache.poi.xddf.usermodel.XDDFColor.from(MARK_COLOURS[m]));
            var shape = new org.apache.poi.xddf.usermodel.XDDFShapeProperties();
            shape.setFillProperties(fill);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
        overlapFully(chart);
    }

    /**
     * Stacked bars need {@code <c:overlap val="100"/>} or Excel draws the segments side by side.
     * XDDF's setter needs a schema class missing from poi-ooxml-lite, so the element goes in by cursor,
     * before the axis ids as CT_BarChart orders it.
     */
    private static void overlapFully(XSSFChart chart) {
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        try (var cursor = bar.newCursor()) {
            if (cursor.toChild(new javax.xml.namespace.QName(ns, "axId"))) {
                cursor.beginElement(new javax.xml.namespace.QName(ns, "overlap", "c"));
                cursor.insertAttributeWithValue("val", "100");
            }
        }
    }

    private static String col(String sheet, int index) {
        String c = CellAddress.column(index);
        return sheet + "$" + c + ":$" + c;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

}
