package io.goalsheet.cli;

import io.goalsheet.schema.SchemaLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "schema", mixinStandardHelpOptions = true,
        versionProvider = GoalsheetCommand.VersionProvider.class,
        subcommands = {SchemaCommand.Show.class, SchemaCommand.Check.class})
final class SchemaCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** schema alone: show or check is missing. */
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
            spec.commandLine().getOut().print(SchemaLoader.builtInText());
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

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "schema-file")
        Path file;

        @Override
        public Integer call() {
            return CommonOptions.check(spec, common, file, SchemaLoader::load, schema -> common.messages().get(
                    "cli.schema-ok", file, schema.fields().size(), schema.metadata().size(), schema.groups().size()),
                    "cli.schema-invalid");
        }
    }
}
