package io.goalsheet.cli;

import io.goalsheet.model.Consolidation;
import io.goalsheet.model.Messages;
import io.goalsheet.render.xlsx.MergeWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "merge", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = GoalsheetCommand.VersionProvider.class)
final class MergeCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    CommonOptions common;

    @Mixin
    ConsolidationOptions inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xlsx")
    Path output;

    MergeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Messages messages = common.messages();
        OutputPath.requireFile(output, messages);
        if (!OutputPath.extension(output).equals(".xlsx")) {
            throw new UsageException(messages.get("merge.not-xlsx", Inputs.display(output),
                    OutputPath.named(output, messages), OutputPath.withExtension(output, ".xlsx")));
        }
        Instant created = SourceDate.of(console, messages);
        Consolidate.Run run = Consolidate.run(common, inputs, output, console);
        Consolidation c = run.consolidation();
        if (c == null) {
            return run.exitCode();
        }
        if (c.indicatorCount() + 1L > MergeWorkbook.MAX_ROWS) {
            throw new OutputException(run.messages().get("cli.too-many-rows", output, c.indicatorCount() + 1L), null);
        }
        Consolidate.Previous previous = Consolidate.previous(common, inputs, run, output, console);
        if (inputs.previous != null && previous.comparison() == null) {
            return previous.exitCode();
        }
        MergeWorkbook writer = new MergeWorkbook(run.schema(), run.template());
        try (Progress progress = Progress.of(console, c.indicatorCount(), common.quiet())) {
            AtomicOutput.write(output, out -> writer.write(c, previous.comparison(), out, created, progress::step));
        } catch (IOException e) {
            throw new OutputException(messages.get("cli.cannot-write", output, OutputPath.reason(e, messages)), e);
        }
        if (!common.quiet()) {
            console.err().println(messages.get("cli.merged", output, c.departments().size(), c.indicatorCount()));
            Consolidate.printCompared(previous.comparison(), messages, console);
            console.err().flush();
        }
        return ExitCodes.OK;
    }
}
