package io.goalsheet.model;

import java.time.LocalDate;

/**
 * One row of the entry table: a target and the progress towards it. Numbers are kept as parsed
 * values; reports format them.
 *
 * @param row            1-based row in the sheet
 * @param progressRate   the 進捗度 in percent points: entered, or computed when {@code progressComputed}
 * @param progressAt     where the 進捗状況 was read; null when it is blank or the report was not read from a sheet
 * @param actualAt       where the 実績値 was read; null likewise
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
        boolean progressComputed,
        CellRef progressAt,
        CellRef actualAt) {

    /** An indicator whose places in a sheet are not known (made, not read). */
    public Indicator(int row, String target, Double baseline, Double targetValue, Double actual, String unit,
                     LocalDate deadline, String progress, Double progressRate, boolean progressComputed) {
        this(row, target, baseline, targetValue, actual, unit, deadline, progress, progressRate, progressComputed,
                null, null);
    }

    public boolean hasNumbers() {
        return targetValue != null && actual != null;
    }
}
