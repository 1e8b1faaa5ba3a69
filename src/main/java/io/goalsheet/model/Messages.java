package io.goalsheet.model;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * User-facing wording, from resource bundles beside the code that needs them: {@code messages}
 * (findings, CLI, schema problems) and the reader's {@code read/reasons}. Japanese for a ja
 * locale, English otherwise — never the machine's language for another one. Each file is read
 * when its first message is wanted: a run with nothing to report reads none.
 */
public final class Messages {

    private static final String MAIN = "io.goalsheet.messages";
    private static final String READ_REASONS = "io.goalsheet.read.reasons";

    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
    }

    /** Japanese for "ja…", English for everything else. */
    public static Messages forLocale(Locale requested) {
        return new Messages(isJapanese(requested) ? Locale.JAPANESE : Locale.ENGLISH);
    }

    public static boolean isJapanese(Locale locale) {
        return locale != null && "ja".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public boolean japanese() {
        return isJapanese(locale);
    }

    public String get(String key, Object... args) {
        return format(MAIN, key, args);
    }

    /** Wording for a reader's reason key (see ReadException). */
    public String reason(String key, Object... args) {
        return format(READ_REASONS, key, args);
    }

    public boolean has(String key) {
        return Bundles.get(MAIN, locale).containsKey(key);
    }

    private String format(String baseName, String key, Object[] args) {
        String pattern;
        try {
            pattern = Bundles.get(baseName, locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key missing from " + baseName + ": " + key, e);
        }
        return MessagePatterns.format(pattern, locale, args); // one quoting rule for every message: '' and '{'

    }
}
