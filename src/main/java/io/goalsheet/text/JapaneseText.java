package io.goalsheet.text;

import java.text.Normalizer;

/** Trimming, normalisation and comparison keys for text typed in Japanese offices. */
public final class JapaneseText {

    private JapaneseText() {
    }

    /**
     * Strips leading and trailing whitespace in the wide sense: ASCII whitespace, CR/LF, the
     * ideographic space U+3000 (typed by Japanese IMEs), NBSP U+00A0 (pasted from web pages), and
     * the invisible U+FEFF, U+200B, U+200C, U+200D, U+2060 (pasted from other tools). Interior
     * text is untouched. {@code null} stays {@code null}.
     */
    public static String trim(String s) {
        if (s == null) {
            return null;
        }
        int start = start(s);
        int end = s.length();
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isTrimmable(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** {@code null}, or nothing but what {@link #trim} removes. */
    public static boolean isBlank(String s) {
        // no copy: a cell of the published layout holds dozens of lines and is asked often
        return s == null || start(s) == s.length();
    }

    /** The index of the first character {@link #trim} keeps; the length when there is none. */
    private static int start(String s) {
        int start = 0;
        while (start < s.length()) {
            int cp = s.codePointAt(start);
            if (!isTrimmable(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        return start;
    }

    /**
     * NFKC normalisation (full-width digits and Latin letters to ASCII, half-width katakana to
     * full-width, "，" to ",", "（" to "(", U+3000 to a space, ㍻ to 平成 …) with two departures:
     *
     * <ul>
     *   <li>Enclosed numbers are kept as they are, because NFKC would destroy the numbering: ①
     *       would become "1" and ⑴ "(1)", and "①②" would read as twelve. Kept are the whole
     *       Enclosed Alphanumerics block U+2460–U+24FF (①–⑳, ⑴–⒇, ⒈–⒛, ⓪, ⓫–⓴, ⓵–⓾, and also
     *       the circled/parenthesised letters ⒜ Ⓐ ⓐ, used as list markers too), ㉑–㉟, ㊱–㊿, the
     *       parenthesised and circled ideographs ㈠–㈩ and ㊀–㊉, the dingbats ❶–➓ (NFKC does not
     *       touch these; listed for clarity) and 🄀–🄊.
     *   <li>U+2212 MINUS SIGN becomes "-" (NFKC already maps full-width "－" U+FF0D and small
     *       "﹣" U+FE63 to "-"). Dashes U+2010–U+2015 and the long-vowel mark ー are left alone:
     *       in text they are punctuation or mean "none" (―); {@link Numbers} decides for itself
     *       which of them it reads as a minus in a number cell.
     * </ul>
     */
    public static String nfkc(String s) {
        if (s == null) {
            return null;
        }
        String quick = quickNfkc(s);
        if (quick != null) {
            return quick;
        }
        if (Normalizer.isNormalized(s, Normalizer.Form.NFKC) && s.indexOf('\u2212') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int runStart = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (isEnclosedNumber(cp)) {
                out.append(Normalizer.normalize(s.substring(runStart, i), Normalizer.Form.NFKC));
                out.appendCodePoint(cp);
                runStart = i + n;
            }
            i += n;
        }
        out.append(Normalizer.normalize(s.substring(runStart), Normalizer.Form.NFKC));
        return out.toString().replace('\u2212', '-');
    }

    /**
     * The form {@link #nfkc} gives a text made only of {@link #isStable stable} characters, the enclosed
     * numbers it keeps and the characters {@link #narrow} maps one to one as NFKC does (full-width ASCII:
     * （ is "(", １ is "1"; U+3000 and NBSP are a space; U+2212 is "-", as nfkc makes it), found without
     * asking the normaliser: most cells are such texts. Null for any other text.
     */
    static String quickNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isStable(c) && !isEnclosedNumber(c) && !changedByNarrow(c)) {
                return null;
            }
        }
        return narrow(s);
    }

    /**
     * A character NFKC leaves as it is wherever it stands — it has no compatibility form, and nothing
     * among these characters composes with it: printable ASCII, tab and line breaks, hiragana, katakana,
     * ・ and ー, the unified ideographs, 々 〇, the brackets 、。「」『』【】〔〕, and the marks of Japanese
     * documents ※ × ÷ → ○ ◎ △ ▲ ▽ ▼ □ ■ ◇ ◆ ●. The circled numbers ① … are not among them: {@link #nfkc}
     * keeps them by a rule of its own. A test checks each of these characters against the normaliser.
     */
    static boolean isStable(char c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t';
        }
        return c >= 0x3041 && c <= 0x3096 // hiragana, without the voicing marks after it
                || c >= 0x30A1 && c <= 0x30FC // katakana, ・ and ー
                || c >= 0x4E00 && c <= 0x9FFF
                || c == 0x3001 || c == 0x3002 || c == 0x3005 || c == 0x3007
                || c >= 0x300C && c <= 0x3011 || c == 0x3014 || c == 0x3015
                || c == 0x203B || c == 0x00D7 || c == 0x00F7 || c == 0x2192
                || c == 0x25CB || c == 0x25CE || c == 0x25B3 || c == 0x25B2 || c == 0x25BD || c == 0x25BC
                || c == 0x25A1 || c == 0x25A0 || c == 0x25C7 || c == 0x25C6 || c == 0x25CF;
    }

    /**
     * A key for "is this the same text": {@link #trim}, {@link #nfkc}, zero-width characters
     * removed (they are invisible, so two texts differing only by them look identical), and every
     * run of whitespace (space, U+3000, tab, line breaks, NBSP) collapsed to one ASCII space.
     * Used to decide whether two goal titles are the same.
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String t = nfkc(trim(s));
        if (!hasSpaceOrZeroWidth(t)) {
            return t; // nothing to drop or collapse: most titles
        }
        StringBuilder out = new StringBuilder(t.length());
        boolean inSpace = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (isZeroWidth(cp)) {
                continue;
            }
            if (isSpace(cp)) {
                inSpace = true;
                continue;
            }
            if (inSpace && out.length() > 0) {
                out.append(' ');
            }
            inSpace = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * A one-to-one narrowing that keeps every character at its index: full-width ASCII
     * U+FF01–U+FF5E to ASCII, U+3000 and NBSP to a space, U+2212 to "-". Used where positions in
     * the original text must be reported (free-text date scanning), which NFKC cannot promise.
     */
    static String narrow(String s) {
        int first = 0;
        while (first < s.length() && !changedByNarrow(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // most texts have nothing to narrow: no copy
        }
        char[] c = s.toCharArray();
        for (int i = first; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                c[i] = (char) (ch - 0xFEE0);
            } else if (ch == '\u3000' || ch == '\u00A0') {
                c[i] = ' ';
            } else if (ch == '\u2212') {
                c[i] = '-';
            }
        }
        return new String(c);
    }

    private static boolean hasSpaceOrZeroWidth(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) || isZeroWidth(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean changedByNarrow(char ch) {
        return (ch >= '\uFF01' && ch <= '\uFF5E') || ch == '\u3000' || ch == '\u00A0' || ch == '\u2212';
    }

    static boolean isSpace(int cp) {
        if (cp > 0x3000) {
            return false; // Unicode has no space after the ideographic one: kana and kanji are decided here
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    static boolean isZeroWidth(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
    }

    private static boolean isTrimmable(int cp) {
        if (cp > ' ' && cp < 0x7F || cp >= 0x3041 && cp <= 0x9FFF) {
            return false; // printable ASCII, kana and kanji: most first and last characters, decided without a table look-up
        }
        return isSpace(cp) || isZeroWidth(cp);
    }

    /** The enclosed numbers and markers {@link #nfkc} keeps; see there. */
    static boolean isEnclosedNumber(int cp) {
        return (cp >= 0x2460 && cp <= 0x24FF)
                || (cp >= 0x2776 && cp <= 0x2793)
                || (cp >= 0x3220 && cp <= 0x3229)
                || (cp >= 0x3251 && cp <= 0x325F)
                || (cp >= 0x3280 && cp <= 0x3289)
                || (cp >= 0x32B1 && cp <= 0x32BF)
                || (cp >= 0x1F100 && cp <= 0x1F10A);
    }
}
