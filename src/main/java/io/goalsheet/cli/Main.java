package io.goalsheet.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line. Everything runs through {@link #run}, which returns the exit code; only
 * {@link #main} calls System.exit, so tests run the whole CLI in-process.
 */
public final class Main {

    private static final java.util.Set<String> COMMANDS = java.util.Set.of("validate", "merge", "report", "compare", "init", "convert", "schema", "template");

    private final Console console;

    public Main(Console console) {
        this.console = console;
    }

    public static void main(String[] args) {
        Quiet.apply();
        java.io.Console terminal = System.console();
        Charset cs = outputCharset(terminal == null ? null : terminal.charset());
        PrintWriter out = writer(System.out, cs, false);
        PrintWriter err = writer(System.err, cs, true);
        Console console = new Console(out, err, System.getenv(), terminal != null, terminal != null,
                terminal == null ? null : prompt -> terminal.readPassword("%s", prompt));
        int code = new Main(console).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The charset of what is printed: the console's when there is one (a Japanese Windows console is
     * MS932, and UTF-8 there would be garbled), UTF-8 for a pipe or a file, which other programs read.
     *
     * @param consoleCharset {@link java.io.Console#charset()}, or null when the output is not a terminal
     */
    static Charset outputCharset(Charset consoleCharset) {
        return consoleCharset != null ? consoleCharset : StandardCharsets.UTF_8;
    }

    /**
     * A writer whose characters the charset cannot encode come out as its replacement ("?"), so a
     * line is never lost or cut short on a console that cannot show, say, 𠮷.
     */
    static PrintWriter writer(OutputStream stream, Charset cs, boolean autoFlush) {
        CharsetEncoder encoder = cs.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new PrintWriter(new OutputStreamWriter(stream, encoder), autoFlush);
    }

    public int run(String... args) {
        int code = runPicocli(args);
        console.out().flush();
        console.err().flush();
        return code;
    }

    private int runPicocli(String... args) {
        GoalsheetCommand goalsheet = new GoalsheetCommand();
        CommandLine cmd = commands(goalsheet, args.length == 0 ? "" : args[0]);
        cmd.setExecutionStrategy(parsed -> {
            // help is printed in the language of --lang, known only now that the line is parsed
            if (helpRequested(parsed)) {
                HelpTexts.apply(cmd, goalsheet.locale());
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> Failures.report(console, ex, verbose(parsed),
                goalsheet.locale()));
        cmd.setParameterExceptionHandler(new UsageErrors(console, goalsheet));
        return cmd.execute(args);
    }

    /**
     * goalsheet and its commands. Building a command's model is most of start-up: when {@code first}
     * (the first argument) names a command, only that one is built; help, version and typos get them all.
     */
    CommandLine commands(GoalsheetCommand goalsheet, String first) {
        CommandLine cmd = new CommandLine(goalsheet);
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
        if (all || first.equals("compare")) {
            cmd.addSubcommand(new CommandLine(new CompareCommand(console)));
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
        if (all || first.equals("template")) {
            cmd.addSubcommand("template", new TemplateCommand());
        }
        cmd.setOut(console.out());
        cmd.setErr(console.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    private static boolean helpRequested(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    /** Whether --verbose was given to the command that ran. */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
