package io.goalsheet.read;

/**
 * Classifies Excel number formats into {@link NumberStyle}s: what reading a value needs, not how
 * Excel would display it.
 */
final class NumberFormats {

    private NumberFormats() {}

    /**
     * The style of a format: by its code when the workbook defines one for {@code id}, else by the
     * built-in id.
     */
    static NumberStyle classify(int id, String code) {
        if (code == null || code.isEmpty() || code.startsWith("reserved-")) {
            return builtIn(id);
        }
        return classify(code);
    }

    /**
     * Built-in formats, which workbooks refer to by id alone: 9–10 percent; 14–22 dates and times;
     * 27–36 and 50–58 the East Asian locales' date formats (in Japanese Excel e.g. 31 is
     * {@code yyyy"年"m"月"d"日"}, 57 {@code [$-411]ge.m.d}, 58 {@code [$-411]ggge"年"m"月"d"日"});
     * 45–47 times; 49 text.
     */
    static NumberStyle builtIn(int id) {
        if (id == 9 || id == 10) {
            return NumberStyle.PERCENT;
        }
        if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
            return NumberStyle.DATE;
        }
        if (id == 49) {
            return NumberStyle.TEXT;
        }
        return NumberStyle.PLAIN;
    }

    /**
     * A format code's style. Dates have a y, m, d, e (era year), g (era), h or s token, or an elapsed
     * time like {@code [h]}, outside quoted literals, escapes and other brackets ({@code [Red]},
     * {@code [$-411]}, {@code [DBNum1]}, {@code [$-ja-JP-x-gannen]}); {@code General},
     * {@code G/標準} and the exponent of {@code 0.00E+00} are not dates. Percent is an unquoted
     * {@code %}; text is a single section holding {@code @}.
     */
    static NumberStyle classify(String code) {
        boolean date = false;
        boolean percent = false;
        boolean at = false;
        boolean sections = false;
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            switch (c) {
                case '"' -> {
                    int close = code.indexOf('"', i + 1);
                    i = close < 0 ? n : close;
                }
                case '\\', '_', '*' -> i++;
                case '[' -> {
                    int close = code.indexOf(']', i + 1);
                    if (close < 0) {
                        i = n;
                    } else {
                        if (isElapsedTime(code, i + 1, close)) {
                            date = true;
                        }
                        i = close;
                    }
                }
                case ';' -> sections = true;
                case '%' -> percent = true;
                case '@' -> at = true;
                case 'G', 'g' -> {
                    if (code.regionMatches(true, i, "General", 0, 7)) {
                        i += 6;
                    } else if (code.startsWith("G/標準", i)) {
                        i += 3;
                    } else {
                        date = true;
                    }
                }
                case 'E', 'e' -> {
                    if (i + 1 < n && (code.charAt(i + 1) == '+' || code.charAt(i + 1) == '-')) {
                        i++;
                    } else {
                        date = true;
                    }
                }
                case 'y', 'Y', 'm', 'M', 'd', 'D', 'h', 'H', 's', 'S' -> date = true;
                case 'A', 'a' -> {
                    if (code.regionMatches(true, i, "AM/PM", 0, 5) || code.regionMatches(true, i, "A/P", 0, 3)) {
                        date = true;
                    }
                }
                default -> {
                    // digits placeholders, separators, literal punctuation
                }
            }
        }
        if (at && !sections && !date) {
            return NumberStyle.TEXT;
        }
        if (date) {
            return NumberStyle.DATE;
        }
        return percent ? NumberStyle.PERCENT : NumberStyle.PLAIN;
    }

    /** [h], [hh], [mm], [ss] … */
    private static boolean isElapsedTime(String code, int from, int to) {
        if (from >= to) {
            return false;
        }
        char first = Character.toLowerCase(code.charAt(from));
        if (first != 'h' && first != 'm' && first != 's') {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.toLowerCase(code.charAt(i)) != first) {
                return false;
            }
        }
        return true;
    }
}
