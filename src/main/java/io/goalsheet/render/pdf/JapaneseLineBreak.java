package io.goalsheet.render.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where a line of Japanese text may break, after the rules Japanese typesetters follow (JIS X 4051,
 * W3C "Requirements for Japanese Text Layout"), in the strict form used in official documents:
 *
 * <ul>
 *   <li>行頭禁則: no line starts with closing brackets and quotes （ ）」』】〕 … ）, the punctuation
 *       、。，．・：；！？, the long-vowel mark ー, small kana (ぁ っ ゃ ァ ッ ャ …), iteration
 *       marks (々 ゝ ヽ), dashes and wave dashes (‐ 〜 ～), the leaders … ‥, or a unit written after
 *       a number (% ％ ℃ °);
 *   <li>行末禁則: no line ends with opening brackets and quotes （「『【〔 …, or a currency or number
 *       sign written before a number (¥ $ # №);
 *   <li>Latin words and numbers are not split: 17,913, Ver2.0, LINE, 60.5%, R8, 3/17; a number
 *       stays with the character after it (17,913人, 9月, 6回) and with 年, 月 and 第 before it
 *       (a date, 9月30日, or 第1回 stays whole), and an enclosed number with the text it numbers
 *       (①第三次…); a no-break space (U+00A0) joins what is on either side of it;
 *   <li>a short figure in brackets stays on one line: （9月号）, （3回）, (R8～) — up to six characters
 *       between the brackets, one of them a digit;
 *   <li>the last line of a paragraph is never a single character (泣き別れ: "…最終答 / 申");
 *   <li>elsewhere a line may break between any two characters when one of them is Japanese, and
 *       after a space.
 * </ul>
 *
 * <p>OpenPDF breaks CJK text between any two characters; {@link #SPLIT} is the {@link SplitCharacter}
 * that makes it follow these rules instead (set it on every Chunk). A line can still be cut inside a
 * word when a single word is wider than the column: nothing else would fit.
 */
public final class JapaneseLineBreak {

    /** Characters no line may start with (行頭禁則文字). */
    static final String NO_START =
            // closing brackets and quotes
            ")]}）］｝〕〉》」』】〙〗〟’”｠»｣"
            // hyphens and wave dashes
            + "‐゠–〜～"
            // separators, punctuation, middle dots
            + "!?！？‼⁇⁈⁉・：；:;、。，．,.･｡､"
            // iteration marks and the long-vowel mark
            + "ヽヾゝゞ々〻ーｰ"
            // small kana
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯﾞﾟ゛゜"
            // units written after a number
            + "%％‰℃°′″¢￠"
            // leaders, which are not split either
            + "…‥";

    /** Characters no line may end with (行末禁則文字). */
    static final String NO_END = "([{（［｛〔〈《「『【〘〖〝‘“｟«｢" + "$＄¥￥£￡€#＃№";

    /** Characters that stay with the number after them: dates (7年9月30日) and ordinals (第1回). */
    static final String PREFIXES = "年月第";

    /** The {@link SplitCharacter} that lets OpenPDF break lines only where {@link #canBreakBefore} allows. */
    public static final SplitCharacter SPLIT = new Split(false);

    /**
     * A stricter {@link SplitCharacter} for short phrases set as units, like "基準値 17,913人 → 目標値
     * 20,000人": breaks only after a space (and where {@link #canBreakBefore} allows), never inside a word.
     */
    public static final SplitCharacter AT_SPACES = new Split(true);

    private JapaneseLineBreak() {
    }

    /** Whether a line may start with this code point. */
    public static boolean mayStartLine(int cp) {
        return NO_START.indexOf(cp) < 0 && !isExtending(cp);
    }

    /** Whether a line may end with this code point. */
    public static boolean mayEndLine(int cp) {
        return NO_END.indexOf(cp) < 0;
    }

    /**
     * Whether a line may break between {@code text[index - 1]} and {@code text[index]}. False at
     * either end of the text and inside a surrogate pair.
     */
    public static boolean canBreakBefore(CharSequence text, int index) {
        return canBreakBefore(text, index, text.length());
    }

    /** All break opportunities of a text, ascending: the indexes a new line may start at. */
    public static List<Integer> opportunities(CharSequence text) {
        List<Integer> found = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (canBreakBefore(text, i)) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * Breaks a text into lines no wider than {@code width}, as OpenPDF does with {@link #SPLIT}:
     * each line ends at the last opportunity that fits; a line with no opportunity is cut where
     * it is full; a newline always breaks; spaces at a break are dropped. A reference for tests and
     * for estimating heights, not used for the layout itself.
     *
     * @param advance the width of a piece of text
     */
    public static List<String> wrap(String text, double width, ToDoubleFunction<String> advance) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r\n|\r|\n", -1)) {
            String rest = paragraph;
            while (advance.applyAsDouble(rest) > width) {
                int fit = 0;
                while (fit < rest.length()) {
                    int next = fit + Character.charCount(rest.codePointAt(fit));
                    if (advance.applyAsDouble(rest.substring(0, next)) > width) {
                        break;
                    }
                    fit = next;
                }
                int cut = -1;
                for (int i = fit; i > 0; i--) {
                    if (canBreakBefore(rest, i)) {
                        cut = i;
                        break;
                    }
                }
                if (cut < 0) {
                    cut = Math.max(fit, Character.charCount(rest.codePointAt(0)));
                }
                lines.add(rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }

    static boolean canBreakBefore(CharSequence s, int index, int end) {
        if (index <= 0 || index >= end) {
            return false;
        }
        if (Character.isHighSurrogate(s.charAt(index - 1)) && Character.isLowSurrogate(s.charAt(index))) {
            return false;
        }
        int before = Character.codePointBefore(s, index);
        int after = Character.codePointAt(s, index);
        if (index + Character.charCount(after) >= end) {
            // 泣き別れ: the last line of a paragraph is never a single character
            return false;
        }
        if (!mayStartLine(after) || !mayEndLine(before)) {
            return false;
        }
        if (isGlue(before) || isGlue(after)) {
            return false;
        }
        if (isSpace(after)) {
            // the break comes after the space, which then disappears at the end of the line
            return false;
        }
        if (isSpace(before)) {
            return true;
        }
        if (isLatin(before) && isLatin(after)) {
            return false;
        }
        if (isDigit(before) || isEnclosedNumber(before)) {
            return false;
        }
        if (isDigit(after) && PREFIXES.indexOf(before) >= 0) {
            return false;
        }
        if (insideShortBracketedFigure(s, index, end)) {
            return false;
        }
        // a digit after a Latin letter (Ver2, R8) or the like is part of the word: covered above;
        // what is left is a boundary with at least one non-Latin character
        return true;
    }

    /** The most characters between the brackets of a figure kept on one line: （9月号）, （2025年度）. */
    private static final int SHORT_BRACKETED = 6;

    /**
     * Whether {@code index} is inside a short bracketed group holding a digit — （9月号）, （3回）, (R8～) —
     * which a reader takes in at once and a line must not split (「（9月」 / 「号）」).
     */
    private static boolean insideShortBracketedFigure(CharSequence s, int index, int end) {
        int open = -1;
        for (int i = index - 1; i >= 0 && index - i <= SHORT_BRACKETED + 1; i--) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                open = i;
                break;
            }
            if (c == '）' || c == ')') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int j = index; j < end && j - open <= SHORT_BRACKETED + 1; j++) {
            char c = s.charAt(j);
            if (c == '）' || c == ')') {
                for (int k = open + 1; k < j; k++) {
                    if (isDigit(s.charAt(k))) {
                        return true;
                    }
                }
                return false;
            }
            if (c == '（' || c == '(') {
                return false;
            }
        }
        return false;
    }

    /** No-break spaces and joiners: no break on either side of them. */
    private static boolean isGlue(int cp) {
        return cp == '\u00a0' || cp == '\u202f' || cp == '\u2060' || cp == '\ufeff' || cp == '\u2007';
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\u3000' || cp == '\u2002' || cp == '\u2003' || cp == '\u2009'
                || cp == '\u200b';
    }

    /** Letters, digits and signs that make up a Latin word or a number: no break between two of them. */
    private static boolean isLatin(int cp) {
        return cp > ' ' && cp <= '~'
                || cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7
                || cp >= 0xff10 && cp <= 0xff19 || cp >= 0xff21 && cp <= 0xff3a || cp >= 0xff41 && cp <= 0xff5a;
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9' || cp >= 0xff10 && cp <= 0xff19;
    }

    /** ①–⑳, ⑴–⒇ and the like, which number the text after them. */
    private static boolean isEnclosedNumber(int cp) {
        return cp >= 0x2460 && cp <= 0x24ff || cp >= 0x2776 && cp <= 0x2793 || cp >= 0x3251 && cp <= 0x325f
                || cp >= 0x32b1 && cp <= 0x32bf || cp >= 0x3220 && cp <= 0x3243 || cp >= 0x3280 && cp <= 0x32b0;
    }

    /** Marks that belong to the character before them: combining marks, variation selectors, joiners. */
    private static boolean isExtending(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || cp >= 0xfe00 && cp <= 0xfe0f || cp >= 0xe0100 && cp <= 0xe01ef || cp == 0x200d;
    }

    /**
     * OpenPDF asks whether it may break after {@code cc[current]}. {@code cc} is the text of the whole
     * paragraph when a cell or column is laid out (ColumnText), so the rules hold across chunks; it
     * is Unicode for TrueType fonts, the only kind this report uses ({@code ck} maps only CJK fonts'
     * CIDs, which are never used here).
     */
    private static final class Split implements SplitCharacter {
        private final boolean atSpacesOnly;

        Split(boolean atSpacesOnly) {
            this.atSpacesOnly = atSpacesOnly;
        }

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            if (current + 1 >= end) {
                return true;
            }
            if (atSpacesOnly && !isSpace(cc[current])) {
                return false;
            }
            return canBreakBefore(new Chars(cc, end), current + 1, end);
        }
    }

    /** The first {@code length} chars of an array (OpenPDF's buffers are longer than their text), without copying. */
    private record Chars(char[] cc, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return cc[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(cc, start, end - start);
        }

        @Override
        public String toString() {
            return new String(cc, 0, length);
        }
    }
}
