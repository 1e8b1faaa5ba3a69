package io.goalsheet.cli;

import io.goalsheet.model.Messages;
import io.goalsheet.text.EditDistance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli refuses: what is wrong, worded from the exception's parts in the language
 * of the messages (picocli's own sentences are English), a "did you mean" line, and where the usage
 * is. Exit code 2, nothing else printed.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Console console;
    private final GoalsheetCommand goalsheet;

    UsageErrors(Console console, GoalsheetCommand goalsheet) {
        this.console = console;
        this.goalsheet = goalsheet;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        Messages messages = Messages.forLocale(goalsheet.lang != null ? goalsheet.locale() : locale(args));
        PrintWriter err = console.err();
        err.println(describe(ex, messages));
        List<String> suggestions = suggestions(ex);
        if (!suggestions.isEmpty()) {
            err.println(messages.get("usage-error.did-you-mean", either(suggestions, messages)));
        }
        err.println(messages.get("usage-error.see-help", ex.getCommandLine().getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Only --lang, for {@link #locale}. */
    @CommandLine.Command
    static final class LangOnly {
        @CommandLine.Option(names = "--lang")
        Language lang;
    }

    /**
     * The language of a line picocli refused before it reached --lang ("--rows many --lang ja"): a
     * parse of the line that knows only --lang, all else let through; the locale's without one.
     */
    static Locale locale(String[] args) {
        LangOnly only = new LangOnly();
        CommandLine parser = new CommandLine(only);
        parser.setUnmatchedArgumentsAllowed(true);
        parser.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            parser.parseArgs(args);
        } catch (ParameterException e) {
            return Locale.getDefault(); // --lang without a value, or not ja or en
        }
        return only.lang != null ? only.lang.locale : Locale.getDefault();
    }

    static String describe(ParameterException ex, Messages messages) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> unmatched = u.getUnmatched();
            if (u.isUnknownOption()) {
                // the words after an unknown option were meant as its value: only the options are unknown
                List<String> options = unmatched.stream().filter(a -> a.length() > 1 && a.startsWith("-")).toList();
                return messages.get("usage-error.unknown-option", quote(options, messages), options.size());
            }
            if (!spec.subcommands().isEmpty()) {
                return messages.get("usage-error.unknown-command", quote(unmatched.subList(0, 1), messages),
                        spec.qualifiedName());
            }
            return messages.get("usage-error.unexpected-argument", quote(unmatched, messages), unmatched.size());
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            List<ArgSpec> missing = m.getMissing();
            ArgSpec first = missing.get(0);
            if (missing.size() == 1 && first.isOption() && !first.required()) {
                // an optional option that was given without its value
                return messages.get("usage-error.missing-value", ((OptionSpec) first).longestName(), first.paramLabel());
            }
            List<String> described = new ArrayList<>();
            for (ArgSpec a : missing) {
                described.add(a.isOption() ? String.join("/", ((OptionSpec) a).names()) + " " + a.paramLabel()
                        : a.paramLabel());
            }
            return messages.get("usage-error.missing", String.join(messages.japanese() ? "、" : ", ", described),
                    described.size());
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return messages.get("usage-error.repeated", name(o.getOverwritten()));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            // the exception names them only in its English sentence; the parse result has them
            List<String> given = new ArrayList<>();
            CommandLine.ParseResult parsed = ex.getCommandLine().getParseResult();
            for (OptionSpec o : parsed == null ? List.<OptionSpec>of() : parsed.matchedOptions()) {
                if (o.group() != null && o.group().exclusive() && !given.contains(o.longestName())) {
                    given.add(o.longestName());
                }
            }
            if (given.size() > 1) {
                return messages.get("usage-error.exclusive", String.join(messages.get("usage-error.and"), given));
            }
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return badValue(ex.getArgSpec(), ex.getValue(), messages);
        }
        return messages.get("usage-error.other", ex.getMessage());
    }

    private static String badValue(ArgSpec arg, String value, Messages messages) {
        List<String> choices = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(choices::add);
        }
        Class<?> type = arg.type();
        String key;
        if (!choices.isEmpty()) {
            key = "usage-error.bad-value.choice";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            key = "usage-error.bad-value.integer";
        } else if (Path.class.isAssignableFrom(type) || (arg.auxiliaryTypes().length > 0
                && Path.class.isAssignableFrom(arg.auxiliaryTypes()[0]))) {
            key = "usage-error.bad-value.path";
        } else {
            key = "usage-error.bad-value";
        }
        return messages.get(key, name(arg), value, String.join(messages.japanese() ? "、" : ", ", choices));
    }

    /** An option by its longest name, a positional parameter by its label. */
    private static String name(ArgSpec arg) {
        return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
    }

    /**
     * What the user may have meant: picocli's suggestions (options sharing the first two letters,
     * the most similar subcommands); for an option picocli has none for ("--fromat"), the options
     * nearest in spelling.
     */
    static List<String> suggestions(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return List.of();
        }
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        List<String> suggested = u.getSuggestions();
        if (!u.isUnknownOption()) {
            // subcommands, named as typed after the command: "goalsheet validate"
            return suggested.stream().map(s -> spec.qualifiedName() + " " + s).toList();
        }
        return suggested.isEmpty() ? nearestOptions(u.getUnmatched().get(0), spec) : suggested;
    }

    /**
     * The visible options nearest to {@code typed}: at most a third of its letters mistyped, left
     * out, added or swapped (so "-x" gets none). picocli only matches the first two letters.
     */
    static List<String> nearestOptions(String typed, CommandSpec spec) {
        String word = strip(typed);
        int best = word.length() / 3;
        List<String> nearest = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            for (String name : option.names()) {
                int d = EditDistance.between(word, strip(name));
                if (d < best) {
                    best = d;
                    nearest.clear();
                }
                if (d == best && !nearest.contains(name)) {
                    nearest.add(name);
                }
            }
        }
        return nearest;
    }

    private static String strip(String option) {
        int i = 0;
        while (i < option.length() && option.charAt(i) == '-') {
            i++;
        }
        int eq = option.indexOf('=');
        return option.substring(i, eq > i ? eq : option.length()).toLowerCase(Locale.ROOT);
    }

    private static String quote(List<String> args, Messages messages) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            if (sb.length() > 0) {
                sb.append(messages.japanese() ? "" : ", ");
            }
            sb.append(messages.japanese() ? "「" + a + "」" : "\"" + a + "\"");
        }
        return sb.toString();
    }

    /** "--schema or --strict", 「--schema または --strict」. */
    private static String either(List<String> names, Messages messages) {
        return String.join(messages.get("usage-error.or"), names);
    }
}
