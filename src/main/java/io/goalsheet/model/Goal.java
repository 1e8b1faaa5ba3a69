package io.goalsheet.model;

import java.util.List;

/** A 重点目標 with its 自己評価 (◎ ○ △ ×, null when not given) and initiatives. */
public record Goal(int number, String title, String evaluation, List<Initiative> initiatives) {

    public Goal {
        initiatives = List.copyOf(initiatives);
    }

    /** Every indicator of the goal in order, each with its initiative and item. */
    public java.util.List<IndicatorRow> rows() {
        java.util.List<IndicatorRow> rows = new java.util.ArrayList<>();
        for (Initiative ini : initiatives) {
            for (Item item : ini.items()) {
                for (Indicator ind : item.indicators()) {
                    rows.add(new IndicatorRow(this, ini, item, ind));
                }
            }
        }
        return rows;
    }

    public int indicatorCount() {
        return initiatives.stream().mapToInt(Initiative::indicatorCount).sum();
    }
}
