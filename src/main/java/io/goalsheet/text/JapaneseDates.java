package io.goalsheet.text;

import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written in cells, as text or as Excel serial numbers. */
public final class JapaneseDates {

    private static final String ERA = Eras.ERA_REGEX;
    private static final String EY = Eras.ERA_YEAR_REGEX;
    /** An optional weekday after a date, "(火)" or "（火曜日）"; accepted, not checked. */
    private static final String WEEKDAY = "(?:\\s*\\([日月火水木金土](?:曜日?)?\\))?";
    /** An optional time after a numeric date, as Excel exports it: "2025/09/30 0:00". */
    private static final String TIME = "(?:(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";

    /**
     * The forms of a date written as text, compiled on first use: a date cell holding an Excel date,
     * or a date checked for existence only, needs none of them.
     */
    private static final class Forms {
        static final Pattern GREGORIAN_NUMERIC =
                Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + WEEKDAY + TIME);
        /** "20250930": eight digits, a year of 1900–2999 first (fewer digits are a number or a serial, not a date). */
        static final Pattern GREGORIAN_COMPACT = Pattern.compile("((?:19|2\\d)\\d{2})(\\d{2})(\\d{2})");
        static final Pattern GREGORIAN_KANJI =
                Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日" + WEEKDAY);
        static final Pattern ERA_KANJI =
                Pattern.compile(ERA + "\\s*" + EY + "\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日" + WEEKDAY);
        static final Pattern ERA_NUMERIC =
                Pattern.compile(ERA + "\\s*" + EY + "([-/.])(\\d{1,2})\\3(\\d{1,2})" + WEEKDAY);
        static final Pattern MONTH_DAY_KANJI =
                Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日" + WEEKDAY);
        static final Pattern MONTH_DAY_SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})" + WEEKDAY);
    }

    /** Day 0 of the 1900 system for serials after Excel's fictitious 1900-02-29 (see fromExcelSerial). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private JapaneseDates() {
    }

    /**
     * Reads a whole cell as a date with its year written out: "2025-09-30", "2025/9/30",
     * "2025.9.30", "20250930" (yyyymmdd, years 1900–2999), "2025年9月30日", "令和7年9月30日", "令和７年９月３０日", "令和元年5月1日",
     * "R7.9.30", "R7/9/30", "R7-9-30", "r7.9.30", "Ｒ７．９．３０", "H31.4.30", "R7年9月30日".
     * A trailing time ("2025/09/30 0:00") and weekday ("(火)") are ignored.
     *
     * <p>A date-shaped text naming no real day is {@link DateParse.Invalid} ("2025/9/31", "20250931",
     * "令和7年2月30日", "2025/13/1", "2026/2/29", "平成32年1月1日"). Anything else, including a
     * date without a year ("9/30") or with a two-digit year ("25/9/30", ambiguous), is
     * {@link DateParse.NotADate}. For the changeover day of an era see {@link Eras#toGregorianYear}.
     */
    public static DateParse parse(String s) {
        if (s == null) {
            return new DateParse.NotADate();
        }
        String original = JapaneseText.trim(s);
        String t = JapaneseText.trim(JapaneseText.nfkc(original));
        Matcher m;
        if ((m = Forms.GREGORIAN_NUMERIC.matcher(t)).matches()) {
            return gregorian(original, m.group(1), m.group(3), m.group(4));
        }
        if ((m = Forms.GREGORIAN_COMPACT.matcher(t)).matches()) {
            return gregorian(original, m.group(1), m.group(2), m.group(3));
        }
        if ((m = Forms.GREGORIAN_KANJI.matcher(t)).matches()) {
            return gregorian(original, m.group(1), m.group(2), m.group(3));
        }
        if ((m = Forms.ERA_KANJI.matcher(t)).matches()) {
            return era(original, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        if ((m = Forms.ERA_NUMERIC.matcher(t)).matches()) {
            return era(original, m.group(1), m.group(2), m.group(4), m.group(5));
        }
        return new DateParse.NotADate();
    }

    /**
     * Like {@link #parse(String)}, but also reads a date written without a year ("9月30日",
     * "9/30"), taking the year from the fiscal year as {@link FiscalYears} does: April–December
     * in {@code fiscalYear}, January–March in the year after. For deadline cells in a workbook
     * whose 年度 is known.
     */
    public static DateParse parse(String s, int fiscalYear) {
        DateParse full = parse(s);
        if (!(full instanceof DateParse.NotADate) || s == null) {
            return full;
        }
        String original = JapaneseText.trim(s);
        String t = JapaneseText.trim(JapaneseText.nfkc(original));
        Matcher m;
        if ((m = Forms.MONTH_DAY_KANJI.matcher(t)).matches() || (m = Forms.MONTH_DAY_SLASH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(1));
            return of(original, yearOf(month, fiscalYear), month, Integer.parseInt(m.group(2)));
        }
        return full;
    }

    /**
     * The day of an Excel date serial; any time of day (the fraction) is dropped, after rounding
     * to the millisecond as Excel does when it displays a time (so 45930.99999999999 is the next
     * day, not 23:59:59.999…).
     *
     * <p>1900 system ({@code date1904 == false}): serial 1 is 1900-01-01. Excel wrongly treats
     * 1900 as a leap year, so serial 60 is the nonexistent 1900-02-29 and every later serial is
     * one day ahead of a plain count. Serials from 61 (1900-03-01) on are therefore counted from
     * 1899-12-30, earlier ones from 1899-12-31; serial 60 is returned as 1900-03-01, as Apache
     * POI does, so this class and the workbook reader agree. Serial 0 is 1899-12-31 (Excel
     * shows "1900-01-00"). 45930 → 2025-09-30.
     *
     * <p>1904 system: serial 0 is 1904-01-01, no fictitious day.
     *
     * @throws IllegalArgumentException for negative, NaN or infinite serials and serials past
     *     9999-12-31
     */
    public static LocalDate fromExcelSerial(double serial, boolean date1904) {
        if (Double.isNaN(serial) || Double.isInfinite(serial) || serial < 0 || serial >= 3_000_000) {
            throw new IllegalArgumentException("not an Excel date serial: " + serial);
        }
        long days = (long) Math.floor(serial);
        long millis = Math.round((serial - days) * MILLIS_PER_DAY);
        if (millis >= MILLIS_PER_DAY) {
            days++;
        }
        LocalDate d;
        if (date1904) {
            d = EPOCH_1904.plusDays(days);
        } else if (days >= 60) {
            d = EPOCH_1900.plusDays(Math.max(days, 61));
        } else {
            d = EPOCH_1900.plusDays(days + 1);
        }
        if (d.getYear() > 9999) {
            throw new IllegalArgumentException("not an Excel date serial: " + serial);
        }
        return d;
    }

    /** The calendar year of a month written without a year, in a fiscal year. */
    static int yearOf(int month, int fiscalYear) {
        return month >= 4 ? fiscalYear : fiscalYear + 1;
    }

    /** Checks month then day; {@code text} is what the Invalid result quotes. */
    static DateParse of(String text, int year, int month, int day) {
        if (month < 1 || month > 12) {
            return new DateParse.Invalid(text, DateParse.NO_SUCH_MONTH);
        }
        // Month and IsoChronology rather than YearMonth, whose class builds a date formatter when first used
        if (day < 1 || day > Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year))) {
            return new DateParse.Invalid(text, DateParse.NO_SUCH_DAY);
        }
        return new DateParse.Valid(LocalDate.of(year, month, day));
    }

    static DateParse gregorian(String text, String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1) {
            return new DateParse.NotADate();
        }
        return of(text, y, Integer.parseInt(month), Integer.parseInt(day));
    }

    static DateParse era(String text, String era, String eraYear, String month, String day) {
        OptionalInt y = Eras.toGregorianYear(era, Eras.parseEraYear(eraYear));
        if (y.isEmpty()) {
            return new DateParse.Invalid(text, DateParse.NO_SUCH_ERA_YEAR);
        }
        return of(text, y.getAsInt(), Integer.parseInt(month), Integer.parseInt(day));
    }
}
