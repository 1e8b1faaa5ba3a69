package io.goalsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the class-data-sharing archive, which the launcher makes once per build: the
 * commands of a month — validate, merge, compare, the PDF report — on the samples, in one JVM, so that the
 * archive holds the classes of each and not only of the command that happened to train it. Outputs
 * go to a temporary directory removed at the end.
 */
public final class Training {

    private Training() {}

    public static void main(String[] args) throws IOException {
        String samples = args[0];
        Quiet.apply();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Console console = new Console(nowhere, nowhere, Map.of(), false, false, null);
        Path dir = Files.createTempDirectory("goalsheet-training-");
        try {
            new Main(console).run("validate", "-q", samples);
            // the published layout's classes too, from the sample beside the entry samples
            Path published = Path.of(samples).resolveSibling("published");
            if (Files.isDirectory(published)) {
                new Main(console).run("validate", "-q", published.toString());
            }
            new Main(console).run("merge", samples, "-o", dir.resolve("merged.xlsx").toString());
            // the samples' own template, so that a user's template read over the built-in one is trained too,
            // and the month before, so that the report's change page and compare are
            Path template = Path.of(samples).resolveSibling("上田市.report.yaml");
            Path previous = Path.of(samples).resolveSibling("2025-08");
            List<String> report = new ArrayList<>(List.of("report", "-q", samples, "-o", dir.resolve("report.pdf").toString()));
            if (Files.isRegularFile(template)) {
                report.addAll(List.of("--template", template.toString()));
            }
            if (Files.isDirectory(previous)) {
                report.addAll(List.of("--previous", previous.toString()));
                new Main(console).run("compare", previous.toString(), samples);
                new Main(console).run("validate", "-q", samples, "--previous", previous.toString());
            }
            new Main(console).run(report.toArray(String[]::new));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
