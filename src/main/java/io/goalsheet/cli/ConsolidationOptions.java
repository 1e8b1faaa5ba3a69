package io.goalsheet.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs, template and --skip-invalid that merge and report share. */
final class ConsolidationOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Workbooks, or directories read recursively.")
    List<Path> paths;

    @Option(names = "--template", paramLabel = "FILE", description = "Report template (titles, department order, page).")
    Path template;

    @Option(names = "--skip-invalid", description = "Leave out files with errors (listed on stderr and in the output) "
            + "instead of writing nothing.")
    boolean skipInvalid;
}
