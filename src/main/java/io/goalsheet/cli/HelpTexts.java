package io.goalsheet.cli;

import io.goalsheet.model.Bundles;
import io.goalsheet.model.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The words of help: picocli's resource bundle ({@code help_ja.properties}, {@code help_en.properties}
 * beside this class; keys as picocli's internationalization defines them: {@code usage.*}, qualified
 * by the command's name where one command differs, and one per option). It is set on the whole
 * hierarchy once the language is known — after the command line is parsed, since --lang is part of it —
 * rather than named in {@code @Command(resourceBundle=...)}, which would read it in the locale's
 * language before --lang is seen, and with ResourceBundle.getBundle, slow on its first call.
 */
final class HelpTexts {

    static final String BUNDLE = "io.goalsheet.cli.help";

    private HelpTexts() {}

    /** The bundle of the language of {@code locale}: Japanese for ja, English otherwise, as the messages. */
    static ResourceBundle bundle(Locale locale) {
        return Bundles.get(BUNDLE, Messages.forLocale(locale).locale());
    }

    /** Sets the words on {@code root} and every command under it. */
    static void apply(CommandLine root, Locale locale) {
        root.setResourceBundle(bundle(locale));
    }
}
