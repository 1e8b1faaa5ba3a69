package io.goalsheet.render.entry;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words written into the entry workbook ({@code texts.properties}): title, instructions, input
 * prompts and error alerts. Always Japanese: the workbook is for the people who type into it.
 */
final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.goalsheet.render.entry.texts",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Texts() {}

    /** The text of {@code key}, formatted with {@link MessageFormat} when there are arguments. */
    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.JAPANESE).format(args);
    }

    /** Cuts {@code s} to at most {@code max} UTF-16 units (Excel's limits count those), never inside a pair. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /**
     * The width of a text in Excel column units, roughly: 1 for ASCII and half-width kana, 2 for
     * everything else (kanji, kana, full-width forms).
     */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp < 0x80 || (cp >= 0xFF61 && cp <= 0xFF9F) ? 1 : 2;
            i += Character.charCount(cp);
        }
        return w;
    }
}
