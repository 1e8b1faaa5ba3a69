package io.goalsheet.cli;

import io.goalsheet.model.Messages;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command. Its texts, and every command's, are in the help bundles ({@link HelpTexts}). */
@Command(name = "goalsheet", mixinStandardHelpOptions = true, versionProvider = GoalsheetCommand.VersionProvider.class)
final class GoalsheetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** One --lang for every command: picocli copies an inherited option into each, and all of them set this field. */
    @Option(names = "--lang", paramLabel = "ja|en", scope = ScopeType.INHERIT)
    Language lang;

    /** goalsheet alone: what to type next, on stderr, as a usage error. */
    @Override
    public Integer call() {
        return commandMissing(spec);
    }

    /** The language everything is printed in: --lang, else the locale's (Japanese for ja, English otherwise). */
    Locale locale() {
        return lang != null ? lang.locale : Locale.getDefault();
    }

    /** {@link #locale()} of the goalsheet command that {@code spec} belongs to; the locale's without one. */
    static Locale locale(CommandSpec spec) {
        return spec != null && spec.root().userObject() instanceof GoalsheetCommand g ? g.locale() : Locale.getDefault();
    }

    /** A command that only groups others, run without one: which to give, and its usage, on stderr (exit 2). */
    static int commandMissing(CommandSpec spec) {
        CommandLine cmd = spec.commandLine();
        Locale locale = locale(spec);
        HelpTexts.apply(spec.root().commandLine(), locale);
        Messages messages = Messages.forLocale(locale);
        cmd.getErr().println(messages.get("usage-error.command-missing", spec.qualifiedName(),
                String.join(messages.japanese() ? "、" : ", ", spec.subcommands().keySet())));
        cmd.getErr().println();
        cmd.usage(cmd.getErr());
        cmd.getErr().flush();
        return ExitCodes.USAGE;
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"goalsheet " + Version.get()};
        }
    }
}
