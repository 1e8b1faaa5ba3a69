package io.goalsheet.check;

import io.goalsheet.model.Severity;
import io.goalsheet.schema.Constraints;

/** The per-value Frictionless constraints: enum, pattern, minLength, maxLength, minimum, maximum. */
final class ConstraintCheck {

    private ConstraintCheck() {}

    /** Reports each constraint the value breaks; true when it breaks none. */
    static boolean check(Parsed.Value v, Constraints c, String title, FindingCollector out, String sheet,
                         int row, int col, String field) {
        boolean ok = true;
        Object value = v.value();
        String text = value instanceof String s ? s : v.text();
        if (!c.enumValues().isEmpty() && !c.enumValues().contains(text)) {
            out.cell(Severity.ERROR, "enum", sheet, row, col, field, v.text(), "enum", v.text(), title,
                    String.join("、", c.enumValues()));
            ok = false;
        }
        if (c.pattern() != null && !c.pattern().matcher(text).matches()) {
            out.cell(Severity.ERROR, "pattern", sheet, row, col, field, v.text(), "pattern", title, c.pattern().pattern());
            ok = false;
        }
        // a text no longer in chars than maxLength is no longer in code points: counting them is then only for minLength
        if (value instanceof String s && (c.minLength() != null || c.maxLength() != null && s.length() > c.maxLength())) {
            int length = s.codePointCount(0, s.length());
            if (c.minLength() != null && length < c.minLength()) {
                out.cell(Severity.ERROR, "min-length", sheet, row, col, field, v.text(), "min-length", title,
                        c.minLength(), length);
                ok = false;
            }
            if (c.maxLength() != null && length > c.maxLength()) {
                out.cell(Severity.ERROR, "max-length", sheet, row, col, field, v.text(), "max-length", title,
                        c.maxLength(), length);
                ok = false;
            }
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (c.minimum() != null && d < c.minimum()) {
                out.cell(Severity.ERROR, "minimum", sheet, row, col, field, v.text(), "minimum", title,
                        ValueParser.plain(c.minimum()), v.text());
                ok = false;
            }
            if (c.maximum() != null && d > c.maximum()) {
                out.cell(Severity.ERROR, "maximum", sheet, row, col, field, v.text(), "maximum", title,
                        ValueParser.plain(c.maximum()), v.text());
                ok = false;
            }
        }
        return ok;
    }
}
