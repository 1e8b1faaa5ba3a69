package io.goalsheet.cli;

import io.goalsheet.check.Comparer;
import io.goalsheet.check.Consolidator;
import io.goalsheet.check.Validator;
import io.goalsheet.check.Validator.Validation;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Messages;
import io.goalsheet.render.findings.FindingsRenderer;
import io.goalsheet.render.findings.FindingsRenderers;
import io.goalsheet.render.findings.RenderContext;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.ReportTemplateLoader;
import io.goalsheet.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first half of merge and report: validate every input (on all cores), print the findings as
 * validate does, and consolidate the valid ones. Returns null when nothing may be written.
 */
final class Consolidate {

    private Consolidate() {}

    record Run(Schema schema, ReportTemplate template, Messages messages, Consolidation consolidation, int exitCode) {}

    /** @param output checked by the command already (name, not a directory); null for the terminal */
    static Run run(CommonOptions common, ConsolidationOptions options, Path output, Console console)
            throws IOException {
        boolean skipInvalid = options.skipInvalid;
        Messages messages = common.messages();
        Schema schema = common.loadSchema(messages, console);
        ReportTemplate template = CommonOptions.loadConfig(options.template, ReportTemplateLoader::loadBuiltIn,
                ReportTemplateLoader::load, messages);
        List<Inputs.Input> inputs = Inputs.collect(options.paths, messages);
        if (output != null && Inputs.isInput(output, inputs)) {
            throw new UsageException(messages.get("cli.output-is-input", output));
        }
        Validator validator = new Validator(schema, common.readOptions(messages, console), messages);
        List<Validation> validations = new ArrayList<>();
        try (Progress progress = Progress.of(console, inputs.size(), common.quiet())) {
            Batch.validate(validator, inputs, progress, validations::add);
        }
        Consolidator.Outcome outcome = new Consolidator(template, messages).consolidate(validations, skipInvalid);
        printFindings(outcome.results(), schema, messages, common, console);
        if (!outcome.ok()) {
            console.err().println(outcome.refusal() != null ? outcome.refusal()
                    : messages.get(skipInvalid ? "cli.nothing-valid" : "cli.not-written", output));
            console.err().flush();
            return new Run(schema, template, messages, null, ExitCodes.INVALID_INPUT);
        }
        for (FileResult skipped : outcome.consolidation().skipped()) {
            console.err().println(messages.get("cli.skipped", skipped.file(), skipped.errors()));
        }
        console.err().flush();
        return new Run(schema, template, messages, outcome.consolidation(), ExitCodes.OK);
    }

    /** The comparison with the previous period, or why there is none: the exit code for invalid inputs. */
    record Previous(Comparison comparison, int exitCode) {}

    /**
     * With --previous: the previous period validated and consolidated as the current one was (its findings
     * printed the same way) and compared with it; a comparison of null when there is no --previous.
     *
     * @throws UsageException when the previous period is not earlier or more than a fiscal year before
     */
    static Previous previous(CommonOptions common, ConsolidationOptions options, Run current, Path output,
                             Console console) throws IOException {
        if (options.previous == null) {
            return new Previous(null, ExitCodes.OK);
        }
        Run before = run(common, ConsolidationOptions.of(options.previous, options.template, options.skipInvalid), output,
                console);
        if (before.consolidation() == null) {
            return new Previous(null, before.exitCode());
        }
        return new Previous(compare(before.consolidation(), current.consolidation(), current.messages()), ExitCodes.OK);
    }

    /**
     * The previous period compared with the current one.
     *
     * @throws UsageException when the previous period is not earlier or more than a fiscal year before
     */
    static Comparison compare(Consolidation previous, Consolidation current, Messages messages) {
        Comparer comparer = new Comparer(messages);
        String problem = comparer.periodProblem(previous, current);
        if (problem != null) {
            throw new UsageException(problem);
        }
        return comparer.compare(previous, current);
    }

    /** With --previous, one line on stderr: compared with which report, how many changes and how many to check. */
    static void printCompared(Comparison changes, Messages messages, Console console) {
        if (changes != null) {
            console.err().println(messages.get("cli.compared", changes.previous().asOf(), changes.changes().size(),
                    changes.warnings()));
        }
    }

    /** Findings go to stdout as validate prints them; files without findings are not listed. */
    static void printFindings(List<FileResult> results, Schema schema, Messages messages, CommonOptions common,
                                      Console console) throws IOException {
        boolean any = results.stream().anyMatch(r -> !r.findings().isEmpty());
        if (!any && common.quiet()) {
            return;
        }
        RenderContext ctx = new RenderContext(messages.locale(), console.colorOn(console.outIsTerminal()), false, true,
                Version.get());
        FindingsRenderer renderer = FindingsRenderers.create("text", console.out(), ctx);
        try {
            renderer.start(schema.name());
            for (FileResult r : results) {
                renderer.file(r);
            }
            renderer.end(new io.goalsheet.model.ValidationReport(schema.name(), results, false).summary());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        console.out().flush();
    }
}
