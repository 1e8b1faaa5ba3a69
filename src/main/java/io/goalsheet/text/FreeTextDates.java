package io.goalsheet.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates inside free progress text (進捗状況) and says whether each day exists.
 *
 * <p>The scanner must never cry wolf on ordinary office prose, so it recognises only these shapes
 * (digits may be full-width; spaces may sit around 年, 月 and 日):
 *
 * <ul>
 *   <li>Full dates: "令和7年9月30日", "R7年9月30日", "2025年9月30日", "2025/9/30", "2025-09-30",
 *       "2025.9.30", "R7.9.30", "R7/9/30", "H31.4.30". Written with 年月日 they are checked
 *       whatever the numbers ("2025年13月1日" is a month that does not exist); written with
 *       separators they follow the 1–12 / 1–31 rule below, since "0120-12-34" is a phone number.
 *   <li>A month and day without a year, "9月30日" or "9/30"; the year follows the fiscal year:
 *       April–December are in {@code fiscalYear}, January–March in {@code fiscalYear + 1}. So
 *       "2月29日" exists in FY2027 (2028-02-29) and not in FY2025.
 *   <li>A month with no day, "13月" or "0月", is reported only when the month cannot exist; a
 *       real month ("9月末", "4月号", "令和8年3月策定") is not a date and gives no mention.
 * </ul>
 *
 * <p>The fraction rule for M/D: "a/b" is a date mention only when a is 1–12 and b is 1–31, it
 * is not part of a longer run of digits, slashes, points or commas ("2025/9/30" is one full date,
 * "112/31", "1,000/月" and "10/100" hold no M/D), it does not follow a Latin letter or ':' and it
 * is not followed by 程度, 以上, 以下, 未満, 以内, 超, 強, 弱, ほど, くらい/ぐらい or a counter
 * (人, 名, 件, 回, 個, 校, 社, 点, %, 割, 倍, 本, 台, 枚, 冊, 戸, 軒, 者, 頁, ページ, か所/ヶ所/
 * ケ所/箇所), all of which mark a fraction or a tally ("1/2程度", "3/4以上", "5/10人"). A/b
 * outside 1–12 / 1–31 is a fraction or a code, not a mistaken date, so gives no mention; one
 * inside ("9/31", "2/30") is a date that does not exist. A bare "2/3" is read as a date
 * (February 3); it is valid, so it raises no alarm.
 *
 * <p>Ranges "3/17～4/16" give two mentions. In a range of two year-less dates whose start is in
 * January–March and whose end is in April–December, the start belongs to the March before the
 * fiscal year (a public comment period running 3/17～4/16 into FY2025 started 2025-03-17).
 *
 * <p>Kanji numerals (九月三十日) are not recognised.
 */
public final class FreeTextDates {

    private static final String ERA = Eras.ERA_REGEX;
    private static final String EY = Eras.ERA_YEAR_REGEX;

    /** A full date must not continue into more digits or another "/9" or ".5". */
    private static final String NUMERIC_END = "(?!\\d|[./-]\\d)";

    private static final Pattern ERA_KANJI = Pattern.compile(
            "(?<![A-Za-z0-9])" + ERA + "\\s*" + EY + "\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern GREGORIAN_KANJI = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ERA_NUMERIC = Pattern.compile(
            "(?<![A-Za-z0-9])" + ERA + "\\s*" + EY + "([./-])(\\d{1,2})\\3(\\d{1,2})" + NUMERIC_END);
    private static final Pattern GREGORIAN_NUMERIC = Pattern.compile(
            "(?<![\\d./,])(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})" + NUMERIC_END);
    private static final Pattern MONTH_DAY_KANJI = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MONTH_DAY_SLASH = Pattern.compile(
            "(?<![\\d/.,:A-Za-z])(\\d{1,2})/(\\d{1,2})(?!\\d|/|[.,:]\\d)");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月");

