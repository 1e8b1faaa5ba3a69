package io.goalsheet.render.entry;

import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Item;
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
        for (Goal goal : report.goals()) {
            for (Initiative initiative : goal.initiatives()) {
                for (Item item : initiative.items()) {
                    for (Indicator indicator : item.indicators()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        // 0 is how the model says "no number could be read": leave the cell for the user
                        putIfPresent(row, "goalNo", goal.number() > 0 ? goal.number() : null);
                        putIfPresent(row, "goal", goal.title());
                        putIfPresent(row, "initiativeNo", initiative.number() > 0 ? initiative.number() : null);
                        putIfPresent(row, "initiative", initiative.title());
                        putIfPresent(row, "itemNo", item.number());
                        putIfPresent(row, "item", item.title());
                        putIfPresent(row, "target", indicator.target());
                        putIfPresent(row, "baseline", indicator.baseline());
                        putIfPresent(row, "targetValue", indicator.targetValue());
                        putIfPresent(row, "unit", indicator.unit());
                        putIfPresent(row, "deadline", indicator.deadline());
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static void putIfPresent(Map<String, Object> row, String field, Object value) {
        if (value != null) {
            row.put(field, value);
        }
    }
}
