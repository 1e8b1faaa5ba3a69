package io.goalsheet.text;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written inside target and progress lines (目標, 進捗状況). Each parser reads one exact
 * notation and returns {@code null} for anything else: a figure read wrongly would be reported as
 * fact, so doubtful lines are left to the reader.
 *
 * <p>Lines are matched on {@link JapaneseText#narrow}ed text, which keeps every index, so labels
 * and notes are returned as typed while digits, "，", "％" and U+3000 may be full-width. Units are
 * returned narrowed ("％" → "%") so that equal units compare equal.
 */
public final class Figures {

    /** A change "label A unit → B unit (note)". {@code unit} and {@code note} may be null. */
    public record Arrow(String label, double from, double to, String unit, String note) {
        public Arrow {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Labelled figures; absent parts are null. {@code rate} is in percent points; {@code unit} is
     * that of the baseline, target and actual (null if none has one), never the rate's "%".
     */
    public record Labelled(Double baseline, Double target, Double actual, Double rate, String unit,
            boolean rateComputed) {
    }

    /**
     * A number as {@link Numbers#parse} reads it, inside text (".5" is left out: in text it is a
     * list marker). Spaces belong to it only after a sign ("▲ 5"), so the space in "数： 5" stays
     * between the label and the number.
     */
    private static final String NUMBER = "(?:[+\\-\u2010-\u2013▲△]\\s*)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

    /**
     * A unit character: letters (人, 事業, か所, km), symbols such as ㎡ and ℃, %, ‰ and "/" (回/年).
     * Narrower than "anything but digits, spaces, brackets and arrows" so that punctuation (",",
     * "-", "、", "～") is never taken for a unit. Arrows and geometric shapes (▲ ○) are left out.
     */
    private static final String UNIT =
            "[\\p{L}\\p{So}%‰/&&[^\u2190-\u21FF\u25A0-\u25FF\u2794-\u27BF\u27F0-\u27FF\u2900-\u297F\u2B00-\u2BFF]]";

    private static final Pattern LEFT = Pattern.compile("(.*?)(" + NUMBER + ")(" + UNIT + "{1,4})?\\s*");
    private static final Pattern RIGHT = Pattern.compile("\\s*(" + NUMBER + ")(" + UNIT + "{1,4})?(?:\\s*(\\(.*\\)))?");

    private static final List<String> LABELS = List.of("基準値", "目標値", "実績値", "進捗度");
    private static final int RATE = 3;
    /** One labelled part; the lookahead makes the unit end where a separator or space begins. */
    private static final Pattern PART = Pattern.compile(
            "(基準値|目標値|実績値|進捗度)\\s*:?\\s*(" + NUMBER + ")(" + UNIT + "{1,4})?(\\s*\\(計算値\\))?(?=\\s|[→/、,]|$)");

    private Figures() {
    }

    /** Most lines hold no label: they are refused before being narrowed. */
    private static boolean mayHoldLabel(String t) {
        if (t.indexOf('値') < 0 && t.indexOf('度') < 0) { // every label ends in one of them
            return false;
        }
        for (String label : LABELS) {
            if (t.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /** Most lines hold no arrow: they are refused before being narrowed. */
    private static boolean mayHoldArrow(String t) {
        for (int i = 0; i < t.length(); i++) { // one pass: most lines hold none
            char c = t.charAt(i);
            if (c == '→' || c == '>' || c == '⇒' || c == '➡' || c == '＞') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a line holding exactly one arrow (→ ⇒ ➡ or "->") as {@code [label] A[unit] → B[unit]
     * [note]}: "LINE友だち登録者数 17,913人→20,000人", "6,861 → 7,400人" (the unit written once
     * counts for both), "▲5%→3%", "LINE友だち登録者数 17,913人→19,175人（9月31日現在）" (note
     * "（9月31日現在）"). The label is the trimmed text before A without a trailing ":" or "："
     * ("" when there is none).
     *
     * <p>Null when the units differ, when a unit begins with 月 日 年 時 分 (dates, times), when a
     * number is directly preceded by a Latin letter, a digit, one of {@code / . : , - + ~ _ #} or
     * 第 約 (versions "Ver2.0", dates "3/17", eras "R8", times, ranges "5～10", ordinals, estimates),
     * or a hyphen minus by anything but a space ("数-5"), when anything but spaces stands between the arrow and B, when anything but one bracketed note
     * closing at the end of the line follows B, and for more or fewer than one arrow.
     */
    public static Arrow arrow(String line) {
        String t = JapaneseText.trim(line);
        if (t == null || t.isEmpty() || !mayHoldArrow(t)) {
            return null;
        }
        String n = JapaneseText.narrow(t);
        int at = -1;
        int width = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int w = c == '→' || c == '⇒' || c == '➡' ? 1 : c == '-' && i + 1 < n.length() && n.charAt(i + 1) == '>' ? 2 : 0;
            if (w > 0) {
                if (at >= 0) {
                    return null;
                }
                at = i;
                width = w;
                i += w - 1;
            }
        }
        if (at < 0) {
            return null;
        }
        int after = at + width;
        if (n.charAt(at) == '➡' && after < n.length() && (n.charAt(after) == '\uFE0F' || n.charAt(after) == '\uFE0E')) {
            after++; // ➡️ arrives with an emoji variation selector
        }
        Matcher left = LEFT.matcher(n).region(0, at);
        Matcher right = RIGHT.matcher(n).region(after, n.length());
        if (!left.matches() || !right.matches() || !standsAlone(n, left.start(2))) {
            return null;
        }
        String unitA = left.group(3);
        String unitB = right.group(2);
        if (unitA != null && unitB != null && !unitA.equals(unitB) || isDateUnit(unitA) || isDateUnit(unitB)) {
            return null;
        }
        String note = null;
        if (right.group(3) != null) {
            if (!closesAtEnd(right.group(3))) {
                return null; // "(注)(再掲)", "(a)b)"
            }
            note = t.substring(right.start(3), right.end(3));
        }
        return new Arrow(label(t.substring(0, left.end(1))), value(left.group(2)), value(right.group(1)),
                unitA != null ? unitA : unitB, note);
    }

    /**
     * Reads a line made only of labelled figures, as goalsheet's own report writes them:
     * "基準値 17,913人 → 目標値 20,000人 ／ 実績値 19,175人", "目標値 6事業 ／ 実績値 5事業",
     * "進捗度 60.5%（計算値）" (rateComputed), "進捗度：60％", "実績値 822件". Parts are
     * {@code 基準値|目標値|実績値 X[unit]} and {@code 進捗度 X%}, each label optionally followed by
     * ":" or "："; parts are separated by spaces or by one of → ／ / 、 ，.
     *
     * <p>Null for anything else in the line ("実績値を集計中", "基準値の見直し"), a label given
     * twice, a rate without %, "（計算値）" after anything but the rate, units that differ between
     * parts, a unit beginning with 月 日 年 時 分, and a half-width "," as separator (it could be
     * part of a number).
     */
    public static Labelled labelled(String line) {
        String t = JapaneseText.trim(line);
        if (t == null || t.isEmpty() || !mayHoldLabel(t)) {
            return null;
        }
        String n = JapaneseText.narrow(t);
        Double[] values = new Double[LABELS.size()];
        boolean computed = false;
        String unit = null;
        Matcher m = PART.matcher(n);
        int p = 0;
        while (true) {
            m.region(p, n.length());
            if (!m.lookingAt()) {
                return null;
            }
            int k = LABELS.indexOf(m.group(1));
            if (values[k] != null) {
                return null;
            }
            String u = m.group(3);
            if (k == RATE) {
                if (!"%".equals(u)) {
                    return null;
                }
                computed = m.group(4) != null;
            } else {
                if (m.group(4) != null || isDateUnit(u) || u != null && unit != null && !u.equals(unit)) {
                    return null;
                }
                unit = u != null ? u : unit;
            }
            values[k] = value(m.group(2));
            int q = skipSpaces(n, m.end());
            if (q == n.length()) {
                break;
            }
            char c = n.charAt(q);
            if (c == '→' || c == '/' || c == '、' || c == ',' && t.charAt(q) == '，') {
                q = skipSpaces(n, q + 1);
            } else if (q == m.end()) {
                return null;
            }
            p = q;
        }
        return new Labelled(values[0], values[1], values[2], values[RATE], unit, computed);
    }

    /** Whether the number starting at {@code i} is a figure of its own, not part of a code, date or range. */
    private static boolean standsAlone(String n, int i) {
        if (i == 0) {
            return true;
        }
        char before = n.charAt(i - 1);
        if (before < 0x80 && Character.isLetterOrDigit(before) || "/.:,-+~_#〜第約".indexOf(before) >= 0) {
            return false;
        }
        // a hyphen is a minus only at the start of a word: "数-5" is more likely a code
        char first = n.charAt(i);
        return !(first == '-' || first >= '\u2010' && first <= '\u2013') || JapaneseText.isSpace(before);
    }

    private static boolean isDateUnit(String unit) {
        return unit != null && "月日年時分".indexOf(unit.charAt(0)) >= 0;
    }

    /** Whether the bracket opened first is the one closed by the last character. */
    private static boolean closesAtEnd(String note) {
        int depth = 0;
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0 || depth == 0 && i < note.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static String label(String before) {
        String s = JapaneseText.trim(before);
        if (s.endsWith(":") || s.endsWith("：")) {
            s = JapaneseText.trim(s.substring(0, s.length() - 1));
        }
        return s;
    }

    private static double value(String number) {
        return Numbers.parse(number).orElseThrow(() -> new IllegalStateException("not a number: " + number));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && JapaneseText.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
