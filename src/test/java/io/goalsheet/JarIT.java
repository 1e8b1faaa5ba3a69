package io.goalsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a separate process the way users run it. */
class JarIT {

    private static final Path JAR = Path.of("target/goalsheet.jar");

    private record Run(int code, String out, String err) {}

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndTheBuiltInSchemaAndTemplateComeFromTheJar() throws Exception {
        Run v = java("--version");
        assertThat(v.code).isZero();
        assertThat(v.out).startsWith("goalsheet ");
        Run show = java("schema", "show");
        assertThat(show.out).isEqualTo(Files.readString(Path.of("templates/priority-goals.schema.yaml")));
        Run template = java("template", "show");
        assertThat(template.out).isEqualTo(Files.readString(Path.of("templates/priority-goals.report.yaml")));
    }

    /** POI logs through Log4j: on the .xls and decryption paths it must print nothing unasked. */
    @Test
    void thePoiPathsPrintNoLoggingNoise() throws Exception {
        Run r = java("validate", "--lang", "ja", "samples/2025-09/上下水道局.xls", "samples/invalid/福祉部_パスワード付き.xlsx");
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).isEmpty();
        assertThat(r.out).contains("encrypted").doesNotContain("StatusLogger").doesNotContain("log4j");
    }

    @Test
    void mergeAndReportOnTheSamples(@TempDir Path dir) throws Exception {
        Run merge = java("merge", "-q", "samples/2025-09", "-o", dir.resolve("全部局.xlsx").toString());
        assertThat(merge.code).as(merge.err).isZero();
        assertThat(merge.err).isEmpty();
        Run report = java("report", "-q", "samples/2025-09", "-o", dir.resolve("一覧表.xlsx").toString());
        assertThat(report.code).as(report.err).isZero();
        assertThat(dir.resolve("一覧表.xlsx")).isNotEmptyFile();
    }

    /** SIGTERM in the middle of a merge: no output, no temporary file, beside the target or in the temp dir. */
    @Test
    void anInterruptedMergeLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 400; i++) {
            io.goalsheet.testing.TestBook.standard(String.format("部局%03d", i), java.time.LocalDate.of(2025, 9, 30))
                    .indicator(1, "目標", "○", 1, "取組", null, null, "目標", null, 3, 2, "回", null, "2回実施", null)
                    .indicator(1, "目標", "○", 2, "取組2", null, null, "目標2", null, 5, 1, "件", null, "1件", null)
                    .write(in.resolve(String.format("部局%03d.xlsx", i)));
        }
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = outDir.resolve("全部局.xlsx");
        // The write is quick, so a signal can come just after the file was finished: then the output
        // must be complete. Attempts go on until two were stopped in the middle of writing.
        int interrupted = 0;
        for (int attempt = 0; attempt < 12 && interrupted < 2; attempt++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "merge", "-q", in.toString(), "-o", out.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // wait until the output is being written (its temporary file exists), then stop the process
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && System.nanoTime() < deadline && !writing(outDir)) {
                Thread.sleep(1);
            }
            boolean midWrite = p.isAlive() && writing(outDir);
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            try (var listing = Files.walk(tmp)) {
                assertThat(listing.filter(f -> !f.equals(tmp)).toList()).as("attempt %d", attempt).isEmpty();
            }
            assertThat(writing(outDir)).as("temporary file left, attempt %d", attempt).isFalse();
            if (Files.exists(out)) {
                var merged = io.goalsheet.read.WorkbookReader.read(out, io.goalsheet.read.ReadOptions.defaults());
                assertThat(merged.sheets()).as("a finished output is whole").hasSize(403);
                Files.delete(out);
            } else if (midWrite) {
                interrupted++;
            }
            try (var listing = Files.list(outDir)) {
                assertThat(listing.toList()).as("attempt %d", attempt).isEmpty();
            }
        }
        assertThat(interrupted).as("merges stopped while writing").isEqualTo(2);
    }

    private static boolean writing(Path dir) throws IOException {
        try (var listing = Files.list(dir)) {
            return listing.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void aBadOptionIsOneLineAndExitTwo() throws Exception {
        Run r = java("validate", "--nonsense", "samples/2025-09");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
