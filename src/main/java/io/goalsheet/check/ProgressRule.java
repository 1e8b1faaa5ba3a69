package io.goalsheet.check;

import io.goalsheet.schema.Derived;
import io.goalsheet.schema.Schema;
import java.util.List;

/**
 * A derived 進捗度 with its fields resolved to indexes once per sheet (looking names up per row cost
 * more than the arithmetic). The rule is the schema's {@link Derived} "progress".
 */
record ProgressRule(String name, int field, int baseline, int target, int actual, double tolerance) {

    static List<ProgressRule> of(Schema schema) {
        return schema.derived().stream()
                .map(d -> new ProgressRule(d.name(), schema.fieldIndex(d.name()),
                        d.baseline() == null ? -1 : schema.fieldIndex(d.baseline()), schema.fieldIndex(d.target()),
                        schema.fieldIndex(d.actual()), d.tolerance()))
                .toList();
    }

    /** 進捗度 from the numbers of a row, or null when they do not allow it (nor give a finite rate). */
    Double compute(Slot[] row) {
        Double rate = rate(row);
        return rate == null || !Double.isFinite(rate) ? null : rate;
    }

    /** The rate as computed, infinite when the numbers overflow it; null when they do not allow one. */
    Double rate(Slot[] row) {
        Double t = number(row, target);
        Double a = number(row, actual);
        Double b = number(row, baseline);
        if (t == null || a == null) {
            return null;
        }
        double rate;
        if (b != null) {
            if (t.equals(b)) {
                return null;
            }
            rate = (a - b) / (t - b) * 100;
        } else {
            if (t == 0) {
                return null;
            }
            rate = a / t * 100;
        }
        return rate;
    }

    static Double number(Slot[] row, int i) {
        return i >= 0 && row[i] != null && row[i].value() instanceof Number n ? n.doubleValue() : null;
    }
}
