package io.goalsheet.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs, template, --skip-invalid and --previous that merge and report share (described in the help bundles). */
final class ConsolidationOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    List<Path> paths;

    @Option(names = "--template", paramLabel = "FILE")
    Path template;

    @Option(names = "--skip-invalid")
    boolean skipInvalid;

    /** merge and report: the previous period, to show the change since it. */
    @Option(names = "--previous", paramLabel = "PATH")
    Path previous;

    /** The options of one more period (compare's two, --previous): its path, with this template and rule. */
    static ConsolidationOptions of(Path path, Path template, boolean skipInvalid) {
        ConsolidationOptions o = new ConsolidationOptions();
        o.paths = List.of(path);
        o.template = template;
        o.skipInvalid = skipInvalid;
        return o;
    }
}
