package io.goalsheet.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One department's report for one period, as read from one sheet: metadata and the goal tree.
 * {@code fiscalYear} is the starting Gregorian year (FY2025 = 令和7年度); values that could not be
 * read are null (validation has reported them).
 */
public record DepartmentReport(
        String file,
        String sheet,
        String department,
        Integer fiscalYear,
        LocalDate asOf,
        String reportKind,
        Layout layout,
        List<Goal> goals) {

    /**
     * How the sheet was laid out. The entry layout has a cell for every figure (目標値, 実績値, 単位 …);
     * the published one states figures inside its texts, and has them as figures only where a line
     * labels them (実績値 5事業), so a figure missing there is not one that was taken away.
     */
    public enum Layout { ENTRY, PUBLISHED }

    public DepartmentReport {
        goals = List.copyOf(goals);
    }

    /** A report of the entry layout. */
    public DepartmentReport(String file, String sheet, String department, Integer fiscalYear, LocalDate asOf,
                            String reportKind, List<Goal> goals) {
        this(file, sheet, department, fiscalYear, asOf, reportKind, Layout.ENTRY, goals);
    }

    /** Every indicator in order, each with its goal, initiative and item. */
    public java.util.List<IndicatorRow> rows() {
        return goals.stream().flatMap(g -> g.rows().stream()).toList();
    }

    public int indicatorCount() {
        return goals.stream().mapToInt(Goal::indicatorCount).sum();
    }
}
