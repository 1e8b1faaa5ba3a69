package io.goalsheet.model;

import java.time.LocalDate;
import java.util.List;

/**
 * All departments of one period, in report order, with their totals.
 *
 * @param reportKind       the 報告区分 of the inputs (中間報告 …), or null when none gave one
 * @param onTrackThreshold the 進捗度 an indicator needs to count as on track
 * @param results          what validation found in every input (warnings included), in input order
 * @param skipped          inputs left out because they had errors (only with --skip-invalid)
 */
public record Consolidation(
        int fiscalYear,
        LocalDate asOf,
        String reportKind,
        List<DepartmentReport> departments,
        List<Totals> totals,
        Totals overall,
        double onTrackThreshold,
        List<FileResult> results,
        List<FileResult> skipped) {

    public Consolidation {
        departments = List.copyOf(departments);
        totals = List.copyOf(totals);
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
    }

    /** Whether every input left out names its department: reports count them as 部局, else as ファイル. */
    public boolean skippedAreDepartments() {
        return skipped.stream().allMatch(f -> f.department() != null);
    }

    public int indicatorCount() {
        return departments.stream().mapToInt(DepartmentReport::indicatorCount).sum();
    }
}
