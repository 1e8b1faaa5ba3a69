package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.goalsheet.testing.TestBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o against --format, --font and the other options; an -o that is a directory; what the messages say of -o. */
class OutputOptionsTest {

    private static final Path SEED = Path.of("samples/2025-09/政策企画部.xlsx");

    @TempDir
    Path dir;

    private Path good;

    @BeforeEach
    void book() throws IOException {
        good = TestBook.standard()
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標値", null, 10, 5, "回", null, "5回実施", null)
                .write(dir.resolve("総務部.xlsx"));
    }

    @Test
    void aReportNamedForOneFormatIsNotWrittenInTheOther() throws IOException {
        CliRun r = CliRun.run("report", "--lang", "en", SEED.toString(), "-o", out("x.xlsx"), "--format", "pdf");
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("\"" + out("x.xlsx") + "\" is named .xlsx, an Excel workbook")
                .contains("--format pdf writes a PDF").contains(out("x.pdf"));
        CliRun ja = CliRun.run("report", "--lang", "ja", SEED.toString(), "-o", out("x.pdf"), "--format", "xlsx");
        assertThat(ja.code).isEqualTo(2);
        assertThat(ja.err).contains("出力先「" + out("x.pdf") + "」の拡張子は .pdf（PDF）ですが、--format xlsx は Excel ブック を書き出します");
        assertThat(CliRun.run("report", SEED.toString(), "-o", out("x.xls"), "--format", "xlsx").code).isEqualTo(2);
        assertNothingWritten();
        // a name of no document kind takes either, as --format says
        assertThat(CliRun.run("report", "-q", SEED.toString(), "-o", out("x.bin"), "--format", "xlsx").code).isZero();
    }

    @Test
    void aFontIsForAPdfOnly() throws IOException {
        Path font = Files.writeString(dir.resolve("font.ttf"), "not read");
        CliRun r = CliRun.run("report", "--lang", "en", SEED.toString(), "-o", out("x.xlsx"), "--font", font.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("--font").contains(out("x.xlsx")).contains("Excel workbook");
        assertThat(CliRun.run("report", SEED.toString(), "-o", out("x.bin"), "--format", "xlsx", "--font", font.toString())
                .code).isEqualTo(2);
        assertNothingWritten();
    }

    @Test
    void aReportOfAnotherKindSaysWhatReportWrites() {
        CliRun r = CliRun.run("report", "--lang", "en", SEED.toString(), "-o", out("x.docx"));
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("report writes a PDF (.pdf) or an Excel workbook (.xlsx), but the output \""
                + out("x.docx") + "\" is named .docx");
        CliRun format = CliRun.run("report", "--lang", "ja", SEED.toString(), "-o", out("x.pdf"), "--format", "docx");
        assertThat(format.code).isEqualTo(2);
        assertThat(format.err).contains("--format に「docx」は使えません。pdf、xlsx のどれかを指定してください");
    }

    @Test
    void findingsAreNotWrittenUnderANameForAnotherFormat() throws IOException {
        CliRun json = CliRun.run("validate", "--lang", "en", good.toString(), "-o", out("findings.json"));
        assertThat(json.code).as(json.toString()).isEqualTo(2);
        assertThat(json.err).contains("\"" + out("findings.json") + "\" is named .json")
                .contains("--format text writes plain text").contains("--format json or --format sarif")
                .contains(out("findings.txt"));
        CliRun workbook = CliRun.run("validate", "--lang", "ja", good.toString(), "-o", out("結果.xlsx"), "--format", "json");
        assertThat(workbook.code).isEqualTo(2);
        assertThat(workbook.err).contains("validate はこの形式では書き出しません").contains(out("結果.json"));
        assertThat(CliRun.run("validate", good.toString(), "-o", out("x.txt"), "--format", "junit").code).isEqualTo(2);
        assertNothingWritten();
        for (List<String> fits : List.of(List.of("x.json", "json"), List.of("x.sarif.json", "sarif"),
                List.of("x.sarif", "sarif"), List.of("x.xml", "junit"), List.of("x.txt", "github"), List.of("x.log", "json"),
                List.of("findings", "text"))) {
            CliRun r = CliRun.run("validate", good.toString(), "-o", out(fits.get(0)), "--format", fits.get(1));
            assertThat(r.code).as(fits + " " + r).isZero();
        }
    }

    @Test
    void quietAndVerboseTogetherAreRefused() {
        CliRun r = CliRun.run("validate", "-q", "--verbose", good.toString(), "--lang", "en");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).startsWith("--quiet and --verbose cannot be given together");
        assertThat(CliRun.run("merge", "-qv", good.toString(), "-o", out("m.xlsx"), "--lang", "ja").err)
                .startsWith("--quiet と --verbose は一緒には指定できません");
        assertThat(CliRun.run("validate", "-q", good.toString()).code).isZero();
        assertThat(CliRun.run("validate", "-v", good.toString()).code).isZero();
    }

