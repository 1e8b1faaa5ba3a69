package io.goalsheet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "goalsheet", mixinStandardHelpOptions = true, versionProvider = GoalsheetCommand.VersionProvider.class,
        description = "Validate, merge and report 重点目標 workbooks (objectives and progress of each department); "
                + "write entry workbooks (init) and convert other layouts to them (convert).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success; no errors (warnings allowed unless --strict)",
            "1:the input data has errors, including unreadable or unsupported files",
            "2:usage error: bad option, unreadable or invalid schema or template file",
            "3:the output could not be written, or an internal fault"},
        footerHeading = "%n",
        footer = "Environment: GOALSHEET_PASSWORD  password for protected workbooks; NO_COLOR  no colours.")
final class GoalsheetCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"goalsheet " + Version.get()};
        }
    }
}
