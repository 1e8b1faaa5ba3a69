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
        List<Goal> goals) {

    public DepartmentReport {
        goals = List.copyOf(goals);
    }

    /** Every indicator in order, each with its goal, initiative and item. */
    public java.util.List<IndicatorRow> rows() {
        return goals.stream().flatMap(g -> g.rows().stream()).toList();
    }

    public int indicatorCount() {
        return goals.stream().mapToInt(Goal::indicatorCount).sum();
    }
}
