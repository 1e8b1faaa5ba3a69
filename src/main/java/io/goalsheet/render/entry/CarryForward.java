package io.goalsheet.render.entry;

import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.IndicatorRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department's report as the content of an entry workbook: one row per indicator with the
 * goal's, initiative's and item's number and title repeated on every row, and the metadata. What
 * is kept is a {@link Keep}: carrying forward to the next period ({@code init --from}) keeps the
 * plan and leaves what is reported each period empty; converting ({@code convert}) keeps every
 * value. Both go through {@link #content}. Field names are the built-in schema's, as in the report
 * model.
 */
public final class CarryForward {

    /** What a report keeps when it is written into an entry workbook. */
    public enum Keep {
        /**
         * The plan (goals, initiatives, items, targets, 基準値, 目標値, 単位, 期限), 担当部局名 and 年度;
         * 実績値, 進捗状況, 進捗度, 自己評価, 報告時点 and 報告区分 start empty.
         */
        PLAN(List.of("goalNo", "goal", "initiativeNo", "initiative", "itemNo", "item",
                "target", "baseline", "targetValue", "unit", "deadline"), false),
        /**
         * Every value: the plan, the progress and the metadata. 進捗度 is the entered one; a computed
         * one stays empty, as it was, and is computed again when the workbook is read.
         */
        ALL(List.of("goalNo", "goal", "evaluation", "initiativeNo", "initiative", "itemNo", "item",
                "target", "baseline", "targetValue", "actual", "unit", "deadline", "progress", "progressRate"), true);

        private final List<String> fields;
        private final boolean period;

        Keep(List<String> fields, boolean period) {
            this.fields = fields;
            this.period = period;
        }

        /** The fields a row may hold; everything else starts empty. */
        public List<String> fields() {
            return fields;
        }
    }

    private CarryForward() {}

    /**
     * The workbook content for {@code report}: its rows, 担当部局名 and 年度, and with {@link Keep#ALL}
     * also 報告時点 and 報告区分; {@code emptyRows} prepared below.
     */
    public static EntryContent content(DepartmentReport report, Keep keep, int emptyRows) {
        return new EntryContent(report.department(), report.fiscalYear(), keep.period ? report.asOf() : null,
                keep.period ? report.reportKind() : null, rows(report, keep), emptyRows);
    }

    /** One row per indicator, in order, with the fields {@code keep} keeps that have a value. */
    public static List<Map<String, Object>> rows(DepartmentReport report, Keep keep) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorRow r : report.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String field : keep.fields) {
                // IndicatorRow gives the entered 進捗度 only: a computed one is left to be computed again
                Object value = r.value(field);
                // 0 is how the model says "no number could be read": leave the cell for the user
                boolean unread = (field.equals("goalNo") || field.equals("initiativeNo")) && Integer.valueOf(0).equals(value);
                if (value != null && !unread) {
                    row.put(field, value);
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
