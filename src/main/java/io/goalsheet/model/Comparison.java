package io.goalsheet.model;

import java.util.List;

/**
 * What changed from one period to the next: both consolidations and, per department, the changes.
 *
 * @param newPlan the periods are of two fiscal years: the current goals are a new plan, and only
 *                departments and totals are set side by side, not indicators
 */
public record Comparison(Consolidation previous, Consolidation current, boolean newPlan,
                         List<DepartmentComparison> departments) {

    public Comparison {
        departments = List.copyOf(departments);
    }

    public List<Change> changes() {
        return departments.stream().flatMap(d -> d.changes().stream()).toList();
    }

    public long warnings() {
        return changes().stream().filter(c -> c.kind().isWarning()).count();
    }

    /** The department's comparison, or null when it is in neither period. */
    public DepartmentComparison of(String department) {
        return departments.stream().filter(d -> d.department().equals(department)).findFirst().orElse(null);
    }

    /**
     * The average 進捗度 of all departments now minus before, in points, as shown; null unless both have
     * one and no department changed layout.
     */
    public Double averageChange() {
        Double before = previous.overall().averageProgress();
        Double now = current.overall().averageProgress();
        if (before == null || now == null || departments.stream().anyMatch(DepartmentComparison::layoutsDiffer)) {
            return null; // averages over different indicators (see DepartmentComparison#averageChange)
        }
        return Change.points(before, now);
    }
}
