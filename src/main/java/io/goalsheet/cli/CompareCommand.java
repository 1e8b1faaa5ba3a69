package io.goalsheet.cli;

import io.goalsheet.check.Comparer;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.Messages;
import io.goalsheet.render.compare.JsonComparison;
import io.goalsheet.render.compare.TextMemo;
import io.goalsheet.render.compare.Wording;
import io.goalsheet.render.xlsx.ChangesWorkbook;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What changed from one period to the next: both are validated and consolidated as report does it, then
 * compared ({@link Comparer}). The comparison goes to stdout or -o; findings of the inputs to stderr, so
 * that stdout holds the memo or the JSON only.
 */
@Command(name = "compare", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = GoalsheetCommand.VersionProvider.class)
final class CompareCommand implements Callable<Integer> {

    /** What compare writes. */
    enum Format {
        TEXT, JSON, XLSX;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        String extension() {
            return this == TEXT ? ".txt" : "." + this;
        }

        /** The format a file's extension names, or null for any other name. */
        static Format named(String extension) {
            for (Format f : values()) {
                if (f.extension().equals(extension)) {
                    return f;
                }
            }
            return null;
        }
    }

    private final Console console;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "PREVIOUS", descriptionKey = "previous-path")
    Path previous;

    @Parameters(index = "1", paramLabel = "CURRENT", descriptionKey = "current-path")
    Path current;

    @Option(names = "--format", paramLabel = "text|json|xlsx")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--template", paramLabel = "FILE")
    Path template;

    @Option(names = "--skip-invalid")
    boolean skipInvalid;

    CompareCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Messages messages = common.messages();
        if (output != null) {
            OutputPath.requireFile(output, messages);
        }
        Format kind = kind(messages);
        Instant created = SourceDate.of(console, messages);
        // the inputs' findings on stderr: stdout is the comparison's
        Console findingsOnErr = new Console(console.err(), console.err(), console.env(), console.errIsTerminal(),
                console.errIsTerminal(), console.passwordPrompt(), console.clock());
        Consolidate.Run before = Consolidate.run(common, side(previous), output, findingsOnErr);
        if (before.consolidation() == null) {
            return before.exitCode();
        }
        Consolidate.Run after = Consolidate.run(common, side(current), output, findingsOnErr);
        if (after.consolidation() == null) {
            return after.exitCode();
        }
        Comparison comparison = Consolidate.compare(before.consolidation(), after.consolidation(), messages);
        Wording wording = new Wording(messages.locale());
        AtomicOutput.Content content = switch (kind) {
            case TEXT -> out -> text(out, w -> new TextMemo(wording).write(comparison, w));
            case JSON -> out -> text(out, w -> new JsonComparison().write(comparison, w));
            case XLSX -> out -> new ChangesWorkbook(after.template(), created).write(comparison, out);
        };
        if (output == null) {
            if (kind == Format.TEXT) {
                new TextMemo(wording).write(comparison, console.out());
            } else {
                new JsonComparison().write(comparison, console.out());
            }
            console.out().flush();
            return ExitCodes.OK;
        }
        try {
            AtomicOutput.write(output, content);
        } catch (IOException e) {
            throw new OutputException(messages.get("cli.cannot-write", output, OutputPath.reason(e, messages)), e);
        }
        if (!common.quiet()) {
            console.err().println(messages.get("compare.written", output, comparison.departments().size(),
                    comparison.changes().size(), comparison.warnings()));
            console.err().flush();
        }
        return ExitCodes.OK;
    }

    private interface TextContent {
        void write(Writer w) throws IOException;
    }

    private static void text(java.io.OutputStream out, TextContent content) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        content.write(w);
        w.flush();
    }

    private ConsolidationOptions side(Path path) {
        return ConsolidationOptions.of(path, template, skipInvalid);
    }

    /** --format, else what -o's extension names, else text; xlsx only into a file; -o must not name another kind. */
    private Format kind(Messages messages) {
        Format named = output == null ? null : Format.named(OutputPath.extension(output));
        Format kind = format != null ? format : named != null ? named : Format.TEXT;
        if (format != null && named != null && named != format) {
            throw new UsageException(messages.get("compare.format-contradicts", Inputs.display(output), format,
                    OutputPath.withExtension(output, format.extension())));
        }
        if (kind == Format.XLSX && output == null) {
            throw new UsageException(messages.get("compare.xlsx-needs-output"));
        }
        return kind;
    }
}
