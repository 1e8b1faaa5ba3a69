package io.goalsheet.model;

import java.time.LocalDate;

/**
 * One row of the entry table: a target and the progress towards it. Numbers are kept as parsed
 * values; reports format them.
 *
 * @param row            1-based row in the sheet
 * @param progressRate   the 進捗度 in percent points: entered, or computed when {@code progressComputed}
 */
public record Indicator(
        int row,
        String target,
        Double baseline,
        Double targetValue,
        Double actual,
        String unit,
        LocalDate deadline,
        String progress,
        Double progressRate,
        boolean progressComputed) {

    public boolean hasNumbers() {
        return targetValue != null && actual != null;
    }
}
