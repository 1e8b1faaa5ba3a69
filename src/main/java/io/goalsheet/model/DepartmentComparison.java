package io.goalsheet.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One department over two periods: its reports and totals in each (null where it is in one period
 * only), every change, and for each indicator of the current period the one it was matched to.
 */
public final class DepartmentComparison {

    /** An indicator of the current period and the previous period's it was matched to. */
    public record Pair(IndicatorRow previous, IndicatorRow current, Change.Match match, double similarity) {}

    private final String department;
    private final DepartmentReport previous;
    private final DepartmentReport current;
    private final Totals previousTotals;
    private final Totals currentTotals;
    private final List<Change> changes;
    private final Map<Indicator, Pair> byCurrent = new IdentityHashMap<>();

    public DepartmentComparison(String department, DepartmentReport previous, DepartmentReport current,
                                Totals previousTotals, Totals currentTotals, List<Change> changes, List<Pair> pairs) {
        this.department = department;
        this.previous = previous;
        this.current = current;
        this.previousTotals = previousTotals;
        this.currentTotals = currentTotals;
        this.changes = List.copyOf(changes);
        for (Pair p : pairs) {
            byCurrent.put(p.current().indicator(), p);
        }
    }

    public String department() {
        return department;
    }

    /** Null when the department reported only in the current period. */
    public DepartmentReport previous() {
        return previous;
    }

    /** Null when the department reported only in the previous period. */
    public DepartmentReport current() {
        return current;
    }

    public Totals previousTotals() {
        return previousTotals;
    }

    public Totals currentTotals() {
        return currentTotals;
    }

    public List<Change> changes() {
        return changes;
    }

    /** The previous period's indicator matched to this one of the current period, or null. */
    public Pair pairOf(Indicator current) {
        return byCurrent.get(current);
    }

    /**
     * The change of 進捗度 (entered or computed) in points, as shown, for an indicator of the current
     * period, or null.
     */
    public Double rateChange(Indicator current) {
        Pair p = byCurrent.get(current);
        if (p == null || p.previous().indicator().progressRate() == null || current.progressRate() == null) {
            return null;
        }
        return Change.points(p.previous().indicator().progressRate(), current.progressRate());
    }

    public int count(Change.Kind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Goals whose 自己評価 went up (◎ is best), or down. */
    public int evaluationsUp() {
        return evaluations(true);
    }

    public int evaluationsDown() {
        return evaluations(false);
    }

    private int evaluations(boolean up) {
        int n = 0;
        for (Change c : changes) {
            if (c.kind() == Change.Kind.CHANGED && c.field().equals("evaluation") && c.change() != null
                    && (c.change() > 0) == up) {
                n++;
            }
        }
        return n;
    }

    /** Indicators whose 実績値 or 進捗度 changed. */
    public int moved() {
        return (int) changes.stream()
                .filter(c -> c.kind() == Change.Kind.CHANGED && (c.field().equals("actual") || c.field().equals("progressRate")))
                .map(Change::key).distinct().count();
    }

    /** Whether the two periods' sheets are of different layouts (see {@link DepartmentReport.Layout}). */
    public boolean layoutsDiffer() {
        return previous != null && current != null && previous.layout() != current.layout();
    }

    /**
     * The average 進捗度 now minus before, in points, as shown; null unless both periods have one, and
     * null between layouts: the published one has a rate only where a line states it, so the two
     * averages are over different indicators and their difference would be no progress.
     */
    public Double averageChange() {
        if (previousTotals == null || currentTotals == null || previousTotals.averageProgress() == null
                || currentTotals.averageProgress() == null || layoutsDiffer()) {
            return null;
        }
        return Change.points(previousTotals.averageProgress(), currentTotals.averageProgress());
    }
}
