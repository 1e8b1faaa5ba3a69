package io.goalsheet.render.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's Japanese wording, from labels.properties beside this class. */
final class Labels {

    private final ResourceBundle bundle = ResourceBundle.getBundle("io.goalsheet.render.pdf.labels", Locale.ROOT);

    String get(String key) {
        return bundle.getString(key);
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.JAPAN).format(args);
    }
}
