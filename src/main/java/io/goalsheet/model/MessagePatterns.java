package io.goalsheet.model;

import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Formats a wording pattern with {@link MessageFormat}. A whole number (Integer, Long) in a plain
 * placeholder ({0}, or {0} in a choice: "{0,choice,1#1 file|1<{0} files}") is written as
 * MessageFormat writes it in English and Japanese ("1,234"), but without a NumberFormat: setting up
 * the JDK's locale data for one takes longer than the rest of a one-workbook run's summary. Other
 * placeholders are MessageFormat's.
 */
public final class MessagePatterns {

    private MessagePatterns() {}

    public static String format(String pattern, Locale locale, Object... args) {
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
                mf.setFormatByArgumentIndex(i, new Choice(choice, locale, args));
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

    /** A choice ("1#1 file|1<{0,number,integer} files") whose chosen text is formatted as the pattern is. */
    private static final class Choice extends Format {
        private final ChoiceFormat choice;
        private final Locale locale;
        private final Object[] args;

        Choice(ChoiceFormat choice, Locale locale, Object[] args) {
            this.choice = choice;
            this.locale = locale;
            this.args = args;
        }

        @Override
        public StringBuffer format(Object number, StringBuffer to, FieldPosition pos) {
            String chosen = choice.format(((Number) number).longValue());
            return to.append(chosen.indexOf('{') >= 0 ? MessagePatterns.format(chosen, locale, args) : chosen);
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException();
        }
    }
}
