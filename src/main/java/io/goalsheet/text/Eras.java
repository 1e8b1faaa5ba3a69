package io.goalsheet.text;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Japanese eras (和暦) from 明治 on, with their conventional Gregorian start dates.
 *
 * <p>Dates are converted by arithmetic on the Gregorian calendar (proleptic before 1873, when
 * Japan still used the lunisolar calendar); that is what modern documents mean.
 */
public final class Eras {

    /** The eras, oldest first. {@code lastYear} is the last era year that existed. */
    enum Era {
        MEIJI("明治", 'M', LocalDate.of(1868, 10, 23), 45),
        TAISHO("大正", 'T', LocalDate.of(1912, 7, 30), 15),
        SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25), 64),
        HEISEI("平成", 'H', LocalDate.of(1989, 1, 8), 31),
        REIWA("令和", 'R', LocalDate.of(2019, 5, 1), 9999 - 2019 + 1);

        final String kanji;
        final char letter;
        final LocalDate start;
        final int lastYear;

        Era(String kanji, char letter, LocalDate start, int lastYear) {
            this.kanji = kanji;
            this.letter = letter;
            this.start = start;
            this.lastYear = lastYear;
        }

        int firstYear() {
            return start.getYear();
        }
    }

    /**
     * Regex for an era as written in text: the kanji name, the one-character squares ㍾㍽㍼㍻㋿
     * (for text that did not go through NFKC), or the letter in either case.
     */
    static final String ERA_REGEX = "(明治|大正|昭和|平成|令和|[㍾㍽㍼㍻㋿]|[MTSHRmtshr])";

    /** Whether an era in {@link #ERA_REGEX} can begin with {@code c}: a text without such a character holds no era date. */
    static boolean canBeginEra(char c) {
        return switch (c) {
            case '明', '大', '昭', '平', '令', '㍾', '㍽', '㍼', '㍻', '㋿', 'M', 'T', 'S', 'H', 'R', 'm', 't', 's', 'h', 'r' -> true;
            default -> false;
        };
    }

    /** Regex for an era year: 元 (= 1) or digits. */
    static final String ERA_YEAR_REGEX = "(元|\\d{1,2})";

    private Eras() {
    }

    /**
     * The Gregorian year of an era year: ("令和", 7) → 2025, ("R", 1) → 2019, ("h", 31) → 2019.
     * The era is its kanji name, its square character (㋿), or its letter M T S H R in any case
     * or width. Empty for an unknown era, an era year below 1, or one past the era's end
     * (平成32, 昭和65: the era had ended; such texts are reported as "no-such-era-year").
     *
     * <p>The changeover day inside a year is not enforced: 令和元年4月1日 is accepted as
     * 2019-04-01 (people write 令和元年4月 for the start of FY2019 although that day was 平成),
     * and 平成31年5月1日 as 2019-05-01. The year arithmetic is unambiguous either way.
     */
    public static OptionalInt toGregorianYear(String eraNameOrLetter, int eraYear) {
        Optional<Era> era = lookup(eraNameOrLetter);
        if (era.isEmpty() || eraYear < 1 || eraYear > era.get().lastYear) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(era.get().firstYear() + eraYear - 1);
    }

    /**
     * A date in 和暦: 2025-09-30 → "令和7年9月30日", 2019-05-01 → "令和元年5月1日",
     * 2019-04-30 → "平成31年4月30日". Dates before 明治 (1868-10-23) have no era here and are
     * written in Gregorian: "1868年1月1日".
     */
    public static String wareki(LocalDate d) {
        Objects.requireNonNull(d, "d");
        Era era = eraAt(d);
        String tail = d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        if (era == null) {
            return d.getYear() + "年" + tail;
        }
        return era.kanji + yearText(d.getYear() - era.firstYear() + 1) + "年" + tail;
    }

    /**
     * The era and era year naming the fiscal year that starts in April of the given year, to build
     * "令和7年度": 2025 → "令和7". The era is the one in effect at mid-year (1 October), which
     * gives the labels in actual use: 2019 → "令和元" (令和元年度, although April 2019 was still
     * 平成), 1988 → "昭和63", 1989 → "平成元", 1926 → "大正15".
     *
     * @throws IllegalArgumentException before 1869, the first fiscal year with an era at mid-year
     */
    public static String eraYear(int gregorianYearAtStartOfFiscalYear) {
        int y = gregorianYearAtStartOfFiscalYear;
        if (y < 1869 || y > 9999) {
            throw new IllegalArgumentException("no era for fiscal year " + y);
        }
        Era era = eraAt(LocalDate.of(y, 10, 1));
        return era.kanji + yearText(y - era.firstYear() + 1);
    }

    /** The era by kanji, square character or letter (any case, any width). */
    static Optional<Era> lookup(String nameOrLetter) {
        if (nameOrLetter == null) {
            return Optional.empty();
        }
        String t = JapaneseText.trim(JapaneseText.nfkc(nameOrLetter));
        for (Era e : Era.values()) {
            if (e.kanji.equals(t) || t.toUpperCase(Locale.ROOT).equals(String.valueOf(e.letter))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Era year as written: 元 or digits. Returns −1 for anything else. */
    static int parseEraYear(String s) {
        if (s.equals("元")) {
            return 1;
        }
        if (s.isEmpty() || s.length() > 4) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }

    private static Era eraAt(LocalDate d) {
        Era found = null;
        for (Era e : Era.values()) {
            if (!d.isBefore(e.start)) {
                found = e;
            }
        }
        return found;
    }

    private static String yearText(int eraYear) {
        return eraYear == 1 ? "元" : Integer.toString(eraYear);
    }
}
