package io.goalsheet.cli;

import io.goalsheet.model.Consolidation;
import io.goalsheet.render.pdf.PdfOptions;
import io.goalsheet.render.pdf.PdfReport;
import io.goalsheet.render.xlsx.ReportWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = GoalsheetCommand.VersionProvider.class)
final class ReportCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    CommonOptions common;

    @Mixin
    ConsolidationOptions inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf|OUT.xlsx")
    Path output;

    @Option(names = "--format", paramLabel = "pdf|xlsx")
    String format;

    @Option(names = "--font", paramLabel = "FILE")
    Path font;

    ReportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        String kind = format != null ? format.toLowerCase(Locale.ROOT) : extension(output);
        if (!kind.equals("xlsx") && !kind.equals("pdf")) {
            throw new UsageException(common.messages().get("cli.report-format", output, "pdf, xlsx"));
        }
        if (font != null && !java.nio.file.Files.isRegularFile(font)) {
            throw new UsageException(common.messages().get("cli.no-such-path", font));
        }
        Instant created = SourceDate.of(console);
        Consolidate.Run run = Consolidate.run(common, inputs, output, List.of(""), console);
        Consolidation c = run.consolidation();
        if (c == null) {
            return run.exitCode();
        }
        AtomicOutput.Content content = kind.equals("pdf")
                ? out -> new PdfReport(run.template(), new PdfOptions(font, created, null)).write(c, out)
                : out -> new ReportWorkbook(run.schema(), run.template()).write(c, out);
        try {
            AtomicOutput.write(output, content);
        } catch (IOException e) {
            throw new OutputException(run.messages().get("cli.cannot-write", output, e.getMessage()), e);
        }
        if (!common.quiet) {
            console.err().println(run.messages().get("cli.reported", output, String.valueOf(c.departments().size())));
            console.err().flush();
        }
        return ExitCodes.OK;
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
