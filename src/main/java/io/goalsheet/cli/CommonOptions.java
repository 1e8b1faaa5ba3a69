package io.goalsheet.cli;

import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadLimits;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.Schema;
import io.goalsheet.schema.SchemaException;
import io.goalsheet.schema.SchemaLoader;
import io.goalsheet.schema.SchemaProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command that reads workbooks shares (their descriptions are in the help bundles). */
final class CommonOptions {

    /** The command this is mixed into, whose goalsheet command holds --lang. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--schema", paramLabel = "FILE")
    Path schema;

    @Option(names = "--password")
    boolean askPassword;

    /** -q and -v ask for less and for more: picocli refuses the two together. */
    @ArgGroup(exclusive = true)
    Verbosity verbosity;

    static final class Verbosity {
        @Option(names = {"-q", "--quiet"})
        boolean quiet;

        @Option(names = {"-v", "--verbose"})
        boolean verbose;
    }

    boolean quiet() {
        return verbosity != null && verbosity.quiet;
    }

    /** In the language of --lang, else of the locale. */
    Messages messages() {
        return Messages.forLocale(GoalsheetCommand.locale(mixee));
    }

    /** The schema to check against; a broken one is a usage error with every problem listed. */
    Schema loadSchema(Messages messages, Console console) {
        return loadConfig(schema, SchemaLoader::loadBuiltIn, SchemaLoader::load, messages);
    }

    /** Reads a configuration file (schema, report template) of the user's. */
    interface ConfigLoader<T> {
        T load(Path file) throws SchemaException;
    }

    /** The built-in configuration when {@code file} is null; a missing or broken file is a usage error (exit 2). */
    static <T> T loadConfig(Path file, java.util.function.Supplier<T> builtIn, ConfigLoader<T> loader, Messages messages) {
        if (file == null) {
            return builtIn.get();
        }
        if (!Files.exists(file)) {
            throw new UsageException(messages.get("cli.no-such-path", file));
        }
        try {
            return loader.load(file);
        } catch (SchemaException e) {
            throw new UsageException(describe(e, messages));
        }
    }

    /**
     * {@code schema check} and {@code template check}: loads {@code file}, says {@code ok} of it unless
     * quiet (exit 0), or prints every problem and how many there were (exit 2).
     */
    static <T> int check(picocli.CommandLine.Model.CommandSpec spec, CommonOptions common, Path file,
                         ConfigLoader<T> loader, java.util.function.Function<T, String> ok, String invalidKey) {
        Messages messages = common.messages();
        if (!Files.exists(file)) {
            throw new UsageException(messages.get("cli.no-such-path", file));
        }
        try {
            T loaded = loader.load(file);
            if (!common.quiet()) {
                spec.commandLine().getOut().println(ok.apply(loaded));
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        } catch (SchemaException e) {
            spec.commandLine().getErr().println(describe(e, messages));
            spec.commandLine().getErr().println(messages.get(invalidKey, e.problems().size()));
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
    }

    static String describe(SchemaException e, Messages messages) {
        StringBuilder sb = new StringBuilder();
        for (SchemaProblem p : e.problems()) {
            if (sb.length() > 0) {
                sb.append(System.lineSeparator());
            }
            sb.append(messages.get("cli.schema-problem", p.location(), messages.get(p.key(), p.args().toArray())));
        }
        return sb.toString();
    }

    ReadOptions readOptions(Messages messages, Console console) {
        char[] password = null;
        String fromEnv = console.env("GOALSHEET_PASSWORD");
        if (askPassword) {
            if (console.passwordPrompt() == null) {
                throw new UsageException(messages.get("cli.password-no-console"));
            }
            password = console.passwordPrompt().ask(messages.get("cli.password-prompt"));
        } else if (fromEnv != null && !fromEnv.isEmpty()) {
            password = fromEnv.toCharArray();
        }
        return new ReadOptions(ReadLimits.defaults(), password);
    }
}
