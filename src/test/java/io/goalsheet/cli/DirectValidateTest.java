package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.testing.TestBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** validate lines parsed without picocli must mean, print and exit exactly as picocli's parse of them. */
class DirectValidateTest {

    @TempDir
    Path dir;

    private String good;
    private String bad;
    private String warn;

    @BeforeEach
    void books() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve("empty"));
        good = TestBook.standard()
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標値", null, 10, 5, "回", null, "5回実施", null)
                .write(dir.resolve("総務部.xlsx")).toString();
        bad = TestBook.standard()
                .indicator(1, "目標", "○", 1, "取組", null, null, "登録者数", null, "2万", 5, "人", null, "（9月31日現在）", null)
                .write(dir.resolve("sub/政策企画部.xlsx")).toString();
        warn = TestBook.standard()
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標", null, null, null, null, null, "進捗", null)
                .indicator(1, "目標", "○", 3, "取組3", null, null, "目標", null, null, null, null, null, "進捗", null)
                .write(dir.resolve("warn.xlsx")).toString();
    }

    private List<String[]> directLines() {
        String out = dir.resolve("findings.txt").toString();
        String schema = dir.resolve("no-such.schema.yaml").toString();
        return List.of(
                args("validate", good),
                args("validate", "-q", good),
                args("validate", "-q", dir.toString()),
                args("validate", good, "--quiet", bad),
                args("validate", "--lang", "en", bad),
                args("validate", "--lang=ja", "--strict", warn),
                args("validate", "--lang", "fr", good),
                args("validate", "--format", "json", "--lang", "ja", good, bad),
                args("validate", "--format=sarif", "-v", bad),
                args("validate", "--format", "junit", "--verbose", warn),
                args("validate", "--format", "github", bad),
                args("validate", "--format", "yaml", good),
                args("validate", "-o", out, "--lang", "en", bad),
                args("validate", "--output=" + out, good),
                args("validate", "-o", good, good),
                args("validate", "--schema", schema, good),
                args("validate", "--password", good),
                args("validate", dir.resolve("empty").toString()),
                args("validate", dir.resolve("missing.xlsx").toString()),
                args("validate", "--strict", "--lang", "en", warn, good));
    }

    private static List<String[]> picocliLines() {
        return List.of(
                args("validate"),
                args("validate", "-q"),
                args("validate", "--help"),
                args("validate", "-h", "x.xlsx"),
                args("validate", "-V"),
                args("validate", "--version", "x.xlsx"),
                args("validate", "-qv", "x.xlsx"),
                args("validate", "-q", "-q", "x.xlsx"),
                args("validate", "--quiet", "-q", "x.xlsx"),
                args("validate", "--format", "json", "--format=text", "x.xlsx"),
                args("validate", "--", "x.xlsx"),
                args("validate", "@args.txt"),
                args("validate", "-o", "@out.txt", "x.xlsx"),
                args("validate", "--format"),
                args("validate", "x.xlsx", "--format"),
                args("validate", "--format", "-q", "x.xlsx"),
                args("validate", "--format=", "x.xlsx"),
                args("validate", "--frmat", "json", "x.xlsx"),
                args("validate", "--quiet=true", "x.xlsx"),
                args("validate", "-o=out.txt", "x.xlsx"),
                args("validate", "-ofindings.txt", "x.xlsx"),
                args("validate", "-", "x.xlsx"),
                args("validate", "", "x.xlsx"),
                args("validate", "x\u0000.xlsx"),
                args("-q", "validate", "x.xlsx"),
                args("merge", "x.xlsx", "-o", "y.xlsx"),
                args("--version"),
                args());
    }

    @Test
    void theUsualLinesSetEveryOptionAsPicocliDoes() {
        for (String[] line : directLines()) {
            ValidateCommand direct = DirectValidate.parse(line, console(new StringWriter(), new StringWriter()));
            assertThat(direct).as(Arrays.toString(line)).isNotNull();
            ValidateCommand parsed = new ValidateCommand(console(new StringWriter(), new StringWriter()));
            new CommandLine(parsed).parseArgs(Arrays.copyOfRange(line, 1, line.length));
            assertThat(options(direct)).as(Arrays.toString(line)).isEqualTo(options(parsed));
        }
    }

    @Test
    void everyOtherLineIsLeftToPicocli() {
        for (String[] line : picocliLines()) {
            assertThat(DirectValidate.parse(line, console(new StringWriter(), new StringWriter())))
                    .as(Arrays.toString(line)).isNull();
        }
    }

    @Test
    void bothWaysPrintTheSameAndExitWithTheSameCode() throws IOException {
        List<String[]> lines = new ArrayList<>(directLines());
        lines.addAll(picocliLines());
        Path findings = dir.resolve("findings.txt");
        for (String[] line : lines) {
            Files.deleteIfExists(findings);
            String direct = run(true, line);
            String written = Files.exists(findings) ? Files.readString(findings) : null;
            Files.deleteIfExists(findings);
            String picocli = run(false, line);
            assertThat(direct).as(Arrays.toString(line)).isEqualTo(picocli);
            assertThat(written).as(Arrays.toString(line)).isEqualTo(Files.exists(findings) ? Files.readString(findings) : null);
        }
    }

    private static String run(boolean direct, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(console(out, err), direct).run(args);
        // --verbose prints a stack trace: its frames differ (picocli's are in one), its exception must not
        String trace = err.toString().replaceAll("(?m)^\\s+(at |\\.\\.\\. \\d+ more).*\\R", "");
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + trace;
    }

    private static Console console(StringWriter out, StringWriter err) {
        return new Console(new PrintWriter(out), new PrintWriter(err), Map.of(), false, false, null);
    }

    private static List<Object> options(ValidateCommand c) {
        return Arrays.asList(c.paths, c.format, c.output, c.strict, c.common.schema, c.common.lang,
                c.common.askPassword, c.common.quiet, c.common.verbose);
    }

    private static String[] args(String... args) {
        return args;
    }
}
