package io.goalsheet.render.xlsx;

import io.goalsheet.model.Consolidation;
import io.goalsheet.model.Totals;
import io.goalsheet.read.CellAddress;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.Eras;
import io.goalsheet.text.FiscalYears;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The 集計 sheet: a row per department and a total row (goals, ◎ ○ △ ×, indicators, with numbers,
 * on track, average 進捗度), and a native stacked bar chart of the evaluations per department.
 * Written into a {@link Grid}: streamed in the merged workbook, a POI sheet in the report workbook.
 */
final class SummarySheet {

    /** ◎ ○ △ ×: from well ahead to behind, green to red. */
    private static final List<String> MARK_COLOURS = List.of("1B7F3B", "7CC05A", "F2A93B", "D63B2F");
    /** The header row (0-based); departments start below it. */
    private static final int HEADER = 2;
    private static final int TOP = HEADER + 1;

    /** A row's height where none is set: 游ゴシック 11 pt's, the taller of the two fonts the sheets name. */
    private static final float DEFAULT_ROW_POINTS = 18.75f;

    private final Schema schema;
    /** The heights of the rows written so far, in points. */
    private final List<Float> heights = new ArrayList<>();
    private final ReportTemplate template;
    private final ResourceBundle labels;
    private boolean formulas;
    private Grid grid;

    SummarySheet(Schema schema, ReportTemplate template, ResourceBundle labels) {
        this.schema = schema;
        this.template = template;
        this.labels = labels;
    }

    private String label(String key) {
        return labels.getString(key);
    }

    /** A formula with its value computed here, or just the value. */
    private void formula(int col, String formula, double value, Style style) {
        if (formulas) {
            grid.formula(col, formula, value, style);
        } else {
            grid.put(col, value, style);
        }
    }

    /**
     * @param formulas live formulas over the 一覧 sheet (merge), or plain values (the report workbook,
     *                 which has no 一覧)
     * @param note     a line under the title (how many inputs were left out), or null
     */
    void write(Grid grid, String sheetName, Consolidation c, boolean formulas, String note) {
        this.grid = grid;
        this.formulas = formulas;
        int n = c.departments().size();
        String list = XlsxPackage.reference(MergeWorkbook.LIST);
        int fields = schema.fields().size();
        String dept = col(list, 0);
        String eval = col(list, 1 + schema.fieldIndex("evaluation"));
        String target = col(list, 1 + schema.fieldIndex("targetValue"));
        String actual = col(list, 1 + schema.fieldIndex("actual"));
        String used = col(list, 1 + fields);
        String source = col(list, 2 + fields);
        String first = col(list, 3 + fields);
        String threshold = plain(c.onTrackThreshold());

        String[] heads = {label("department"), label("summary.goals"), "◎", "○", "△", "×", label("summary.unrated"),
            label("summary.indicators"), label("summary.with-numbers"),
            label("summary.on-track").replace("{0}", threshold), label("summary.average"), label("summary.computed")};
        int[] widths = new int[heads.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 22 : i == 9 ? 18 : 11;
        }
        grid.layout(widths, 1, TOP, TOP);
        row(0, RowHeight.points(1, 14));
        grid.put(0, template.title(c.reportKind()) + "　" + label("summary.title") + "　"
                + FiscalYears.label(c.fiscalYear()) + "　" + label("summary.as-of") + " " + Eras.wareki(c.asOf()),
                Style.TITLE);
        if (note != null) {
            row(1, RowHeight.points(1, RowHeight.DEFAULT_FONT_POINTS));
            grid.put(0, note, Style.PLAIN);
        }
        RowHeight header = new RowHeight(RowHeight.DEFAULT_FONT_POINTS);
        for (int i = 0; i < heads.length; i++) {
            header.cell(heads[i], widths[i]);
        }
        row(HEADER, header.points());
        for (int i = 0; i < heads.length; i++) {
            grid.put(i, heads[i], Style.HEADER);
        }
        for (int i = 0; i < n; i++) {
            Totals t = c.totals().get(i);
            int excel = TOP + i + 1;
            String name = c.departments().get(i).department();
            row(TOP + i, new RowHeight(RowHeight.DEFAULT_FONT_POINTS).cell(name, widths[0]).points());
            String a = "$A" + excel;
            grid.put(0, name, Style.TEXT);
            formula(1, "COUNTIFS(" + dept + "," + a + "," + first + ",1)", t.goals(), Style.INTEGER);
            for (int m = 0; m < Totals.MARKS.size(); m++) {
                String mark = CellAddress.column(2 + m) + "$" + (HEADER + 1);
                formula(2 + m, "COUNTIFS(" + dept + "," + a + "," + first + ",1," + eval + "," + mark + ")",
                        t.evaluations().get(m), Style.INTEGER);
            }
            formula(6, "B" + excel + "-SUM(C" + excel + ":F" + excel + ")", t.unrated(), Style.INTEGER);
            formula(7, "COUNTIF(" + dept + "," + a + ")", t.indicators(), Style.INTEGER);
            formula(8, "COUNTIFS(" + dept + "," + a + "," + target + ",\"<>\"," + actual + ",\"<>\")",
                    t.withNumbers(), Style.INTEGER);
            formula(9, "COUNTIFS(" + dept + "," + a + "," + used + ",\">=" + threshold + "\")", t.onTrack(),
                    Style.INTEGER);
            average(10, "AVERAGEIFS(" + used + "," + dept + "," + a + ")", t.averageProgress(), Style.PERCENT);
            formula(11, "COUNTIFS(" + dept + "," + a + "," + source + ",\"" + label("source.computed") + "\")",
                    t.computed(), Style.INTEGER);
        }
        int totalRow = TOP + n;
        int lastDepartment = Math.max(TOP + 1, totalRow);
        row(totalRow, RowHeight.points(1, RowHeight.DEFAULT_FONT_POINTS));
        Totals all = c.overall();
        grid.put(0, label("summary.total"), Style.TOTAL_TEXT);
        int[] values = {all.goals(), all.count("◎"), all.count("○"), all.count("△"), all.count("×"), all.unrated(),
            all.indicators(), all.withNumbers(), all.onTrack()};
        for (int i = 0; i < values.length; i++) {
            String letter = CellAddress.column(1 + i);
            formula(1 + i, "SUM(" + letter + (TOP + 1) + ":" + letter + lastDepartment + ")", values[i],
                    Style.TOTAL_INTEGER);
        }
        average(10, "AVERAGE(" + used + ")", all.averageProgress(), Style.TOTAL_PERCENT);
        formula(11, "SUM(L" + (TOP + 1) + ":L" + lastDepartment + ")", all.computed(), Style.TOTAL_INTEGER);
        if (n > 0) {
            int at = totalRow + 2;
            double[] chars = new double[widths.length];
            for (int i = 0; i < widths.length; i++) {
                chars[i] = widths[i];
            }
            double page = PageBreaks.pageHeight(template.page(), chars);
            double repeated = 0;
            for (int r = 0; r < TOP; r++) {
                repeated += heights.get(r);
            }
            int rows = chartRows(n, (int) ((page - repeated) / DEFAULT_ROW_POINTS));
            if (breaksBefore(at, rows * DEFAULT_ROW_POINTS, page, repeated)) {
                grid.breakBefore(at);
            }
            grid.chart(chart(sheetName, c, at, at + rows));
        }
    }

