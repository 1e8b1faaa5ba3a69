package io.goalsheet.text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese fiscal years (年度): April 1 to March 31, named by the year they start in. FY2025 is
 * 2025-04-01..2026-03-31 and is called 令和7年度.
 */
public final class FiscalYears {

    private static final String ERA = Eras.ERA_REGEX;
    private static final String EY = Eras.ERA_YEAR_REGEX;
    private static final String NENDO = "(?:\\s*(?:年度|年))?";

    private static final Pattern FY = Pattern.compile("(?i:fy)\\s*(\\d{4})" + NENDO);
    private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})" + NENDO);
    private static final Pattern ERA_ONLY = Pattern.compile(ERA + "\\s*" + EY + NENDO);
    /** The forms with both calendars, compiled on first use: most fiscal years are written in one. */
    private static final class Both {
        /** "2025（令和7）年度", "2025年度（令和7年度）". */
        static final Pattern GREGORIAN_THEN_ERA =
                Pattern.compile("(\\d{4})" + NENDO + "\\s*\\(\\s*" + ERA + "\\s*" + EY + NENDO + "\\s*\\)" + NENDO);
        /** "令和7（2025）年度", "令和7年度（2025年度）" as {@link #labelWithGregorian} writes. */
        static final Pattern ERA_THEN_GREGORIAN =
                Pattern.compile(ERA + "\\s*" + EY + NENDO + "\\s*\\(\\s*(\\d{4})" + NENDO + "\\s*\\)" + NENDO);
    }

    /**
     * A fiscal year named inside a longer text: 「【令和7年度重点目標】」, 「2025年度 中間報告」. Only the eras
     * a current plan can be in: 昭和50年度 in a heading is history, not the report's year.
     */
    private static final Pattern MENTION = Pattern.compile("(?:令和|平成|[RH])\\s*" + EY + "\\s*年度|\\d{4}\\s*年度");

    private static final int MIN = 1869;
    private static final int MAX = 9998;

    private FiscalYears() {
    }

    /**
     * The starting Gregorian year of a fiscal year however written: "令和7年度", "令和７年度",
     * "令和7年", "R7", "R7年度", "r7", "Ｒ７", "令和元年度" (2019), "H30年度" (2018), "2025年度",
     * "2025", "２０２５年度", "FY2025", "fy2025", "FY 2025", "2025（令和7）年度" and
     * "令和7年度（2025年度）" (both halves must agree).
     *
     * <p>Empty for garbage, for two-digit years ("25": 2025 or 令和25?), for era years that did
     * not exist (平成32年度) and for years before 1869 or after 9998.
     */
    public static OptionalInt parse(String s) {
        if (s == null) {
            return OptionalInt.empty();
        }
        String t = JapaneseText.trim(JapaneseText.nfkc(s));
        Matcher m;
        if ((m = FY.matcher(t)).matches() || (m = GREGORIAN.matcher(t)).matches()) {
            return inRange(Integer.parseInt(m.group(1)));
        }
        if ((m = ERA_ONLY.matcher(t)).matches()) {
            return inRange(eraYear(m.group(1), m.group(2)));
        }
        if ((m = Both.GREGORIAN_THEN_ERA.matcher(t)).matches()) {
            return agreeing(Integer.parseInt(m.group(1)), eraYear(m.group(2), m.group(3)));
        }
        if ((m = Both.ERA_THEN_GREGORIAN.matcher(t)).matches()) {
            return agreeing(Integer.parseInt(m.group(3)), eraYear(m.group(1), m.group(2)));
        }
        return OptionalInt.empty();
    }

    /**
     * The first fiscal year named with 年度 inside a text (a heading such as 【令和7年度重点目標】), as
     * written after NFKC ("令和7年度"), for {@link #parse} to read; null when there is none.
     */
    public static String mention(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MENTION.matcher(JapaneseText.nfkc(text));
        return m.find() ? m.group() : null;
    }

    /** April 1 of {@code fy}. */
    public static LocalDate start(int fy) {
        return LocalDate.of(fy, 4, 1);
    }

    /** March 31 of {@code fy + 1}. */
    public static LocalDate end(int fy) {
        return LocalDate.of(fy + 1, 3, 31);
    }

    public static boolean contains(int fy, LocalDate d) {
        Objects.requireNonNull(d, "d");
        return of(d) == fy;
    }

    /** The fiscal year a date falls in: 2026-03-31 → 2025, 2026-04-01 → 2026. */
    public static int of(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    /** "令和7年度"; FY2019 is "令和元年度" (see {@link Eras#eraYear}). */
    public static String label(int fy) {
        return Eras.eraYear(fy) + "年度";
    }

    /** "令和7年度（2025年度）", with full-width parentheses as in Japanese documents. */
    public static String labelWithGregorian(int fy) {
        return label(fy) + "（" + fy + "年度）";
    }

    private static int eraYear(String era, String eraYear) {
        return Eras.toGregorianYear(era, Eras.parseEraYear(eraYear)).orElse(-1);
    }

    private static OptionalInt agreeing(int gregorian, int fromEra) {
        return gregorian == fromEra ? inRange(gregorian) : OptionalInt.empty();
    }

    private static OptionalInt inRange(int y) {
        return y >= MIN && y <= MAX ? OptionalInt.of(y) : OptionalInt.empty();
    }
}
