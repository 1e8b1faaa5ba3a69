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
    void versionAndTheBuiltInSchemaComeFromTheJar() throws Exception {
        Run v = java("--version");
        assertThat(v.code).isZero();
        assertThat(v.out).startsWith("goalsheet ");
        Run show = java("schema", "show");
        assertThat(show.out).isEqualTo(Files.readString(Path.of("templates/priority-goals.schema.yaml")));
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

    @Test
    void aBadOptionIsOneLineAndExitTwo() throws Exception {
        Run r = java("validate", "--nonsense", "samples/2025-09");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