    /**
     * The chart's height in rows: two a department and six for its title and legend, at least 14;
     * no more than a printed page holds ({@code pageRows}, under the repeated rows) while that leaves
     * each department a bar of 8 points or more — else a page would cut it, as it cannot be split.
     */
    static int chartRows(int departments, int pageRows) {
        int natural = Math.max(14, 2 * departments + 6);
        if (natural <= pageRows || (pageRows - 6) * DEFAULT_ROW_POINTS / departments < 8) {
            return natural;
        }
        return pageRows;
    }

    /** Starts the row at {@code index}, keeping its height for the page the chart would print on. */
    private void row(int index, float height) {
        grid.row(index, height);
        while (heights.size() < index) {
            heights.add(DEFAULT_ROW_POINTS);
        }
        heights.add(height > 0 ? height : DEFAULT_ROW_POINTS);
    }

    /**
     * Whether the chart, {@code height} points from row {@code at}, must start a printed page not to be
     * cut by one's end: the pages of the rows above it (Excel ends a page at the last row that fits,
     * and repeats the rows above the first department on every page) leave less room than it takes,
     * and a page of its own holds it.
     */
    private boolean breaksBefore(int at, double height, double page, double repeated) {
        double used = 0;
        for (int r = 0; r < at; r++) {
            float h = r < heights.size() ? heights.get(r) : DEFAULT_ROW_POINTS;
            used = used + h > page ? repeated + h : used + h;
        }
        return used + height > page && repeated + height <= page;
    }

    /**
     * 「2部局は検証エラーのため除外（シート「除外したファイル」を参照）」 (ファイル when one of them names no
     * department), pointing at the sheet that lists them; null when none was left out.
     */
    static String excluded(Consolidation c, ResourceBundle labels, String sheet) {
        if (c.skipped().isEmpty()) {
            return null;
        }
        return java.text.MessageFormat.format(labels.getString(c.skippedAreDepartments() ? "excluded.departments" : "excluded.files"),
                c.skipped().size(), sheet);
    }

    private void average(int col, String formula, Double value, Style style) {
        Object shown = value != null ? value : "";
        if (formulas) {
            grid.formula(col, "IFERROR(" + formula + ",\"\")", shown, style);
        } else {
            grid.put(col, shown, style);
        }
    }

    /** A stacked bar per department of its goals' ◎ ○ △ ×, below the table. */
    private Grid.StackedBarChart chart(String sheetName, Consolidation c, int at, int to) {
        int n = c.departments().size();
        List<String> names = new ArrayList<>(n);
        c.departments().forEach(d -> names.add(d.department()));
        List<Grid.Series> series = new ArrayList<>();
        for (int m = 0; m < Totals.MARKS.size(); m++) {
            List<Integer> counts = new ArrayList<>(n);
            for (Totals t : c.totals()) {
                counts.add(t.evaluations().get(m));
            }
            series.add(new Grid.Series(Totals.MARKS.get(m), HEADER, 2 + m, 2 + m, MARK_COLOURS.get(m), counts));
        }
        return new Grid.StackedBarChart(label("chart.title"), sheetName, TOP, TOP + n - 1, 0, names, series, 0, at, 10, to);
    }

    private static String col(String sheet, int index) {
        String c = CellAddress.column(index);
        return sheet + "$" + c + ":$" + c;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
