package io.goalsheet.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import io.goalsheet.model.Messages;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The command line. Everything runs through {@link #run}, which returns the exit code; only
 * {@link #main} calls System.exit, so tests run the whole CLI in-process.
 */
public final class Main {

    private static final java.util.Set<String> COMMANDS = java.util.Set.of("validate", "merge", "report", "init", "schema");

    private final Console console;

    public Main(Console console) {
        this.console = console;
    }

    public static void main(String[] args) {
        Quiet.apply();
        Charset cs = StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
        java.io.Console terminal = System.console();
        Console console = new Console(out, err, System.getenv(), terminal != null, terminal != null,
                terminal == null ? null : prompt -> terminal.readPassword("%s", prompt));
        int code = new Main(console).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public int run(String... args) {
        CommandLine cmd = new CommandLine(new GoalsheetCommand());
        // Building a command's model is most of start-up: when the first argument names a command, only
        // that one is built; help, version and typos get them all.
        String first = args.length == 0 ? "" : args[0];
        boolean all = !COMMANDS.contains(first);
        if (all || first.equals("validate")) {
            cmd.addSubcommand(new CommandLine(new ValidateCommand(console)));
        }
        if (all || first.equals("merge")) {
            cmd.addSubcommand(new CommandLine(new MergeCommand(console)));
        }
        if (all || first.equals("report")) {
            cmd.addSubcommand(new CommandLine(new ReportCommand(console)));
        }
        if (all || first.equals("init")) {
            cmd.addSubcommand(new CommandLine(new InitCommand(console)));
        }
        if (all || first.equals("schema")) {
            cmd.addSubcommand("schema", new SchemaCommand());
        }
        cmd.setOut(console.out());
        cmd.setErr(console.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler(new Failures(console));
        cmd.setParameterExceptionHandler((ex, argv) -> {
            console.err().println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, console.err());
            console.err().println("(" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            console.err().flush();
            return ExitCodes.USAGE;
        });
        int code = cmd.execute(args);
        console.out().flush();
        console.err().flush();
        return code;
    }

    /** One line per failure on stderr; the stack trace only with --verbose. */
    private record Failures(Console console) implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                    || parsed.hasMatchedOption("--verbose");
            int code;
            if (ex instanceof UsageException) {
                console.err().println(ex.getMessage());
                code = ExitCodes.USAGE;
            } else if (ex instanceof OutputException) {
                console.err().println(ex.getMessage());
                code = ExitCodes.OUTPUT_OR_INTERNAL;
            } else {
                console.err().println(messages(parsed).get("cli.internal-error", ex));
                code = ExitCodes.OUTPUT_OR_INTERNAL;
            }
            if (verbose) {
                ex.printStackTrace(console.err());
            }
            console.err().flush();
            return code;
        }

        private static Messages messages(CommandLine.ParseResult parsed) {
            CommandLine.ParseResult p = parsed;
            while (p != null) {
                if (p.hasMatchedOption("--lang")) {
                    return Messages.forLocale(Locale.forLanguageTag(p.matchedOptionValue("--lang", "en")));
                }
                p = p.subcommand();
            }
            return Messages.forLocale(Locale.getDefault());
        }
    }
}
