package io.goalsheet.model;

import java.util.List;

/** A 重点目標 with its 自己評価 (◎ ○ △ ×, null when not given) and initiatives. */
public record Goal(int number, String title, String evaluation, List<Initiative> initiatives) {

    public Goal {
        initiatives = List.copyOf(initiatives);
    }

    public int indicatorCount() {
        return initiatives.stream().mapToInt(Initiative::indicatorCount).sum();
    }
}
