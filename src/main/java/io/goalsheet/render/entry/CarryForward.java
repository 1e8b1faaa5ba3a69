package io.goalsheet.render.entry;

import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.IndicatorRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries a department's report forward to the next period: the plan (goals, initiatives, items,
 * targets, 基準値, 目標値, 単位, 期限) is kept, one row per indicator with the goal's, initiative's and
 * item's number and title repeated on every row; what is reported each period (実績値, 進捗状況,
 * 進捗度, 自己評価) is left empty. Field names are the built-in schema's, as in the report model.
 */
public final class CarryForward {

    /** The fields a carried row may hold; everything else starts empty. */
    public static final List<String> KEPT = List.of("goalNo", "goal", "initiativeNo", "initiative", "itemNo", "item",
            "target", "baseline", "targetValue", "unit", "deadline");

    private CarryForward() {}

    public static List<Map<String, Object>> rows(DepartmentReport report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorRow r : report.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String field : KEPT) {
                Object value = r.value(field);
                // 0 is how the model says "no number could be read": leave the cell for the user
                boolean unread = (field.equals("goalNo") || field.equals("initiativeNo")) && Integer.valueOf(0).equals(value);
                putIfPresent(row, field, unread ? null : value);
            }
            rows.add(row);
        }
        return rows;
    }

    private static void putIfPresent(Map<String, Object> row, String field, Object value) {
        if (value != null) {
            row.put(field, value);
        }
    }
}
