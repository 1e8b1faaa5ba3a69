package io.goalsheet.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a Japanese report prints them: 17,913 / 2.5 / ▲5 (negative) / 60.5%. */
public final class Figures {

    private Figures() {}

    /** A value with thousands separators and up to two decimals; negatives with ▲, as in Japanese public accounts. */
    public static String number(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.JAPAN));
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(BigDecimal.valueOf(Math.abs(v)));
        return v < 0 && !s.equals("0") ? "▲" + s : s;
    }

    /** A number followed by its unit: 17,913人, 60%. */
    public static String quantity(double v, String unit) {
        return number(v) + (unit == null ? "" : unit);
    }

    /**
     * A percentage, always to one decimal (60.0%, 60.5%: one precision in every table, so 63% never
     * stands beside 50.7%), rounding half up as people do by hand.
     */
    public static String percent(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
        String s = d.abs().toPlainString();
        return (d.signum() < 0 ? "▲" : "") + s + "%";
    }

    /**
     * A difference with its sign, as precise as {@link #number}: +190, -2.5, 0. A plain minus, not ▲:
     * beside a change, ▲ reads as "up".
     */
    public static String signed(double v) {
        String s = number(Math.abs(v));
        return s.equals("0") ? s : (v < 0 ? "-" : "+") + s;
    }

    /** A change of 進捗度 in points, to one decimal like {@link #percent}: +9.1, -36.0, 0.0. */
    public static String points(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
        return (d.signum() > 0 ? "+" : d.signum() < 0 ? "-" : "") + d.abs().toPlainString();
    }
}
