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

    /** 進捗度 from the numbers of a row, or null when they do not allow it. */
    Double compute(Slot[] row) {
        Double t = number(row, target);
        Double a = number(row, actual);
        Double b = number(row, baseline);
        if (t == null || a == null) {
            return null;
        }
        if (b != null) {
            return t.equals(b) ? null : (a - b) / (t - b) * 100;
        }
        return t == 0 ? null : a / t * 100;
    }

    static Double number(Slot[] row, int i) {
        return i >= 0 && row[i] != null && row[i].value() instanceof Number n ? n.doubleValue() : null;
    }
}
