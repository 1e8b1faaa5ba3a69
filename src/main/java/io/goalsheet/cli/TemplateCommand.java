package io.goalsheet.cli;

import io.goalsheet.schema.ReportTemplateLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The built-in report template printed, or a user's template checked (read over the built-in one). */
@Command(name = "template", mixinStandardHelpOptions = true,
        versionProvider = GoalsheetCommand.VersionProvider.class,
        subcommands = {TemplateCommand.Show.class, TemplateCommand.Check.class})
final class TemplateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** template alone: show or check is missing. */
    @Override
    public Integer call() {
        return GoalsheetCommand.commandMissing(spec);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = GoalsheetCommand.VersionProvider.class)
    static final class Show implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(ReportTemplateLoader.builtInText());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = GoalsheetCommand.VersionProvider.class)
    static final class Check implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "template-file")
        Path file;

        @Override
        public Integer call() {
            return CommonOptions.check(spec, common, file, ReportTemplateLoader::load,
                    template -> common.messages().get("cli.template-ok", file), "cli.template-invalid");
        }
    }
}
