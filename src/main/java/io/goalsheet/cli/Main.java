package io.goalsheet.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line. Everything runs through {@link #run}, which returns the exit code; only
 * {@link #main} calls System.exit, so tests run the whole CLI in-process.
 */
public final class Main {

    private static final java.util.Set<String> COMMANDS = java.util.Set.of("validate", "merge", "report", "init", "convert", "schema");

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
        int code = runPicocli(args);
        console.out().flush();
        console.err().flush();
        return code;
    }

    private int runPicocli(String... args) {
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
        if (all || first.equals("convert")) {
            cmd.addSubcommand(new CommandLine(new ConvertCommand(console)));
        }
        if (all || first.equals("schema")) {
            cmd.addSubcommand("schema", new SchemaCommand());
        }
        cmd.setOut(console.out());
        cmd.setErr(console.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> Failures.report(console, ex, verbose(parsed), lang(parsed)));
        cmd.setParameterExceptionHandler((ex, argv) -> {
            console.err().println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, console.err());
            console.err().println("(" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            console.err().flush();
            return ExitCodes.USAGE;
        });
        return cmd.execute(args);
    }

    /** Whether --verbose was given to the command or to the command that runs it. */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        return parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
    }

    /** The value given to --lang, or null. */
    private static String lang(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--lang")) {
                return p.matchedOptionValue("--lang", "en");
            }
        }
        return null;
    }
}
