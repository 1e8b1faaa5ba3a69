package io.goalsheet.model;

import java.util.List;

/**
 * Counts for one department or the whole consolidation.
 *
 * @param evaluations     goals per 自己評価, in the order of {@link #MARKS} (◎ ○ △ ×)
 * @param unrated         goals with no 自己評価
 * @param withNumbers     indicators with a target value and an actual value
 * @param withProgress    indicators with a 進捗度, entered or computed
 * @param onTrack         indicators whose 進捗度 reaches the on-track threshold
 * @param averageProgress mean 進捗度 of the indicators that have one, or null when none has
 * @param computed        how many of those 進捗度 were computed rather than entered
 */
public record Totals(
        int goals,
        List<Integer> evaluations,
        int unrated,
        int indicators,
        int withNumbers,
        int withProgress,
        int onTrack,
        Double averageProgress,
        int computed) {

    /** The self-evaluation marks, best first. */
    public static final List<String> MARKS = List.of("◎", "○", "△", "×");

    public Totals {
        evaluations = List.copyOf(evaluations);
    }

    public int count(String mark) {
        int i = MARKS.indexOf(mark);
        return i < 0 ? 0 : evaluations.get(i);
    }

    public static Totals of(DepartmentReport r, double onTrackThreshold) {
        int[] marks = new int[MARKS.size()];
        int unrated = 0;
        int indicators = 0;
        int withNumbers = 0;
        int withProgress = 0;
        int onTrack = 0;
        int computed = 0;
        double sum = 0;
        for (Goal g : r.goals()) {
            int m = g.evaluation() == null ? -1 : MARKS.indexOf(g.evaluation());
            if (m < 0) {
                unrated++;
            } else {
                marks[m]++;
            }
            for (IndicatorRow row : g.rows()) {
                Indicator ind = row.indicator();
                indicators++;
                if (ind.hasNumbers()) {
                    withNumbers++;
                }
                if (ind.progressRate() != null) {
                    withProgress++;
                    sum += ind.progressRate();
                    if (ind.progressComputed()) {
                        computed++;
                    }
                    if (ind.progressRate() >= onTrackThreshold) {
                        onTrack++;
                    }
                }
            }
        }
        return new Totals(r.goals().size(), java.util.Arrays.stream(marks).boxed().toList(), unrated, indicators,
                withNumbers, withProgress, onTrack, withProgress == 0 ? null : sum / withProgress, computed);
    }

    /** The totals of several departments: counts add up, the average is over all their indicators. */
    public static Totals sum(List<Totals> parts) {
        int[] marks = new int[MARKS.size()];
        int goals = 0, unrated = 0, indicators = 0, withNumbers = 0, withProgress = 0, onTrack = 0, computed = 0;
        double sum = 0;
        for (Totals t : parts) {
            for (int i = 0; i < marks.length; i++) {
                marks[i] += t.evaluations.get(i);
            }
            goals += t.goals;
            unrated += t.unrated;
            indicators += t.indicators;
            withNumbers += t.withNumbers;
            withProgress += t.withProgress;
            onTrack += t.onTrack;
            computed += t.computed;
            if (t.averageProgress != null) {
                sum += t.averageProgress * t.withProgress;
            }
        }
        return new Totals(goals, java.util.Arrays.stream(marks).boxed().toList(), unrated, indicators, withNumbers,
                withProgress, onTrack, withProgress == 0 ? null : sum / withProgress, computed);
    }
}
