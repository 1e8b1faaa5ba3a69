package io.goalsheet.text;

import java.util.Objects;

/**
 * One line of a cell of the published 重点目標一覧表, classified by its leading marker.
 * {@code number} is set for {@link Kind#INITIATIVE} and {@link Kind#ITEM} only; {@code text} is
 * the line without its marker, trimmed (the whole trimmed line for {@link Kind#TEXT}).
 */
public record OutlineLine(Kind kind, Integer number, String text) {

    public enum Kind {
        /** ①–⑳, ㉑–㊿: "① 第三次上田市総合計画…". */
        INITIATIVE,
        /** (1), （１）, ⑴–⒇, 1–99. */
        ITEM,
        /** ・ ･ • ◦ ‣, or a hyphen that does not start a negative number. */
        BULLET,
        /** Anything else. */
        TEXT
    }

    public OutlineLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        boolean numbered = kind == Kind.INITIATIVE || kind == Kind.ITEM;
        if (numbered != (number != null)) {
            throw new IllegalArgumentException(kind + " with number " + number);
        }
    }

    /**
     * Classifies one line after {@link JapaneseText#trim}: "①第三次…" and "① 第三次…" are
     * INITIATIVE 1 "第三次…"; "(2) 地方創生…", "（２）…", "(2）…" and "⑵ …" are ITEM 2; "・広報"
     * and "- 広報" are BULLET "広報"; "-5件", "－５", a lone "-" (a cell's "none"), "(注)",
     * "(R8～)…", "(2025年)", "※注記", "○" and "1. …" are TEXT. {@code null} is TEXT "".
     */
    public static OutlineLine parse(String line) {
        String t = JapaneseText.trim(line);
        if (t == null || t.isEmpty()) {
            return new OutlineLine(Kind.TEXT, null, "");
        }
        char c = t.charAt(0); // every marker is in the BMP
        if (c >= '\u2460' && c <= '\u2473' || c >= '\u3251' && c <= '\u325F' || c >= '\u32B1' && c <= '\u32BF') {
            return new OutlineLine(Kind.INITIATIVE, Ordinals.enclosedValue(c), rest(t, 1));
        }
        if (c >= '\u2474' && c <= '\u2487') {
            return new OutlineLine(Kind.ITEM, Ordinals.enclosedValue(c), rest(t, 1));
        }
        if (c == '(' || c == '（') {
            OutlineLine item = parenthesized(t);
            if (item != null) {
                return item;
            }
        }
        if (isBullet(t)) {
            return new OutlineLine(Kind.BULLET, null, rest(t, 1));
        }
        return new OutlineLine(Kind.TEXT, null, t);
    }

    /** "(n)" with n of one or two digits and nothing between them and the parentheses. */
    private static OutlineLine parenthesized(String t) {
        int n = 0;
        int i = 1;
        while (i < t.length() && i <= 2 && digit(t.charAt(i)) >= 0) {
            n = n * 10 + digit(t.charAt(i));
            i++;
        }
        if (i == 1 || i >= t.length() || n < 1 || t.charAt(i) != ')' && t.charAt(i) != '）') {
            return null;
        }
        return new OutlineLine(Kind.ITEM, n, rest(t, i + 1));
    }

    private static boolean isBullet(String t) {
        switch (t.charAt(0)) {
            case '・', '･', '•', '◦', '‣':
                return true;
            case '-', '－', '‐', '−', '—':
                break;
            default:
                return false;
        }
        if (t.length() == 1) {
            return false; // a lone dash means "none", not an empty bullet
        }
        char next = t.charAt(1);
        if (JapaneseText.isSpace(next)) {
            return true;
        }
        // "-5", "－５" and "-.5" are negative numbers
        boolean fraction = (next == '.' || next == '．') && t.length() > 2 && digit(t.charAt(2)) >= 0;
        return digit(next) < 0 && !fraction;
    }

    /** ASCII and full-width digits only: other scripts' digits are not typed in these sheets. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    private static String rest(String t, int from) {
        return JapaneseText.trim(t.substring(from));
    }
}
