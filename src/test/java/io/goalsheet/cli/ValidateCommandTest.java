package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.goalsheet.testing.TestBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command end to end, in-process: exit codes, formats, options. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path good;
    private Path bad;
    private Path warn;

    @BeforeEach
    void books() throws IOException {
        Files.createDirectories(dir.resolve("2025-09/sub"));
        good = TestBook.standard()
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標値", null, 10, 5, "回", null, "5回実施", null)
                .write(dir.resolve("2025-09/総務部.xlsx"));
        bad = TestBook.standard()
                .indicator(1, "目標", "○", 1, "取組", null, null, "登録者数", null, "2万", 5, "人", null, "（9月31日現在）", null)
                .write(dir.resolve("2025-09/sub/政策企画部.xlsx"));
        warn = TestBook.standard()
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標", null, null, null, null, null, "進捗", null)
                .indicator(1, "目標", "○", 3, "取組3", null, null, "目標", null, null, null, null, null, "進捗", null)
                .write(dir.resolve("warn.xlsx"));
    }

    @Test
    void aValidFileExitsZero() {
        CliRun r = CliRun.run("validate", "--lang", "en", good.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).contains("OK").contains("Checked 1 file");
        assertThat(r.err).isEmpty();
    }

    @Test
    void errorsExitOneAndEveryFindingIsPrintedWithItsCell() {
        CliRun r = CliRun.run("validate", "--lang", "ja", dir.resolve("2025-09").toString());
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        assertThat(r.out).contains("政策企画部.xlsx:重点目標!J5").contains("政策企画部.xlsx:重点目標!N5")
                .contains("「9月31日」は存在しない日付です").contains("2万");
        // sorted by path: 2025-09/sub/政策企画部.xlsx comes after 2025-09/総務部.xlsx? no: "s" < "総"
        assertThat(r.out.indexOf("sub/政策企画部.xlsx")).isLessThan(r.out.indexOf("総務部.xlsx"));
    }

    @Test
    void warningsPassUnlessStrict() {
        assertThat(CliRun.run("validate", warn.toString()).code).isZero();
        CliRun strict = CliRun.run("validate", "--strict", warn.toString());
        assertThat(strict.code).as(strict.toString()).isEqualTo(1);
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        CliRun r = CliRun.run("validate", "--format", "json", "--lang", "ja", bad.toString(), good.toString());
        assertThat(r.code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out);
        assertThat(json.get("schema").asText()).isEqualTo("priority-goals");
        assertThat(json.get("summary").get("files").asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("invalid").asInt()).isEqualTo(1);
        JsonNode file = json.get("files").get(0);
        assertThat(file.get("file").asText()).endsWith("sub/政策企画部.xlsx");
        assertThat(file.get("valid").asBoolean()).isFalse();
        assertThat(file.get("department").asText()).isEqualTo("政策企画部");
        JsonNode f = file.get("findings").get(1);
        assertThat(f.get("code").asText()).isEqualTo("invalid-date");
        assertThat(f.get("cell").asText()).isEqualTo("N5");
        assertThat(f.get("row").asInt()).isEqualTo(5);
        assertThat(f.get("column").asText()).isEqualTo("N");
        assertThat(f.get("field").asText()).isEqualTo("progress");
        assertThat(f.get("message").asText()).isEqualTo("「9月31日」は存在しない日付です");
    }

    @Test
    void outputGoesToAFileAndNeverOverAnInput() throws IOException {
        Path out = dir.resolve("out/findings.sarif");
        CliRun r = CliRun.run("validate", "--format", "sarif", "-o", out.toString(), bad.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).isEmpty();
        assertThat(Files.readString(out)).contains("\"version\": \"2.1.0\"").contains("invalid-date");
        assertThat(Files.list(out.getParent())).hasSize(1);

        byte[] before = Files.readAllBytes(good);
        CliRun clash = CliRun.run("validate", "--lang", "ja", "-o", good.toString(), good.toString());
        assertThat(clash.code).isEqualTo(2);
        assertThat(clash.err).contains("入力").doesNotContain("Exception");
        assertThat(Files.readAllBytes(good)).isEqualTo(before);
    }

    @Test
    void anOutputThatCannotBeWrittenExitsThree() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "a file where a directory should be");
        CliRun r = CliRun.run("validate", "--lang", "en", "--format", "json", "-o", blocker.resolve("findings.json").toString(),
                good.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(3);
        assertThat(r.err).contains("Cannot write").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitTwoWithoutAStackTrace() throws IOException {
        CliRun unknown = CliRun.run("validate", "--colour", good.toString());
        assertThat(unknown.code).isEqualTo(2);
        assertThat(unknown.err).contains("--colour").doesNotContain("at io.goalsheet");
        CliRun missing = CliRun.run("validate", dir.resolve("nowhere.xlsx").toString());
        assertThat(missing.code).isEqualTo(2);
        CliRun format = CliRun.run("validate", "--format", "csv", good.toString());
        assertThat(format.code).isEqualTo(2);
        assertThat(format.err).contains("sarif");
        Path schema = Files.writeString(dir.resolve("bad.schema.yaml"), "name: x\nfields:\n  - name: a\n    title: A\n    type: texte\n");
        CliRun badSchema = CliRun.run("validate", "--lang", "en", "--schema", schema.toString(), good.toString());
        assertThat(badSchema.code).isEqualTo(2);
        assertThat(badSchema.err).contains("bad.schema.yaml:5:").contains("texte").doesNotContain("Exception");
    }

    @Test
    void anUnreadableFileDoesNotStopTheOthers() throws IOException {
        Path csv = Files.writeString(dir.resolve("2025-09/壊れた.xlsx"), "目標番号,重点目標\n1,x\n");
        Files.writeString(dir.resolve("2025-09/~$総務部.xlsx"), "lock");
        CliRun r = CliRun.run("validate", "--format", "json", dir.resolve("2025-09").toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("unreadable").contains("総務部.xlsx").doesNotContain("~$");
        assertThat(Files.exists(csv)).isTrue();
    }


    @Test
    void aLinkNamedAsAWorkbookWhoseTargetIsGoneIsReportedNotSkipped() throws IOException {
        Path folder = dir.resolve("2025-09");
        try {
            Files.createSymbolicLink(folder.resolve("財政部.xlsx"), dir.resolve("移動した/財政部.xlsx"));
            Files.createSymbolicLink(folder.resolve("環境部.xlsx"), folder.resolve("環境部.xlsx"));
        } catch (IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        CliRun r = CliRun.run("validate", "--lang", "ja", "--format", "json", folder.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out);
        assertThat(json.get("summary").get("files").asInt()).isEqualTo(4);
        java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
        json.get("files").forEach(f -> byName.put(Path.of(f.get("file").asText()).getFileName().toString(), f));
        assertThat(byName.get("財政部.xlsx").at("/findings/0/code").asText()).isEqualTo("unreadable");
        assertThat(byName.get("財政部.xlsx").at("/findings/0/message").asText()).contains("ファイルが見つかりません");
        assertThat(byName.get("環境部.xlsx").at("/findings/0/code").asText()).isEqualTo("unreadable");
    }

    @Test
    void aFolderNamedThroughALinkIsReadAndEveryWorkbookOnce() throws IOException {
        Path folder = dir.resolve("2025-09");
        Path linked = dir.resolve("今月");
        try {
            Files.createSymbolicLink(linked, folder);
            Files.createSymbolicLink(folder.resolve("総務部（写し）.xlsx"), good); // the same file twice
            Files.createSymbolicLink(folder.resolve("sub/上の階"), folder); // a loop, not followed
        } catch (IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        CliRun r = CliRun.run("validate", "--lang", "en", "--format", "json", linked.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out);
        assertThat(json.get("summary").get("files").asInt()).as(r.out).isEqualTo(2);
        assertThat(json.get("files").get(0).get("file").asText()).isEqualTo(linked.resolve("sub/政策企画部.xlsx").toString());
        assertThat(json.get("files").get(1).get("file").asText()).isEqualTo(linked.resolve("総務部.xlsx").toString());

        CliRun both = CliRun.run("validate", "--lang", "en", linked.toString(), good.toString());
        assertThat(both.out).as(both.toString()).contains("Checked 2 files");
    }
    @Test
    void versionHelpAndSchemaShow() throws IOException {
        CliRun v = CliRun.run("--version");
        assertThat(v.code).isZero();
        assertThat(v.out).matches("goalsheet \\d+\\.\\d+\\.\\d+.*\\s*");
        CliRun help = CliRun.run("--help");
        assertThat(help.out).contains("Exit codes").contains("validate").contains("usage error");
        CliRun show = CliRun.run("schema", "show");
        assertThat(show.out).isEqualTo(Files.readString(Path.of("templates/priority-goals.schema.yaml")));
    }

    @Test
    void schemaCheck() throws IOException {
        Path ok = dir.resolve("ok.yaml");
        Files.writeString(ok, CliRun.run("schema", "show").out);
        assertThat(CliRun.run("schema", "check", ok.toString()).code).isZero();
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "name: x\nfields:\n  - name: a\n    titel: A\n");
        CliRun r = CliRun.run(Map.of(), "schema", "check", "--lang", "en", broken.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("broken.yaml:4:5").contains("titel");
    }
}
