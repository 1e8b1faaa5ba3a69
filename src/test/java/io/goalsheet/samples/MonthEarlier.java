package io.goalsheet.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A department's 月次報告 as of 2025-08-31, derived from its 中間報告 as of 2025-09-30: the same
 * goals, initiatives, targets and plans, with one month less done.
 *
 * <ul>
 *   <li>Progress lines that tell of something done in September (a day in September, 「（9月）」) are
 *       left out, unless they say 予定; a figure 「（9月30日現在）」 becomes 「（8月31日現在）」.
 *   <li>A figure given 「（9月末現在）」 is not known yet a month earlier: its line is left out and its
 *       実績値 (and an entered 進捗度) left blank.
 *   <li>A count (件, 回, 人 …) that the progress text states on a line not dated April–August is
 *       lower: 基準値 + 85% of the way from it to the September 実績, rounded to the 実績's
 *       precision; the text follows (and a 「延べ N人」 on the same line in proportion). A count the
 *       text does not state, or states as done by a date before September (「12事業を評価（8/20、
 *       8/27）」), and rates (%) stay as they were, so that the numbers and the text agree.
 *   <li>An entered 進捗度 follows the new numbers; one entered without numbers (a works progress
 *       such as 「工事進捗 40%」) is 10 points lower, and so is the same figure in the text.
 * </ul>
 */
final class MonthEarlier {

    private static final Pattern DAY_SLASH = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern DAY_KANJI = Pattern.compile("(?<!\\d)(\\d{1,2})月(\\d{1,2})日");
    /** 9月 as the time of an event: not 9月末, 9月議会, 9月号, 9月中旬 …, nor the end of a range 「4月～9月」. */
    private static final Pattern SEPTEMBER = Pattern.compile("(?<![\\d～~〜])9月(?![末議号中上下]|\\d)");
    /** A line dated April–August: 「（5月）」, 「（7/29）」, 「4月～8月」. */
    private static final Pattern EARLIER = Pattern.compile("(?<!\\d)[4-8]月|(?<![\\d/.])[4-8]/\\d{1,2}(?![\\d/])");
    private static final Pattern TOTAL = Pattern.compile("延べ([\\d,]+)(人|件|回)");
    private static final String NOT_YET = "実施に向けて準備中";

    private MonthEarlier() {}

    static DepartmentData derive(DepartmentData september) {
        List<DepartmentData.Row> rows = new ArrayList<>();
        for (DepartmentData.Row r : september.rows()) {
            rows.add(row(r));
        }
        return september.withRows(rows);
    }

    private static DepartmentData.Row row(DepartmentData.Row r) {
        String progress = r.get("progress");
        String actual = r.get("actual");
        String rate = r.get("progressRate");
        boolean figureLater = progress.contains("9月末現在");

        List<String> kept = new ArrayList<>();
        List<Boolean> dated = new ArrayList<>();
        for (String line : progress.split("\n", -1)) {
            String moved = line.replace("9月30日現在", "8月31日現在");
            if (line.contains("9月末現在") || (doneInSeptember(moved) && !line.contains("予定"))) {
                continue;
            }
            dated.add(EARLIER.matcher(line).find());
            kept.add(moved);
        }

        if (figureLater && !actual.isEmpty()) {
            actual = "";
            rate = hasNumbers(r) ? "" : rate;
        } else if (!actual.isEmpty() && !r.get("unit").equals("%")) {
            BigDecimal before = new BigDecimal(actual);
            BigDecimal base = r.get("baseline").isEmpty() ? BigDecimal.ZERO : new BigDecimal(r.get("baseline"));
            BigDecimal after = base.add(before.subtract(base).multiply(new BigDecimal("0.85")))
                    .setScale(Math.max(0, before.scale()), RoundingMode.HALF_UP);
            Pattern figure = Pattern.compile("(?<![\\d.,第])" + Pattern.quote(shown(before) + r.get("unit")));
            for (int i = 0; i < kept.size() && after.compareTo(before) != 0; i++) {
                String line = kept.get(i);
                if (figure.matcher(line).find() && !dated.get(i)) {
                    line = figure.matcher(line).replaceAll(Matcher.quoteReplacement(shown(after) + r.get("unit")));
                    kept.set(i, totals(line, after.doubleValue() / before.doubleValue()));
                    actual = after.toPlainString();
                    break;
                }
            }
        }
        String text = kept.isEmpty() ? NOT_YET : String.join("\n", kept);
        if (!rate.isEmpty()) {
            if (!actual.isEmpty() && !r.get("targetValue").isEmpty()) {
                rate = String.valueOf(Math.round(computed(r.get("baseline"), r.get("targetValue"), actual)));
            } else if (!hasNumbers(r)) {
                int before = Integer.parseInt(rate);
                int after = Math.max(0, before - 10);
                text = text.replace("進捗 " + before + "%", "進捗 " + after + "%");
                rate = String.valueOf(after);
            }
        }
        return r.with("progress", text).with("actual", actual).with("progressRate", rate);
    }

    private static boolean hasNumbers(DepartmentData.Row r) {
        return !r.get("targetValue").isEmpty() && !r.get("actual").isEmpty();
    }

    /** A day in September (9/13, 9月7日) or 「（9月）」-like mention of the month itself (not 9月末, 9月議会, 9月号). */
    private static boolean doneInSeptember(String line) {
        for (Pattern p : List.of(DAY_SLASH, DAY_KANJI)) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                if (m.group(1).equals("9")) {
                    return true;
                }
            }
        }
        return SEPTEMBER.matcher(line).find();
    }

    /** 「延べ 1,650人」 on the same line, in proportion. */
    private static String totals(String line, double ratio) {
        Matcher m = TOTAL.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long n = Math.round(Long.parseLong(m.group(1).replace(",", "")) * ratio);
            m.appendReplacement(sb, Matcher.quoteReplacement("延べ" + String.format("%,d", n) + m.group(2)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** 1925 → "1,925"; 2.0 → "2.0" (as precise as the 実績 was written). */
    private static String shown(BigDecimal n) {
        return n.scale() <= 0 ? String.format("%,d", n.longValueExact()) : n.toPlainString();
    }

    private static double computed(String baseline, String target, String actual) {
        double a = Double.parseDouble(actual);
        double t = Double.parseDouble(target);
        if (baseline.isEmpty()) {
            return a / t * 100;
        }
        double b = Double.parseDouble(baseline);
        return (a - b) / (t - b) * 100;
    }
}
