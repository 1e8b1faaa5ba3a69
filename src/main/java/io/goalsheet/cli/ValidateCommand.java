package io.goalsheet.cli;

import io.goalsheet.check.Consolidator;
import io.goalsheet.check.PeriodWarnings;
import io.goalsheet.check.Validator;
import io.goalsheet.check.Validator.Validation;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.Finding;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Messages;
import io.goalsheet.model.ValidationReport;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.render.findings.FindingsRenderer;
import io.goalsheet.render.findings.FindingsRenderers;
import io.goalsheet.render.findings.RenderContext;
import io.goalsheet.schema.ReportTemplateLoader;
import io.goalsheet.schema.Schema;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = GoalsheetCommand.VersionProvider.class)
final class ValidateCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--strict")
    boolean strict;

    @Option(names = "--previous", paramLabel = "PATH")
    Path previous;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Messages messages = common.messages();
        if (!FindingsRenderers.formats().contains(format)) {
            throw new UsageException(messages.get("cli.unknown-format", format, String.join(", ", FindingsRenderers.formats())));
        }
        if (output != null) {
            OutputPath.requireFile(output, messages);
        }
        Schema schema = common.loadSchema(messages, console);
        List<Inputs.Input> inputs = Inputs.collect(paths, messages);
        if (output != null && Inputs.isInput(output, inputs)) {
            throw new UsageException(messages.get("cli.output-is-input", output));
        }
        if (output != null) {
            checkOutputName(messages);
        }
        ReadOptions readOptions = common.readOptions(messages, console);
        // a comparison needs each file's reports; without one, findings only (no goal tree)
        Validator validator = previous == null ? Validator.findingsOnly(schema, readOptions, messages)
                : new Validator(schema, readOptions, messages);
        List<FileResult> compared = previous == null ? null : withPreviousPeriod(validator, inputs, messages);
        boolean color = output == null && "text".equals(format) && console.colorOn(console.outIsTerminal());
        RenderContext ctx = new RenderContext(messages.locale(), color, strict, common.quiet(), Version.get());
        List<FileResult> results = new ArrayList<>();
        if (output == null) {
            render(schema, validator, inputs, compared, ctx, console.out(), results);
            console.out().flush();
        } else {
            try {
                AtomicOutput.write(output, os -> {
                    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                    render(schema, validator, inputs, compared, ctx, w, results);
                    w.flush();
                });
            } catch (IOException e) {
                throw new OutputException(messages.get("cli.cannot-write", output, OutputPath.reason(e, messages)), e);
            }
        }
        ValidationReport report = new ValidationReport(schema.name(), results, strict);
        return report.valid() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /** The formats a file with the extension holds; for the extensions of workbooks and PDFs, none. */
    private static final Map<String, List<String>> FORMATS_OF_EXTENSION = Map.of(
            ".txt", List.of("text", "github"),
            ".json", List.of("json", "sarif"),
            ".sarif", List.of("sarif"),
            ".xml", List.of("junit"),
            ".xlsx", List.of(), ".xlsm", List.of(), ".xls", List.of(), ".pdf", List.of());

    /** The extension a file of each format is given. */
    private static final Map<String, String> EXTENSION_OF_FORMAT = Map.of(
            "text", ".txt", "github", ".txt", "json", ".json", "sarif", ".sarif", "junit", ".xml");

    /** -o's extension must not say another format than --format's (given or the default text). */
    private void checkOutputName(Messages messages) {
        String ext = OutputPath.extension(output);
        List<String> formats = FORMATS_OF_EXTENSION.get(ext);
        if (formats == null || formats.contains(format)) {
            return; // any other name (findings.log, no extension) may hold any format
        }
        String writes = messages.get("validate.format." + format);
        String rename = OutputPath.withExtension(output, EXTENSION_OF_FORMAT.get(format));
        String kind = OutputPath.kind(ext, messages);
        if (formats.isEmpty()) {
            throw new UsageException(messages.get("validate.output-not-findings", Inputs.display(output), ext, kind,
                    format, writes, null, rename));
        }
        List<String> options = formats.stream().map(f -> "--format " + f).toList();
        throw new UsageException(messages.get("validate.output-format", Inputs.display(output), ext, kind, format,
                writes, String.join(messages.get("usage-error.or"), options), rename));
    }

    /**
     * --previous: the inputs validated, and then compared with the previous period (validated alike, its
     * findings not listed: they were last period's business). The warnings of the comparison join the
     * findings of the files they are about. Everything is known before a line is printed, so a previous
     * period that cannot be compared is a usage error with nothing on stdout.
     */
    private List<FileResult> withPreviousPeriod(Validator validator, List<Inputs.Input> inputs, Messages messages) {
        List<Inputs.Input> before = Inputs.collect(List.of(previous), messages);
        List<Validation> now = new ArrayList<>();
        List<Validation> then = new ArrayList<>();
        try (Progress progress = Progress.of(console, inputs.size() + before.size(), common.quiet())) {
            Batch.validate(validator, inputs, progress, now::add);
            Batch.validate(validator, before, progress, then::add);
        }
        Consolidator consolidator = new Consolidator(ReportTemplateLoader.loadBuiltIn(), messages);
        Consolidator.Outcome last = consolidator.consolidate(then, true);
        if (!last.ok()) {
            throw new UsageException(messages.get("validate.previous-unusable", Inputs.display(previous),
                    last.refusal() != null ? last.refusal() : messages.get("validate.previous-nothing-valid")));
        }
        List<FileResult> results = new ArrayList<>();
        now.forEach(v -> results.add(v.result()));
        Consolidator.Outcome current = consolidator.consolidate(now, true);
        if (!current.ok()) {
            if (current.refusal() != null) {
                console.err().println(messages.get("validate.not-compared", current.refusal()));
            }
            return results;
        }
        Comparison comparison = Consolidate.compare(last.consolidation(), current.consolidation(), messages);
        Map<String, List<Finding>> warnings = PeriodWarnings.of(comparison, messages);
        results.replaceAll(r -> {
            List<Finding> more = warnings.get(r.file());
            if (more == null) {
                return r;
            }
            List<Finding> all = new ArrayList<>(r.findings());
            all.addAll(more);
            return new FileResult(r.file(), r.department(), all);
        });
        if (!common.quiet()) {
            console.err().println(messages.get("validate.compared", comparison.previous().asOf(), comparison.warnings()));
        }
        return results;
    }

    private void render(Schema schema, Validator validator, List<Inputs.Input> inputs, List<FileResult> compared,
                        RenderContext ctx, Writer out, List<FileResult> results) throws IOException {
        FindingsRenderer renderer = FindingsRenderers.create(format, out, ctx);
        renderer.start(schema.name());
        if (compared != null) {
            for (FileResult r : compared) {
                results.add(r);
                renderer.file(r);
            }
        } else {
            // a bar between findings printed to the same terminal would only garble them
            boolean findingsOnTerminal = output == null && console.outIsTerminal();
            try (Progress progress = findingsOnTerminal ? Progress.none()
                    : Progress.of(console, inputs.size(), common.quiet())) {
                Batch.validate(validator, inputs, progress, v -> {
                    results.add(v.result());
                    try {
                        renderer.file(v.result());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        renderer.end(new ValidationReport(schema.name(), results, strict).summary());
        out.flush();
    }
}
