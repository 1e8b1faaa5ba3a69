package io.goalsheet.cli;

import java.util.Locale;

/** The languages of what goalsheet prints, as --lang names them. */
enum Language {
    JA(Locale.JAPANESE),
    EN(Locale.ENGLISH);

    final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** As typed and as help and usage errors list it: ja, en. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
