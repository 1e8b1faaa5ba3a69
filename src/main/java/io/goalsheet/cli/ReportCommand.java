package io.goalsheet.cli;

import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.Messages;
import io.goalsheet.render.pdf.PdfOptions;
import io.goalsheet.render.pdf.PdfReport;
import io.goalsheet.render.xlsx.ReportWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = GoalsheetCommand.VersionProvider.class)
final class ReportCommand implements Callable<Integer> {

    /** What report writes. */
    enum Format {
        PDF, XLSX;

        /** As typed after --format, and as the extension without its dot. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        String extension() {
            return "." + this;
        }
    }

    /** Extensions that name a kind of document: with --format, it must be the one they name. */
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of(".pdf", ".xlsx", ".xlsm", ".xls");

    private final Console console;

    @Mixin
    CommonOptions common;

    @Mixin
    ConsolidationOptions inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf|OUT.xlsx")
    Path output;

    @Option(names = "--format", paramLabel = "pdf|xlsx")
    Format format;

    @Option(names = "--font", paramLabel = "FILE")
    Path font;

    ReportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Messages messages = common.messages();
        OutputPath.requireFile(output, messages);
        Format kind = kind(messages);
        if (font != null && kind != Format.PDF) {
            throw new UsageException(messages.get("report.font-not-pdf", Inputs.display(output)));
        }
        if (font != null && !Files.isRegularFile(font)) {
            throw new UsageException(messages.get("cli.no-such-path", font));
        }
        Instant created = SourceDate.of(console, messages);
        Consolidate.Run run = Consolidate.run(common, inputs, output, console);
        Consolidation c = run.consolidation();
        if (c == null) {
            return run.exitCode();
        }
        Consolidate.Previous previous = Consolidate.previous(common, inputs, run, output, console);
        if (inputs.previous != null && previous.comparison() == null) {
            return previous.exitCode();
        }
        Comparison changes = previous.comparison();
        AtomicOutput.Content content = kind == Format.PDF
                ? out -> new PdfReport(run.template(), new PdfOptions(font, created, null)).write(c, changes, out)
                : out -> new ReportWorkbook(run.schema(), run.template()).write(c, changes, out);
        try {
            AtomicOutput.write(output, content);
        } catch (IOException e) {
            throw new OutputException(messages.get("cli.cannot-write", output, OutputPath.reason(e, messages)), e);
        }
        if (!common.quiet()) {
            console.err().println(messages.get("cli.reported", output, c.departments().size()));
            Consolidate.printCompared(changes, messages, console);
            console.err().flush();
        }
        return ExitCodes.OK;
    }

    /** --format, else what -o's extension names; a name saying another kind than --format is refused. */
    private Format kind(Messages messages) {
        String ext = OutputPath.extension(output);
        Format named = ext.equals(".pdf") ? Format.PDF : ext.equals(".xlsx") ? Format.XLSX : null;
        if (format == null) {
            if (named == null) {
                throw new UsageException(messages.get("report.unknown-extension", Inputs.display(output),
                        OutputPath.named(output, messages)));
            }
            return named;
        }
        if (named != format && DOCUMENT_EXTENSIONS.contains(ext)) {
            throw new UsageException(messages.get("report.format-contradicts", Inputs.display(output), ext,
                    OutputPath.kind(ext, messages), format, OutputPath.kind(format.extension(), messages),
                    OutputPath.withExtension(output, format.extension())));
        }
        return format;
    }
}
