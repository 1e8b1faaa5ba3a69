package io.goalsheet.text;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain numbers as Japanese offices type them into number cells. */
public final class Numbers {

    /*
     * Sign, then digits with correctly placed thousands separators, then an optional fraction.
     * Minus signs: "-" (NFKC also brings "－" U+FF0D, "﹣" and "−" U+2212 here), the hyphens
     * U+2010–U+2013, and ▲/△, which mean minus in Japanese accounts and budgets. Em dash, "―"
     * and "ー" are not minus: alone in a cell they mean "none", and "―5" is too odd to guess.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "([+\\-\u2010-\u2013▲△])?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)");

    private Numbers() {
    }

    /**
     * Reads a whole cell as a number: "17913", "17,913", "１７，９１３", "-5", "−5", "▲5",
     * "▲ 5", "△5" (all −5), "+3", "1.5", ".5" and "．５" (0.5, as Excel reads ".5"), with any
     * whitespace around.
     *
     * <p>Empty for anything else: units ("17,913人"), percent ("5%" is a rate, see
     * {@link Percents}), misplaced separators ("1,2345"), several points ("1.2.3"), a trailing
     * point ("5." reads as a list marker, not a value), exponents, and text ("Ver2.0").
     *
     * <p>△ is read as minus only here, in a number cell; as a whole mark it is the evaluation △
     * (see {@link Marks}). −0 is returned as 0.
     */
    public static OptionalDouble parse(String s) {
        if (s == null) {
            return OptionalDouble.empty();
        }
        String t = JapaneseText.trim(JapaneseText.nfkc(s));
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(2).replace(",", ""));
        if (Double.isInfinite(v)) {
            return OptionalDouble.empty(); // beyond a double (a 400-digit figure): no value to check or add up
        }
        String sign = m.group(1);
        if (sign != null && !sign.equals("+")) {
            v = -v;
        }
        return OptionalDouble.of(v == 0 ? 0.0 : v);
    }
}
