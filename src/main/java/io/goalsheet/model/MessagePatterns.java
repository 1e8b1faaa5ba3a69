package io.goalsheet.model;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Formats a wording pattern with {@link MessageFormat} in the wording's locale: counts as numbers
 * ("{0,choice,1#{0} file|1<{0} files}", 「{0} 件」), grouped by thousands as English and Japanese write
 * them (1,234).
 */
public final class MessagePatterns {

    private MessagePatterns() {}

    public static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }
}
