package io.goalsheet.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing wording, from resource bundles beside the code that needs them: {@code messages}
 * (findings, CLI, schema problems) and the reader's {@code read/reasons}. Japanese for a ja
 * locale, English otherwise.
 */
public final class Messages {

    private static final String MAIN = "io.goalsheet.messages";
    private static final String READ_REASONS = "io.goalsheet.read.reasons";

    private final Locale locale;
    private final ResourceBundle main;

    private Messages(Locale locale) {
        this.locale = locale;
        // never the default locale's file: an English run on a Japanese machine stays English
        this.main = Bundles.get(MAIN, locale);
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
        return format(main, key, args);
    }

    /** Wording for a reader's reason key (see ReadException). */
    public String reason(String key, Object... args) {
        return format(Bundles.get(READ_REASONS, locale), key, args); // read only when a file cannot be
    }

    public boolean has(String key) {
        return main.containsKey(key);
    }

    private String format(ResourceBundle bundle, String key, Object[] args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key missing from " + bundle.getBaseBundleName() + ": " + key, e);
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
    }
}
