package io.goalsheet.render.findings;

import io.goalsheet.model.Bundles;
import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
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

    /**
     * A label formatted with {@link MessageFormat} in this locale. A whole number in a plain
     * placeholder ({0}, or {0} in a choice) is written as MessageFormat writes it in English and
     * Japanese ("1,234"), but without a NumberFormat: setting up the JDK's locale data for one takes
     * longer than the rest of a one-workbook run's summary. Other placeholders are MessageFormat's.
     */
    String label(String key, Object... args) {
        return format(labels.getString(key), args);
    }

    private String format(String pattern, Object[] args) {
        MessageFormat mf = new MessageFormat(pattern, locale);
        Format[] formats = mf.getFormatsByArgumentIndex();
        for (int i = 0; i < args.length; i++) {
            Format f = i < formats.length ? formats[i] : null;
            if (!(args[i] instanceof Integer || args[i] instanceof Long)) {
                continue;
            }
            if (f == null) {
                mf.setFormatByArgumentIndex(i, WholeNumber.INSTANCE);
            } else if (f instanceof ChoiceFormat choice) {
                mf.setFormatByArgumentIndex(i, new Choice(choice, args));
            }
        }
        return mf.format(args);
    }

    /** "1,234": a whole number grouped by thousands with commas, as English and Japanese write it. */
    private static final class WholeNumber extends Format {
        static final WholeNumber INSTANCE = new WholeNumber();

        @Override
        public StringBuffer format(Object number, StringBuffer to, FieldPosition pos) {
            String digits = Long.toString(((Number) number).longValue());
            int start = digits.startsWith("-") ? 1 : 0;
            to.append(digits, 0, start);
            for (int i = start; i < digits.length(); i++) {
                if (i > start && (digits.length() - i) % 3 == 0) {
                    to.append(',');
                }
                to.append(digits.charAt(i));
            }
            return to;
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException();
        }
    }

    /** A choice ("1#1 file|1<{0,number,integer} files") whose chosen text is formatted as a label is. */
    private final class Choice extends Format {
        private final ChoiceFormat choice;
        private final Object[] args;

        Choice(ChoiceFormat choice, Object[] args) {
            this.choice = choice;
            this.args = args;
        }

        @Override
        public StringBuffer format(Object number, StringBuffer to, FieldPosition pos) {
            String chosen = choice.format(((Number) number).longValue());
            return to.append(chosen.indexOf('{') >= 0 ? Texts.this.format(chosen, args) : chosen);
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException();
        }
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
