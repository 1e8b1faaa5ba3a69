package io.goalsheet.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Progress rates (進捗度) in percent points. */
public final class Percents {

    private Percents() {
    }

    /**
     * Reads a rate typed as text, in percent points: "60", "60%", "６０％", "60.5 %", "▲5%" (−5).
     * A number is taken at face value, so text "0.6" is 0.6 points: only a cell with a percent
     * number format says that 0.6 means 60 (see {@link #fromPercentFormattedNumber}). Empty for
     * anything {@link Numbers#parse} would not read once one trailing "%" is removed.
     */
    public static OptionalDouble parse(String s) {
        if (s == null) {
            return OptionalDouble.empty();
        }
        String t = JapaneseText.trim(JapaneseText.nfkc(s));
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
            if (t.endsWith("%")) {
                return OptionalDouble.empty();
            }
        }
        return Numbers.parse(t);
    }

    /**
     * The percent points shown for a number in a %-formatted cell: 0.6 → 60.0. The result is
     * rounded to 10 decimals so binary error does not leak into reports (0.605 × 100 is
     * 60.49999999999999 in doubles; this returns 60.5). NaN and infinities are returned as they
     * are.
     */
    public static double fromPercentFormattedNumber(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double r = BigDecimal.valueOf(v).movePointRight(2).setScale(10, RoundingMode.HALF_UP).doubleValue();
        return r == 0 ? 0.0 : r;
    }
}
