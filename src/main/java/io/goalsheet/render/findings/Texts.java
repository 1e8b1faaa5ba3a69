package io.goalsheet.render.findings;

import io.goalsheet.model.Bundles;
import io.goalsheet.model.MessagePatterns;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the findings formats: renderer labels ({@code labels_*.properties}, formatted with
 * {@link MessageFormat}) and the title and description of every finding code
 * ({@code codes_*.properties}, plain text). Japanese for {@code ja}, English for everything else.
 */
final class Texts {

    private static final String PACKAGE = "io.goalsheet.render.findings.";

    private final Locale locale;
    private final ResourceBundle labels;
    /** Read on first use: only some formats describe the codes. */
    private ResourceBundle codes;

    private Texts(Locale locale) {
        this.locale = locale;
        this.labels = Bundles.get(PACKAGE + "labels", locale);
    }

    static Texts forLocale(Locale requested) {
        boolean japanese = "ja".equals(requested.getLanguage());
        return new Texts(japanese ? Locale.JAPANESE : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    boolean japanese() {
        return locale.getLanguage().equals("ja");
    }

    /** A label formatted with {@link MessageFormat} in this locale, whole numbers as {@link MessagePatterns} writes them. */
    String label(String key, Object... args) {
        return MessagePatterns.format(labels.getString(key), locale, args);
    }

    /** The code's short title, or the code itself for a code this version does not know. */
    String title(String code) {
        return find(code + ".title", code);
    }

    /** The code's one-paragraph description, or its title when there is none. */
    String description(String code) {
        return find(code + ".description", title(code));
    }

    boolean knows(String code) {
        return codes().containsKey(code + ".title") && codes().containsKey(code + ".description");
    }

    private ResourceBundle codes() {
        if (codes == null) {
            codes = Bundles.get(PACKAGE + "codes", locale);
        }
        return codes;
    }

    private String find(String key, String fallback) {
        try {
            return codes().getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
