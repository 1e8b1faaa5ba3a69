package io.goalsheet.text;

import java.util.Map;

/** Evaluation marks (自己評価 ◎ ○ △ ×) and the look-alikes people type for them. */
public final class Marks {

    /**
     * Look-alike → canonical mark. NFKC does not unify these, so they are listed one by one, and
     * only characters people really pick from an IME or paste:
     *
     * <ul>
     *   <li>○ U+25CB from 〇 U+3007 (IME "まる" and the kanji zero), ◯ U+25EF (large circle),
     *       ￮ U+FFEE (half-width), ⚪ U+26AA and ⭕ U+2B55 (emoji). Latin O/o, Ｏ and the digit
     *       0 are deliberately not mapped: a cell holding "O" may be a typo for anything, and
     *       guessing a good evaluation is worse than reporting an unknown mark.
     *   <li>◎ U+25CE from ⊚ U+229A (identical glyph) and ◉ U+25C9 (fish-eye, picked from the
     *       same IME list; no evaluation scale uses it for anything else).
     *   <li>△ U+25B3 from ⊿ U+22BF (in the IME "さんかく" list), ▵ U+25B5 (small), Δ U+0394 and
     *       ∆ U+2206 (delta, typed for a triangle). ▲ is not mapped: filled means minus.
     *   <li>× U+00D7 from ✕ ✖ ✗ ✘ ☓ ╳ ❌, Ｘ ｘ, and Latin X and x (people type x for × all the
     *       time, and x means nothing else in a mark cell).
     * </ul>
     */
    public static final Map<String, String> DEFAULT_LOOKALIKES = Map.ofEntries(
            Map.entry("\u3007", "○"), // 〇
            Map.entry("\u25EF", "○"), // ◯
            Map.entry("\uFFEE", "○"), // ￮
            Map.entry("\u26AA", "○"), // ⚪
            Map.entry("\u2B55", "○"), // ⭕
            Map.entry("\u229A", "◎"), // ⊚
            Map.entry("\u25C9", "◎"), // ◉
            Map.entry("\u22BF", "△"), // ⊿
            Map.entry("\u25B5", "△"), // ▵
            Map.entry("\u0394", "△"), // Δ
            Map.entry("\u2206", "△"), // ∆
            Map.entry("\u2715", "×"), // ✕
            Map.entry("\u2716", "×"), // ✖
            Map.entry("\u2717", "×"), // ✗
            Map.entry("\u2718", "×"), // ✘
            Map.entry("\u2613", "×"), // ☓
            Map.entry("\u2573", "×"), // ╳
            Map.entry("\u274C", "×"), // ❌
            Map.entry("\uFF38", "×"), // Ｘ
            Map.entry("\uFF58", "×"), // ｘ
            Map.entry("X", "×"),
            Map.entry("x", "×"));

    private Marks() {
    }

    /** {@link #canonical(String, Map)} with {@link #DEFAULT_LOOKALIKES}. */
    public static String canonical(String s) {
        return canonical(s, DEFAULT_LOOKALIKES);
    }

    /**
     * Trims, then returns the mapped mark if the whole trimmed text is a key of
     * {@code lookalikes}; otherwise the trimmed text unchanged (so "○ 順調" stays as it is and
     * the caller can report it). Emoji variation selectors U+FE0E/U+FE0F are ignored for the
     * lookup, because "⭕" often arrives as "⭕\uFE0F". {@code null} stays {@code null}.
     */
    public static String canonical(String s, Map<String, String> lookalikes) {
        String t = JapaneseText.trim(s);
        if (t == null) {
            return null;
        }
        String key = t.replace("\uFE0F", "").replace("\uFE0E", "");
        String mapped = lookalikes.get(key);
        return mapped != null ? mapped : t;
    }
}
