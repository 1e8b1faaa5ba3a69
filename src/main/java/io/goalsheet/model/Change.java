package io.goalsheet.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One thing that differs between two periods of a department: a value that changed, something added
 * or dropped, or a warning about the pair (a 進捗状況 copied unchanged, a count that went down).
 *
 * @param key         where it is in the current period (the previous one for something dropped)
 * @param previousKey where it was in the previous period, when that differs from {@code key} (renumbered,
 *                    reworded); null otherwise
 * @param match       how the indicator or goal was found again; null for added, dropped and department rows
 * @param similarity  how alike the texts of a {@link Match#SIMILAR} match are (0–1); 1 otherwise
 * @param field       the schema field that changed ("actual", "evaluation" …), or for added and dropped
 *                    what was: "department", "goal", "initiative", "indicator"
 * @param previous    the value before (null when there was none)
 * @param current     the value now (null when there is none)
 * @param change      current − previous for numbers (points for 進捗度; for 自己評価 the steps up, ◎ best), else null
 * @param unit        the indicator's 単位, for showing its numbers (null above indicators)
 */
public record Change(Kind kind, String department, Key key, Key previousKey, Match match, double similarity,
                     String field, Object previous, Object current, Double change, String unit) {

    /**
     * {@code current − previous} as the two figures are written, so 60.5 − 50.4 is 10.1 and not
     * 10.100000000000001: the difference is shown and exported, and must read like the numbers.
     */
    public static double difference(double previous, double current) {
        if (!Double.isFinite(previous) || !Double.isFinite(current)) {
            return current - previous;
        }
        return BigDecimal.valueOf(current).subtract(BigDecimal.valueOf(previous)).doubleValue();
    }

    /**
     * A 進捗度, or an average of them, as every output shows it: to one decimal, rounded half up as
     * people do by hand.
     */
    public static double shownRate(double rate) {
        return Double.isFinite(rate) ? BigDecimal.valueOf(rate).setScale(1, RoundingMode.HALF_UP).doubleValue() : rate;
    }

    /**
     * The change between two 進捗度 in points, taken of the rates {@link #shownRate as shown}: 45.83% → 54.17%
     * reads 45.8% → 54.2%, so the change must read +8.4, not the +8.3 of the unrounded rates.
     */
    public static double points(double previous, double current) {
        return difference(shownRate(previous), shownRate(current));
    }

    /** What kind of difference; warnings are worth a look before publishing. */
    public enum Kind {
        CHANGED, ADDED, DROPPED, STALE_PROGRESS, ACTUAL_DECREASED;

        /** As written in JSON and documented: "changed", "stale-progress" … */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean isWarning() {
            return this == STALE_PROGRESS || this == ACTUAL_DECREASED;
        }
    }

    /** How an indicator or goal of the current period was paired with one of the previous. */
    public enum Match {
        /** Same numbers and the same 期限・数値目標等 (for a goal: the same number and title). */
        EXACT,
        /** The same texts under other numbers. */
        RENUMBERED,
        /** Alike texts (see {@link io.goalsheet.text.Similarity}), numbers the same or not. */
        SIMILAR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Where an indicator sits: goal, initiative and item numbers and its target text. A goal's own
     * changes have only {@code goalNo}; an initiative's only goal and initiative numbers.
     */
    public record Key(Integer goalNo, Integer initiativeNo, Integer itemNo, String target) {

        public static Key of(IndicatorRow r) {
            return new Key(r.goal().number(), r.initiative().number(), r.item().number(), r.indicator().target());
        }

        public static Key goal(Goal g) {
            return new Key(g.number(), null, null, null);
        }

        public static Key initiative(Goal g, Initiative i) {
            return new Key(g.number(), i.number(), null, null);
        }
    }
}
