package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.goalsheet.read.Cell;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.read.Workbook;
import io.goalsheet.read.WorkbookReader;
import io.goalsheet.testing.TestBook;
import io.goalsheet.text.JapaneseText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate --previous: the warnings of the comparison with the previous period, at the cells they are about. */
class ValidatePreviousTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyUnchangedProgressTextOfTheSamplesIsAWarningAtItsOwnCell() throws Exception {
        CliRun r = CliRun.run("validate", "--format", "json", "samples/2025-09", "--previous", "samples/2025-08");
        assertThat(r.code).as(r.toString()).isZero(); // warnings only
        JsonNode json = JSON.readTree(r.out);
        assertThat(json.at("/summary/warnings").asInt()).isEqualTo(207); // as compare counts them
        assertThat(json.at("/summary/errors").asInt()).isZero();
        Map<String, Integer> perDepartment = new HashMap<>();
        int checked = 0;
        for (JsonNode file : json.get("files")) {
            Workbook book = WorkbookReader.read(Path.of(file.get("file").asText()), ReadOptions.defaults());
            for (JsonNode f : file.get("findings")) {
                assertThat(f.get("code").asText()).isEqualTo("stale-progress");
                assertThat(f.get("severity").asText()).isEqualTo("warning");
                assertThat(f.get("field").asText()).isEqualTo("progress");
                // the cell named holds the text the warning is about
                SheetGrid sheet = book.sheets().stream().filter(s -> s.name().equals(f.get("sheet").asText()))
                        .findFirst().orElseThrow();
                Cell cell = sheet.cell(f.get("row").asInt() - 1, column(f.get("column").asText()));
                assertThat(JapaneseText.fold(cell.text())).as(f.toString())
                        .isEqualTo(JapaneseText.fold(f.get("value").asText()));
                checked++;
            }
            perDepartment.put(file.get("department").asText(), file.get("findings").size());
        }
        assertThat(checked).isEqualTo(207);
        // the department counts of compare's memo for the same two periods
        assertThat(perDepartment).containsEntry("上下水道局", 19).containsEntry("政策企画部", 34)
                .containsEntry("都市建設部", 13).containsEntry("財政部", 19);
        assertThat(r.err).contains("Compared with the previous report (as of 2025-08-31): 207 findings to check added");
    }

    @Test
    void inThePublishedLayoutAWarningNamesTheLineOfTheCell() throws Exception {
        CliRun r = CliRun.run("validate", "--format", "json", "samples/published", "--previous",
                "samples/2025-08/政策企画部.xlsx");
        JsonNode findings = JSON.readTree(r.out).at("/files/0/findings");
        assertThat(findings.size()).as(r.toString()).isEqualTo(34);
        Workbook book = WorkbookReader.read(Path.of("samples/published/政策企画部.xlsx"), ReadOptions.defaults());
        for (JsonNode f : findings) {
            assertThat(f.get("line").isNull()).as(f.toString()).isFalse();
            SheetGrid sheet = book.sheets().get(0);
            String[] lines = sheet.cell(f.get("row").asInt() - 1, column(f.get("column").asText())).text().split("\n");
            // the line holds the start of the text, after its (1) marker
            String first = f.get("value").asText().split("\n")[0];
            assertThat(lines[f.get("line").asInt() - 1]).as(f.toString()).contains(first.substring(0, Math.min(8, first.length())));
        }
    }

    @Test
    void aCountThatWentDownIsAWarningAtItsActualValue() throws Exception {
        Path before = book("2025-08");
        Path now = book("2025-09");
        TestBook.standard("総務部", LocalDate.of(2025, 8, 31))
                .indicator(1, "目標", "○", 1, "取組", null, null, "研修の開催 20回", 0, 20, 12, "回", null, "12回開催", null)
                .write(before);
        TestBook.standard("総務部", LocalDate.of(2025, 9, 30))
                .indicator(1, "目標", "○", 1, "取組", null, null, "研修の開催 20回", 0, 20, 10, "回", null, "10回開催", null)
                .write(now);
        CliRun r = CliRun.run("validate", "--lang", "ja", "--format", "json", now.toString(), "--previous", before.toString());
        JsonNode f = JSON.readTree(r.out).at("/files/0/findings/0");
        assertThat(f.get("code").asText()).as(r.toString()).isEqualTo("actual-decreased");
        assertThat(f.get("field").asText()).isEqualTo("actual");
        assertThat(f.get("column").asText()).isEqualTo("K"); // 実績値 of the standard table
        assertThat(f.get("message").asText()).isEqualTo(
                "実績値が前回（2025-08-31時点）の 12回 から 10回 に減っています。入力の誤りか、数え方が変わったのかを確認してください");
        assertThat(JSON.readTree(r.out).at("/summary/warnings").asInt()).isEqualTo(1);

        CliRun strict = CliRun.run("validate", "--strict", now.toString(), "--previous", before.toString());
        assertThat(strict.code).isEqualTo(1);
    }

    @Test
    void aProgressTextMergedOverSeveralIndicatorsIsOneWarning() throws Exception {
        Path before = book("2025-08");
        Path now = book("2025-09");
        for (Path p : new Path[] {before, now}) {
            TestBook.standard("総務部", p == before ? LocalDate.of(2025, 8, 31) : LocalDate.of(2025, 9, 30))
                    .indicator(1, "目標", "○", 1, "取組", null, null, "研修の開催", null, null, null, null, null,
                            "研修計画を作成中", null)
                    .indicator(1, "目標", "○", 1, "取組", null, null, "受講者アンケート", null, null, null, null, null,
                            null, null)
                    .mergeDown("進捗状況", 0, 1)
                    .write(p);
        }
        CliRun r = CliRun.run("validate", "--format", "json", now.toString(), "--previous", before.toString());
        JsonNode findings = JSON.readTree(r.out).at("/files/0/findings");
        assertThat(findings.size()).as(r.toString()).isEqualTo(1);
        assertThat(findings.get(0).get("code").asText()).isEqualTo("stale-progress");
    }

    @Test
    void aPreviousPeriodThatCannotBeComparedIsAUsageErrorWithNothingOnStdout() {
        CliRun same = CliRun.run("validate", "--lang", "ja", "samples/2025-09", "--previous", "samples/2025-09");
        assertThat(same.code).as(same.toString()).isEqualTo(2);
        assertThat(same.out).isEmpty();

        CliRun missing = CliRun.run("validate", "samples/2025-09", "--previous", "samples/2025-07");
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.out).isEmpty();

        CliRun broken = CliRun.run("validate", "--lang", "ja", "samples/2025-09", "--previous", "samples/invalid");
        assertThat(broken.code).as(broken.toString()).isEqualTo(2);
        assertThat(broken.out).isEmpty();
        assertThat(broken.err).contains("前回の入力「samples/invalid」とは比べられません");
    }

    @Test
    void withoutPreviousNothingIsCompared() throws Exception {
        CliRun r = CliRun.run("validate", "--format", "json", "samples/2025-09");
        assertThat(JSON.readTree(r.out).at("/summary/warnings").asInt()).isZero();
    }

    /** Where 総務部's workbook of a month goes, its folder made. */
    private Path book(String month) throws java.io.IOException {
        return java.nio.file.Files.createDirectories(dir.resolve(month)).resolve("総務部.xlsx");
    }

    private static int column(String letters) {
        int c = 0;
        for (char ch : letters.toCharArray()) {
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }
}