    @Test
    void aWrongExtensionMessageSaysWhatTheCommandWritesAndWhatWasGiven() throws IOException {
        CliRun pdf = CliRun.run("merge", "--lang", "en", good.toString(), "-o", out("m.pdf"));
        assertThat(pdf.code).isEqualTo(2);
        assertThat(pdf.err).contains("merge writes an Excel workbook (.xlsx), but the output \"" + out("m.pdf")
                + "\" is named .pdf; give a name ending in .xlsx, such as " + out("m.xlsx"));
        CliRun none = CliRun.run("merge", "--lang", "ja", good.toString(), "-o", out("まとめ"));
        assertThat(none.err).contains("merge は Excel ブック（.xlsx）を書き出しますが、出力先「" + out("まとめ")
                + "」には拡張子がありません。" + out("まとめ.xlsx") + " のように、末尾が .xlsx の名前にしてください");
        CliRun init = CliRun.run("init", "--lang", "en", "-o", out("記入用.xls"));
        assertThat(init.err).contains("init writes an Excel workbook (.xlsx), but the output \"" + out("記入用.xls")
                + "\" is named .xls");
        CliRun convert = CliRun.run("convert", "--lang", "en", good.toString(), "-o", out("x.xlsm"));
        assertThat(convert.err).contains("convert writes Excel workbooks (.xlsx)").contains("is named .xlsm");
        assertNothingWritten();
    }

    @Test
    void anOutputThatIsADirectoryIsAUsageErrorNamingIt() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out.xlsx"));
        for (List<String> line : List.of(List.of("validate", good.toString()), List.of("merge", good.toString()),
                List.of("report", SEED.toString()), List.of("report", SEED.toString(), "--format", "pdf"), List.of("init"))) {
            for (String lang : List.of("en", "ja")) {
                List<String> args = new java.util.ArrayList<>(line);
                args.addAll(List.of("--lang", lang, "-o", target.toString()));
                CliRun r = CliRun.run(args.toArray(String[]::new));
                assertThat(r.code).as(args + " " + r).isEqualTo(2);
                assertThat(r.err).as(args.toString()).contains(lang.equals("en")
                        ? "The output \"" + target + "\" is a directory"
                        : "出力先「" + target + "」はフォルダーです").doesNotContain(".tmp");
            }
        }
        try (Stream<Path> inside = Files.list(target)) {
            assertThat(inside).isEmpty();
        }
        assertNothingWritten();
    }

    @Test
    void aDirectoryWhereConvertWouldWriteAWorkbookIsAUsageError() throws IOException {
        Path out = Files.createDirectories(dir.resolve("converted"));
        Path department = Files.createDirectories(out.resolve("政策企画部.xlsx"));
        CliRun r = CliRun.run("convert", "--lang", "en", "--force", good.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("The output \"" + department + "\" is a directory");
        try (Stream<Path> inside = Files.walk(out)) {
            assertThat(inside).containsExactlyInAnyOrder(out, department);
        }
    }

    @Test
    void aFailedWriteNamesThePathGivenNotTheTemporaryFile() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "a file where a directory should be");
        CliRun r = CliRun.run("merge", "--lang", "en", good.toString(), "-o", blocker.resolve("m.xlsx").toString());
        assertThat(r.code).as(r.toString()).isEqualTo(3);
        assertThat(r.err).contains("Cannot write \"" + blocker.resolve("m.xlsx") + "\": \"" + blocker
                + "\" is a file where a directory is needed").doesNotContain(".tmp");
    }

    @Test
    void aFolderWhereNoFileCanBeMadeIsSaidInWordsNotWithTheTemporaryFile() {
        // /proc exists and takes no new files, even for root: the temporary file fails with no reason of its own
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        CliRun en = CliRun.run("merge", "--lang", "en", good.toString(), "-o", "/proc/m.xlsx");
        assertThat(en.code).as(en.toString()).isEqualTo(3);
        assertThat(en.err).contains("Cannot write \"/proc/m.xlsx\": no file can be made in this place")
                .doesNotContain(".tmp").doesNotContain("\tat ");
        CliRun ja = CliRun.run("report", "--lang", "ja", good.toString(), "-o", "/proc/r.pdf");
        assertThat(ja.code).as(ja.toString()).isEqualTo(3);
        assertThat(ja.err).contains("「/proc/r.pdf」に書き込めません: この場所にはファイルを作れません").doesNotContain(".tmp");
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    /** Only the input workbook is in the directory: no output, no temporary file. */
    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .isSubsetOf("総務部.xlsx", "font.ttf");
        }
    }
}