    /** What follows a/b when it is a fraction or a tally, not a date. */
    private static final Pattern FRACTION_FOLLOWER = Pattern.compile(
            "\\s*(?:程度|以上|以下|未満|以内|超|強|弱|ほど|くらい|ぐらい|ページ|か所|ヶ所|ケ所|箇所"
                    + "|[人名件回個校社点%％割倍本台枚冊戸軒者頁])");

    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:[~〜\\-‐‑‒–—―ー]|から)\\s*");

    private FreeTextDates() {
    }

    /**
     * The date mentions in {@code text}, in order of position, none overlapping; where shapes
     * overlap the one starting first wins, then the longer ("令和7年9月30日" is one mention, not
     * also "9月30日"). Empty for {@code null}.
     */
    public static List<DateMention> scan(String text, int fiscalYear) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // Positions must point into the original text, so only width is folded here, char for char.
        String t = JapaneseText.narrow(text);
        Shapes has = Shapes.of(t);
        if (!has.digit) {
            return List.of(); // every date form has a digit: most lines of prose are done here
        }
        List<Candidate> all = new ArrayList<>();
        Matcher m;

        // each form needs characters most texts lack: look for those before running its expression
        boolean kanjiDate = has.nen && has.tsuki && has.hi;
        if (kanjiDate && has.era) {
            for (m = ERA_KANJI.matcher(t); m.find(); ) {
                add(all, m, JapaneseDates.era(text.substring(m.start(), m.end()), m.group(1), m.group(2), m.group(3), m.group(4)));
            }
        }
        if (kanjiDate && has.fourDigits) {
            for (m = fromDigit(GREGORIAN_KANJI, t, has); m.find(); ) {
                add(all, m, JapaneseDates.gregorian(text.substring(m.start(), m.end()), m.group(1), m.group(2), m.group(3)));
            }
        }
        if (has.separator && has.era) {
            for (m = ERA_NUMERIC.matcher(t); m.find(); ) {
                if (plausible(m.group(4), m.group(5))) {
                    add(all, m, JapaneseDates.era(text.substring(m.start(), m.end()), m.group(1), m.group(2), m.group(4), m.group(5)));
                }
            }
        }
        if (has.separator && has.fourDigits) {
            for (m = fromDigit(GREGORIAN_NUMERIC, t, has); m.find(); ) {
                if (plausible(m.group(3), m.group(4))) {
                    add(all, m, JapaneseDates.gregorian(text.substring(m.start(), m.end()), m.group(1), m.group(3), m.group(4)));
                }
            }
        }
        if (has.tsuki && has.hi) {
            // a match ends with 日
            for (m = within(MONTH_DAY_KANJI, t, has.firstDigit, has.lastHi + 1); m.find(); ) {
                all.add(yearless(text, m, fiscalYear));
            }
        }
        if (has.slash) {
            Matcher follower = FRACTION_FOLLOWER.matcher(t);
            // a match is one or two digits either side of a slash
            int from = Math.max(has.firstDigit, has.firstSlash - 2);
            for (m = within(MONTH_DAY_SLASH, t, from, Math.min(t.length(), has.lastSlash + 3)); m.find(); ) {
                if (plausible(m.group(1), m.group(2)) && !follower.region(m.end(), t.length()).lookingAt()) {
                    all.add(yearless(text, m, fiscalYear));
                }
            }
        }
        if (has.tsuki && mayNameNoMonth(t)) {
            for (m = fromDigit(MONTH_ONLY, t, has); m.find(); ) {
                int month = Integer.parseInt(m.group(1));
                if (month < 1 || month > 12) {
                    add(all, m, new DateParse.Invalid(text.substring(m.start(), m.end()), DateParse.NO_SUCH_MONTH));
                }
            }
        }
        if (all.isEmpty()) {
            return List.of();
        }

        all.sort(null);
        List<Candidate> kept = new ArrayList<>();
        int covered = 0;
        for (Candidate c : all) {
            if (c.start >= covered && !(c.result instanceof DateParse.NotADate)) {
                kept.add(c);
                covered = c.end;
            }
        }
        fixRangeStarts(text, t, kept, fiscalYear);

        List<DateMention> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            out.add(new DateMention(text.substring(c.start, c.end), c.start, c.end, c.result));
        }
        return List.copyOf(out);
    }

    /**
     * A matcher for a form whose matches begin with a digit: it looks from the text's first digit
     * on, its look-behind still seeing what comes before.
     */
    private static Matcher fromDigit(Pattern form, String t, Shapes has) {
        return within(form, t, has.firstDigit, t.length());
    }

    /**
     * A matcher for a form whose matches lie between {@code start} and {@code end} (none when start
     * is past end); look-arounds see past them.
     */
    private static Matcher within(Pattern form, String t, int start, int end) {
        return form.matcher(t).useTransparentBounds(true).useAnchoringBounds(false).region(Math.min(start, end), end);
    }

    /**
     * Whether some 月 follows one or two digits (and spaces) that are no month 1–12, the only case
     * in which MONTH_ONLY gives a mention: such a match is the whole run of digits before the 月.
     */
    private static boolean mayNameNoMonth(String t) {
        for (int j = t.indexOf('月'); j >= 0; j = t.indexOf('月', j + 1)) {
            int k = j - 1;
            while (k >= 0 && isRegexSpace(t.charAt(k))) {
                k--;
            }
            int end = k + 1;
            while (k >= 0 && t.charAt(k) >= '0' && t.charAt(k) <= '9') {
                k--;
            }
            int digits = end - (k + 1);
            if (digits == 1 || digits == 2) {
                int month = Integer.parseInt(t, k + 1, end, 10);
                if (month < 1 || month > 12) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "3/17～4/16" in FY2025: the start is 2025-03-17, not 2026-03-17. */
    private static void fixRangeStarts(String text, String t, List<Candidate> kept, int fiscalYear) {
        for (int i = 0; i + 1 < kept.size(); i++) {
            Candidate a = kept.get(i);
            Candidate b = kept.get(i + 1);
            if (a.yearless && b.yearless && a.month >= 1 && a.month <= 3 && b.month >= 4 && b.month <= 12
                    && RANGE_SEPARATOR.matcher(t).region(a.end, b.start).matches()) {
                DateParse moved = JapaneseDates.of(text.substring(a.start, a.end), fiscalYear, a.month, a.day);
                kept.set(i, new Candidate(a.start, a.end, moved, true, a.month, a.day));
            }
        }
    }

    private static Candidate yearless(String text, Matcher m, int fiscalYear) {
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        DateParse r = JapaneseDates.of(text.substring(m.start(), m.end()), JapaneseDates.yearOf(month, fiscalYear), month, day);
        return new Candidate(m.start(), m.end(), r, true, month, day);
    }

    /**
     * Numbers-and-separators shapes (M/D, 2025/9/30, R7.9.30) count as dates only with a month
     * 1–12 and a day 1–31; outside that they are fractions or codes (an "0120-12-34" phone
     * number), not mistaken dates.
     */
    private static boolean plausible(String month, String day) {
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
    }

    private static void add(List<Candidate> all, Matcher m, DateParse r) {
        all.add(new Candidate(m.start(), m.end(), r, false, 0, 0));
    }

    /** Ordered by start, then the longer first. */
    private record Candidate(int start, int end, DateParse result, boolean yearless, int month, int day)
            implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
        }
    }

    /** Which characters the date forms need a text holds, found in one pass. */
    private static final class Shapes {
        boolean digit;
        int firstDigit;
        int firstSlash = -1;
        int lastSlash = -1;
        int lastHi = -1;
        boolean fourDigits;
        boolean nen;
        boolean tsuki;
        boolean hi;
        boolean slash;
        boolean separator;
        boolean era;

        static Shapes of(String t) {
            Shapes s = new Shapes();
            int run = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (!s.digit) {
                        s.firstDigit = i;
                    }
                    s.digit = true;
                    s.fourDigits |= ++run >= 4;
                    continue;
                }
                run = 0;
                switch (c) {
                    case '年' -> s.nen = true;
                    case '月' -> s.tsuki = true;
                    case '日' -> {
                        s.hi = true;
                        s.lastHi = i;
                    }
                    case '/' -> {
                        s.slash = true;
                        s.separator = true;
                        if (s.firstSlash < 0) {
                            s.firstSlash = i;
                        }
                        s.lastSlash = i;
                    }
                    case '.', '-' -> s.separator = true;
                    default -> s.era |= Eras.canBeginEra(c);
                }
            }
            return s;
        }
    }
}
