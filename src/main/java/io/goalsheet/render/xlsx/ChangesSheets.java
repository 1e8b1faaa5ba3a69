package io.goalsheet.render.xlsx;

import io.goalsheet.model.Change;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.DepartmentComparison;
import io.goalsheet.model.Totals;
import io.goalsheet.render.compare.Wording;
import io.goalsheet.text.Eras;
import io.goalsheet.text.FiscalYears;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The two sheets of a comparison, in any workbook that has one (compare -o X.xlsx, merge and report
 * with --previous): 部局別の変化 (a row per department: averages before and after, evaluations up and
 * down, indicators that moved, what to check) and 前回からの変化 (a row per change, as the JSON has them).
 */
final class ChangesSheets {

    static final String SUMMARY = "部局別の変化";
    static final String CHANGES = "前回からの変化";
    private static final double FONT = RowHeight.DEFAULT_FONT_POINTS;

    private final ResourceBundle labels;
    private final Wording words = new Wording(Locale.JAPANESE);

    ChangesSheets(ResourceBundle labels) {
        this.labels = labels;
    }

    private String label(String key) {
        return labels.getString(key);
    }

    private void title(Grid grid, Comparison c, String what) {
        grid.row(0, RowHeight.points(1, 14));
        grid.put(0, what + "　" + MessageFormat.format(label("changes.periods"), Eras.wareki(c.previous().asOf()),
                Eras.wareki(c.current().asOf())), Style.TITLE);
        if (c.newPlan()) {
            grid.row(1, RowHeight.points(1, FONT));
            grid.put(0, words.get("new-plan", FiscalYears.label(c.previous().fiscalYear()),
                    FiscalYears.label(c.current().fiscalYear())), Style.PLAIN);
        }
    }

    private static void header(Grid grid, int row, String[] heads, int[] widths) {
        RowHeight h = new RowHeight(FONT);
        for (int i = 0; i < heads.length; i++) {
            h.cell(heads[i], widths[i]);
        }
        grid.row(row, h.points());
        for (int i = 0; i < heads.length; i++) {
            grid.put(i, heads[i], Style.HEADER);
        }
    }

    void summary(Grid grid, Comparison c) {
        String[] heads = {label("department"), label("changes.status"), label("changes.average-previous"),
            label("changes.average-current"), label("changes.average-change"), label("changes.evaluations-up"),
            label("changes.evaluations-down"), label("changes.moved"), label("changes.stale"),
            label("changes.decreased"), label("changes.added"), label("changes.dropped")};
        int[] widths = {22, 9, 11, 11, 10, 11, 11, 12, 11, 11, 8, 8};
        grid.layout(widths, 1, 3, 3);
        title(grid, c, label("changes.summary"));
        header(grid, 2, heads, widths);
        int r = 3;
        for (DepartmentComparison d : c.departments()) {
            grid.row(r++, new RowHeight(FONT).cell(d.department(), widths[0]).points());
            grid.put(0, d.department(), Style.TEXT);
            String status = d.previous() == null ? "added" : d.current() == null ? "dropped" : "both";
            grid.put(1, label("changes.status." + status), Style.CENTER);
            grid.put(2, average(d.previousTotals()), Style.PERCENT);
            grid.put(3, average(d.currentTotals()), Style.PERCENT);
            grid.put(4, d.averageChange(), Style.NUMBER);
            boolean both = d.previous() != null && d.current() != null && !c.newPlan();
            int[] counts = {d.evaluationsUp(), d.evaluationsDown(), d.moved(), d.count(Change.Kind.STALE_PROGRESS),
                d.count(Change.Kind.ACTUAL_DECREASED), d.count(Change.Kind.ADDED), d.count(Change.Kind.DROPPED)};
            for (int i = 0; i < counts.length; i++) {
                grid.put(5 + i, both || i >= 5 ? (Object) (double) counts[i] : null, Style.INTEGER);
            }
        }
    }

    private static Double average(Totals t) {
        return t == null ? null : t.averageProgress();
    }

    void changes(Grid grid, Comparison c) {
        String[] heads = {label("department"), "目標番号", "取組番号", "細目番号", words.field("target"),
            label("changes.kind"), label("changes.field"), label("changes.previous"), label("changes.current"),
            label("changes.change"), label("changes.match"), label("changes.previous-place")};
        int[] widths = {16, 7, 7, 7, 36, 16, 14, 30, 30, 10, 16, 14};
        grid.layout(widths, 1, 3, 3);
        title(grid, c, label("changes.title"));
        header(grid, 2, heads, widths);
        int r = 3;
        for (Change ch : c.changes()) {
            Change.Key k = ch.key();
            String target = k == null ? null : k.target();
            RowHeight h = new RowHeight(FONT).cell(ch.department(), widths[0]).cell(target, widths[4]);
            text(h, ch.previous(), widths[7]);
            text(h, ch.current(), widths[8]);
            grid.row(r++, h.points());
            grid.put(0, ch.department(), Style.TEXT);
            grid.put(1, k == null || k.goalNo() == null ? null : (double) k.goalNo(), Style.CENTER);
            grid.put(2, k == null || k.initiativeNo() == null ? null : (double) k.initiativeNo(), Style.CENTER);
            grid.put(3, k == null || k.itemNo() == null ? null : (double) k.itemNo(), Style.CENTER);
            grid.put(4, target, Style.TEXT);
            grid.put(5, words.kind(ch.kind()), Style.TEXT);
            grid.put(6, words.field(ch.field()), Style.TEXT);
            value(grid, 7, ch.field(), ch.previous());
            value(grid, 8, ch.field(), ch.current());
            grid.put(9, ch.change(), Style.NUMBER);
            grid.put(10, match(ch), Style.TEXT);
            grid.put(11, ch.previousKey() == null ? null : words.place(ch.previousKey()), Style.TEXT);
        }
        if (c.changes().isEmpty()) {
            grid.row(r, 0);
            grid.put(0, label("changes.none"), Style.PLAIN);
        }
    }

    private static void text(RowHeight h, Object v, int width) {
        if (v instanceof String s) {
            h.cell(s, width);
        }
    }

    private String match(Change ch) {
        if (ch.match() == null) {
            return null;
        }
        if (ch.match() == Change.Match.SIMILAR) {
            return MessageFormat.format(label("changes.match.similar"),
                    String.format(Locale.ROOT, "%.2f", ch.similarity()));
        }
        return label("changes.match." + ch.match().code());
    }

    private static void value(Grid grid, int col, String field, Object v) {
        if (v instanceof Double d) {
            grid.put(col, d, field.equals("progressRate") ? Style.PERCENT : Style.NUMBER);
        } else if (v instanceof Integer i) {
            grid.put(col, (double) i, Style.CENTER);
        } else if (v instanceof LocalDate d) {
            grid.put(col, d, Style.DATE);
        } else {
            grid.put(col, v, field.equals("evaluation") ? Style.CENTER : Style.TEXT);
        }
    }
}
