package io.goalsheet.text;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sequence numbers (目標番号, 取組番号, 細目番号) however they are written. */
public final class Ordinals {

    private static final Pattern PAREN = Pattern.compile("\\(\\s*(\\d{1,9})\\s*\\)");
    private static final Pattern PLAIN = Pattern.compile("(\\d{1,9})[.)]?");
    private static final Pattern DAI = Pattern.compile("第\\s*(\\d{1,9})");
    private static final Pattern NO = Pattern.compile("(?i:no)\\.?\\s*(\\d{1,9})");

    private static final Pattern LEADING_PAREN = Pattern.compile("^\\(\\s*(\\d{1,9})\\s*\\)");
    private static final Pattern LEADING_PLAIN = Pattern.compile("^(\\d{1,9})[.)](?!\\d)");

    private Ordinals() {
    }

    /**
     * Reads a whole cell as a positive sequence number: a single enclosed number (①–⑳, ㉑–㊿,
     * ⑴–⒇, ⒈–⒛, ⓫–⓴, ⓵–⓾, ❶–❿, ➀–➉, ➊–➓, ㈠–㈩, ㊀–㊉), "(1)" and "（１）", "1", "１", "1.",
     * "１．", "1)", "第1" and "No.1" / "No 1" / "№1" (a number cell may be labelled; the number is
     * unambiguous). Empty for zero, negatives, fractions and anything followed by text ("①第三次…"
     * is a title with its number, see {@link #leading}).
     */
    public static OptionalInt parse(String s) {
        if (s == null) {
            return OptionalInt.empty();
        }
        String t = JapaneseText.trim(s);
        if (t.codePointCount(0, t.length()) == 1) {
            int v = enclosedValue(t.codePointAt(0));
            if (v != 0) {
                return positive(v);
            }
        }
        t = JapaneseText.trim(JapaneseText.nfkc(t));
        for (Pattern p : new Pattern[] {PAREN, PLAIN, DAI, NO}) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                return positive(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Reads an ordinal written at the start of a text, to spot numbering typed inside a title:
     * "① 第三次上田市総合計画" → 1, "①第三次…" → 1, "(2) 地方創生…" → 2, "3. 記念式典" → 3,
     * "1)計画" → 1. A bare number must be followed by "." or ")" and then no digit, so "2025年度…",
     * "6回程度" and "1.5倍" are not numbering; "第1回…" and "No.1…" are not either (第1回 is a
     * count, not a list marker). Empty for zero.
     */
    public static OptionalInt leading(String s) {
        if (s == null) {
            return OptionalInt.empty();
        }
        String t = JapaneseText.trim(s);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        int v = enclosedValue(t.codePointAt(0));
        if (v != 0) {
            return positive(v);
        }
        t = JapaneseText.nfkc(t);
        for (Pattern p : new Pattern[] {LEADING_PAREN, LEADING_PLAIN}) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                return positive(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    /** ①–⑳ for 1–20; "(21)" beyond, because ㉑ and up are missing from many fonts. */
    public static String circled(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("not a positive ordinal: " + n);
        }
        return n <= 20 ? new String(Character.toChars(0x2460 + n - 1)) : parenthesized(n);
    }

    /** "(1)" with ASCII parentheses, as NFKC writes ⑴. */
    public static String parenthesized(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("not a positive ordinal: " + n);
        }
        return "(" + n + ")";
    }

    /** The value of an enclosed number, −1 for an enclosed zero (⓪ ⓿ 🄀), 0 if not one. */
    static int enclosedValue(int cp) {
        if (cp >= 0x2460 && cp <= 0x2473) {
            return cp - 0x2460 + 1; // ①–⑳
        }
        if (cp >= 0x2474 && cp <= 0x2487) {
            return cp - 0x2474 + 1; // ⑴–⒇
        }
        if (cp >= 0x2488 && cp <= 0x249B) {
            return cp - 0x2488 + 1; // ⒈–⒛
        }
        if (cp >= 0x24EB && cp <= 0x24F4) {
            return cp - 0x24EB + 11; // ⓫–⓴
        }
        if (cp >= 0x24F5 && cp <= 0x24FE) {
            return cp - 0x24F5 + 1; // ⓵–⓾
        }
        if (cp >= 0x2776 && cp <= 0x277F) {
            return cp - 0x2776 + 1; // ❶–❿
        }
        if (cp >= 0x2780 && cp <= 0x2789) {
            return cp - 0x2780 + 1; // ➀–➉
        }
        if (cp >= 0x278A && cp <= 0x2793) {
            return cp - 0x278A + 1; // ➊–➓
        }
        if (cp >= 0x3251 && cp <= 0x325F) {
            return cp - 0x3251 + 21; // ㉑–㉟
        }
        if (cp >= 0x32B1 && cp <= 0x32BF) {
            return cp - 0x32B1 + 36; // ㊱–㊿
        }
        if (cp >= 0x3220 && cp <= 0x3229) {
            return cp - 0x3220 + 1; // ㈠–㈩
        }
        if (cp >= 0x3280 && cp <= 0x3289) {
            return cp - 0x3280 + 1; // ㊀–㊉
        }
        if (cp == 0x24EA || cp == 0x24FF || cp == 0x1F100) {
            return -1; // ⓪ ⓿ 🄀
        }
        return 0;
    }

    private static OptionalInt positive(int v) {
        return v >= 1 ? OptionalInt.of(v) : OptionalInt.empty();
    }
}
