package io.goalsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive made by {@code ./mvnw package}, unpacked and run as a user would: with only a
 * JRE on the PATH and no locale at all (cron, containers), on the samples it carries.
 */
class ReleaseArchiveIT {

    @TempDir
    static Path unpacked;

    private static Path home;
    private static Map<String, ZipArchiveEntry> entries = new HashMap<>();

    @BeforeAll
    static void unpack() throws IOException {
        Path zip;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of("target"), "goalsheet-*.zip")) {
            zip = s.iterator().next();
        }
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (Enumeration<ZipArchiveEntry> e = z.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                entries.put(entry.getName(), entry);
                Path to = unpacked.resolve(entry.getName()).normalize();
                assertThat(to.startsWith(unpacked)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = z.getInputStream(entry)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        String top = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        home = unpacked.resolve(top);
    }

    @Test
    void holdsTheLaunchersTheJarsTheLicencesAndTheSamples() throws IOException {
        String top = home.getFileName() + "/";
        assertThat(entries).containsKeys(top + "bin/goalsheet", top + "bin/goalsheet.cmd", top + "lib/goalsheet.jar",
                top + "lib/original-goalsheet.jar", top + "README.md", top + "LICENSE",
                top + "licenses/IPA_Font_License_Agreement_v1.0.txt", top + "samples/2025-09/政策企画部.xlsx");
        assertThat(entries.get(top + "bin/goalsheet").getUnixMode() & 0111).as("executable").isEqualTo(0111);
        String cmd = Files.readString(home.resolve("bin/goalsheet.cmd"), StandardCharsets.ISO_8859_1);
        assertThat(cmd.split("\n", -1)).as("every line of the .cmd ends in CR LF")
                .allSatisfy(line -> assertThat(line.isEmpty() || line.endsWith("\r")).isTrue());
        assertThat(Files.readString(home.resolve("bin/goalsheet"))).doesNotContain("\r");
    }

    private record Run(int code, String out, String err) {}

    /** bin/goalsheet with nothing in the environment but a PATH to java and the basic tools. */
    private static Run goalsheet(String... args) throws IOException, InterruptedException {
        Path script = home.resolve("bin/goalsheet");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> cmd = new ArrayList<>(List.of(script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        pb.environment().put("HOME", home.toString());
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void runsWithOnlyAJreAndNoLocaleOnJapanesePaths() throws Exception {
        Run invalid = goalsheet("validate", "--lang", "en", "samples/invalid/政策企画部_原本.xlsx");
        assertThat(invalid.err).doesNotContain("Exception").doesNotContain("Malformed");
        assertThat(invalid.code).as(invalid.out + invalid.err).isEqualTo(1);
        assertThat(invalid.out).contains("政策企画部_原本.xlsx").contains("invalid-date");

        Run report = goalsheet("report", "-q", "samples/2025-09", "-o", "重点目標一覧表.pdf");
        assertThat(report.code).as(report.out + report.err).isZero();
        assertThat(home.resolve("重点目標一覧表.pdf")).isNotEmptyFile();

        Run listing = goalsheet("validate", "--lang", "en", "samples/2025-09");
        assertThat(listing.code).as(listing.err).isZero();
        assertThat(listing.out).contains("12 valid");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(home.resolve("lib"), "goalsheet-*.jsa")) {
            assertThat(s.iterator().hasNext()).as("the class-data archive made on first use").isTrue();
        }
    }
}
