package io.goalsheet.render.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a Japanese report prints them: 17,913 / 2.5 / ▲5 (negative) / 60.5%. */
final class Figures {

    private Figures() {}

    /** A value with thousands separators and up to two decimals; negatives with ▲, as in Japanese public accounts. */
    static String number(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.JAPAN));
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(BigDecimal.valueOf(Math.abs(v)));
        return v < 0 && !s.equals("0") ? "▲" + s : s;
    }

    /** A number followed by its unit: 17,913人, 60%. */
    static String quantity(double v, String unit) {
        return number(v) + (unit == null ? "" : unit);
    }

    /**
     * A percentage, always to one decimal (60.0%, 60.5%: one precision in every table, so 63% never
     * stands beside 50.7%), rounding half up as people do by hand.
     */
    static String percent(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
        String s = d.abs().toPlainString();
        return (d.signum() < 0 ? "▲" : "") + s + "%";
    }
}
