package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.read.Cell;
import io.goalsheet.read.CellType;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.read.WorkbookReader;
import io.goalsheet.testing.TestBook;
import io.goalsheet.text.JapaneseText;
import io.goalsheet.text.Ordinals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** merge end to end: what it writes, what it refuses, and that nothing is lost. */
class MergeCommandTest {

    private static final Path SEED = Path.of("samples/2025-09/政策企画部.xlsx");

    @TempDir
    Path dir;

    private Path department(String name, String file) throws IOException {
        return TestBook.standard(name, java.time.LocalDate.of(2025, 9, 30))
                .indicator(1, name + "の目標", "◎", 1, "取組", null, null, "研修 3回", null, 3, 3, "回", null, "=3回実施（+1）", null)
                .indicator(2, "二つ目の目標", "△", 1, "取組", null, null, "計画策定", null, null, null, null, null, "@検討中", null)
                .write(dir.resolve(file));
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void aBadSourceDateEpochIsAUsageErrorInTheMessagesLanguage() throws IOException {
        Path one = department("総務部", "総務部.xlsx");
        CliRun r = CliRun.run(Map.of("SOURCE_DATE_EPOCH", "昨日"), "merge", "--lang", "ja", one.toString(), "-o",
                dir.resolve("m.xlsx").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("環境変数 SOURCE_DATE_EPOCH には").contains("「昨日」は秒数ではありません");
        assertThat(dir.resolve("m.xlsx")).doesNotExist();
    }

    @Test
    void theSummaryLineCountsInTheRightNumberAndWithCounters() throws IOException {
        Path one = department("総務部", "総務部.xlsx");
        CliRun en = CliRun.run("merge", "--lang", "en", one.toString(), "-o", dir.resolve("one.xlsx").toString());
        assertThat(en.code).as(en.toString()).isZero();
        assertThat(en.err).contains(": 1 department, 2 rows").doesNotContain("departments");
        Path two = department("財政部", "財政部.xlsx");
        CliRun both = CliRun.run("merge", "--lang", "en", one.toString(), two.toString(), "-o", dir.resolve("two.xlsx").toString());
        assertThat(both.err).contains(": 2 departments, 4 rows");
        CliRun ja = CliRun.run("report", "--lang", "ja", one.toString(), "-o", dir.resolve("一覧表.xlsx").toString());
        assertThat(ja.err).contains("に 1 部局の一覧表を書き出しました");
        CliRun reported = CliRun.run("report", "--lang", "en", one.toString(), "-o", dir.resolve("report.xlsx").toString());
        assertThat(reported.err).contains("the report of 1 department").doesNotContain("departments");
    }

    @Test
    void mergesEveryRowWithSummaryFormulasChartAndDepartmentSheets() throws IOException {
        Path other = department("総務部", "総務部.xlsx");
        Path out = dir.resolve("全部局.xlsx");
        CliRun r = CliRun.run("merge", "--lang", "ja", "--template", "samples/上田市.report.yaml", other.toString(),
                SEED.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).contains("2 部局").contains("42 行");
        try (XSSFWorkbook wb = open(out)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("一覧", "集計", "政策企画部", "総務部", "検証結果");
            Sheet list = wb.getSheet("一覧");
            assertThat(list.getLastRowNum()).isEqualTo(42);
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("担当部局名");
            assertThat(list.getRow(0).getCell(1).getStringCellValue()).isEqualTo("目標番号");
            // the sample template's order: 政策企画部 before 総務部, though 総務部 comes first in input (path) order
            assertThat(list.getRow(1).getCell(0).getStringCellValue()).isEqualTo("政策企画部");
            assertThat(list.getRow(42).getCell(0).getStringCellValue()).isEqualTo("総務部");
            assertThat(((XSSFSheet) list).getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();

            Sheet summary = wb.getSheet("集計");
            Row seed = summary.getRow(3);
            assertThat(seed.getCell(0).getStringCellValue()).isEqualTo("政策企画部");
            assertThat(seed.getCell(1).getCellFormula()).startsWith("COUNTIFS(");
            assertThat(seed.getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(seed.getCell(3).getNumericCellValue()).isEqualTo(4); // ○
            assertThat(seed.getCell(7).getNumericCellValue()).isEqualTo(40);
            Row total = summary.getRow(5);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合計");
            assertThat(total.getCell(1).getCellFormula()).isEqualTo("SUM(B4:B5)");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(6);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(1); // ◎ of 総務部
            assertThat(((XSSFSheet) summary).getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();

            // text that looks like a formula stays text
            Row row = wb.getSheet("総務部").getRow(4);
            assertThat(row.getCell(13).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo("=3回実施（+1）");
        }
    }

    @Test
    void theMergedWorkbookRevalidatesLikeItsInputs() throws IOException {
        Path warn = TestBook.standard("総務部", java.time.LocalDate.of(2025, 9, 30))
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標", null, null, null, null, null, "進捗", null)
                .indicator(1, "目標", "○", 3, "取組3", null, null, "目標", null, null, null, null, null, "進捗", null)
                .write(dir.resolve("warn.xlsx"));
        Path out = dir.resolve("merged.xlsx");
        assertThat(CliRun.run("merge", warn.toString(), SEED.toString(), "-o", out.toString()).code).isZero();
        CliRun original = CliRun.run("validate", "--format", "json", warn.toString(), SEED.toString());
        CliRun merged = CliRun.run("validate", "--format", "json", out.toString());
        assertThat(codesAndCells(merged.out)).isEqualTo(codesAndCells(original.out)).contains("sequence D6");
    }

    private static List<String> codesAndCells(String json) throws IOException {
        List<String> found = new ArrayList<>();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        tree.get("files").forEach(f -> f.get("findings").forEach(x -> found.add(x.get("code").asText() + " " + x.get("cell").asText())));
        found.sort(null);
        return found;
    }

    /** Nothing lost: every value of every input cell is in 一覧, in the row that names its source. */
    @Test
    void everyInputCellValueIsInTheList() throws Exception {
        Path out = dir.resolve("merged.xlsx");
        assertThat(CliRun.run("merge", SEED.toString(), "-o", out.toString()).code).isZero();
        SheetGrid input = WorkbookReader.read(SEED, ReadOptions.defaults()).sheets().get(0);
        int header = 3;
        Map<Integer, Row> byRow = new HashMap<>();
        Map<String, Integer> column = new HashMap<>();
        try (XSSFWorkbook wb = open(out)) {
            Sheet list = wb.getSheet("一覧");
            Row titles = list.getRow(0);
            titles.forEach(c -> column.put(c.getStringCellValue(), c.getColumnIndex()));
            for (int i = 1; i <= list.getLastRowNum(); i++) {
                Row row = list.getRow(i);
                byRow.put((int) row.getCell(column.get("行")).getNumericCellValue(), row);
            }
            int checked = 0;
            for (int r = header + 1; r < input.rowCount(); r++) {
                Row target = byRow.get(r + 1);
                assertThat(target).as("row %d", r + 1).isNotNull();
                for (int c = 0; c < input.columnCount(); c++) {
                    Cell cell = input.cell(r, c);
                    if (cell == null) {
                        continue;
                    }
                    String title = input.cell(header, c).text();
                    var written = target.getCell(column.get(title));
                    if (cell.type() == CellType.NUMBER) {
                        assertThat(written.getNumericCellValue()).as(cell.address()).isEqualTo(cell.number());
                    } else if (title.endsWith("番号")) {
                        assertThat((int) written.getNumericCellValue()).as(cell.address())
                                .isEqualTo(Ordinals.parse(cell.text()).getAsInt());
                    } else {
                        assertThat(written.getStringCellValue()).as(cell.address()).isEqualTo(JapaneseText.trim(cell.text()));
                    }
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(200);
        }
    }

    @Test
    void errorsWriteNothingUnlessSkipped() throws IOException {
        Path bad = Path.of("samples/invalid/政策企画部_原本.xlsx");
        Path other = department("総務部", "総務部.xlsx");
        Path out = dir.resolve("out.xlsx");
        CliRun r = CliRun.run("merge", "--lang", "ja", bad.toString(), other.toString(), "-o", out.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("invalid-date").contains("M41");
        assertThat(r.err).contains("書き出していません");
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();

        CliRun skip = CliRun.run("merge", "--lang", "ja", "--skip-invalid", bad.toString(), other.toString(), "-o", out.toString());
        assertThat(skip.code).as(skip.toString()).isZero();
        assertThat(skip.err).contains("除外しました").contains("政策企画部_原本.xlsx");
        try (XSSFWorkbook wb = open(out)) {
            assertThat(wb.getSheet("一覧").getLastRowNum()).isEqualTo(2);
            Sheet findings = wb.getSheet("検証結果");
            assertThat(findings.getRow(1).getCell(0).getStringCellValue()).endsWith("政策企画部_原本.xlsx");
            assertThat(findings.getRow(1).getCell(1).getStringCellValue()).isEqualTo("除外");
            assertThat(findings.getRow(1).getCell(3).getStringCellValue()).isEqualTo("invalid-date");
        }
    }

    @Test
    void aDepartmentTwiceOrAnotherPeriodIsAnError() throws IOException {
        Path a = department("総務部", "a.xlsx");
        Path b = department("総務部", "b.xlsx");
        Path out = dir.resolve("out.xlsx");
        CliRun twice = CliRun.run("merge", "--lang", "ja", a.toString(), b.toString(), "-o", out.toString());
        assertThat(twice.code).isEqualTo(1);
        assertThat(twice.out).contains("duplicate-department").contains("a.xlsx").contains("b.xlsx");
        assertThat(out).doesNotExist();

        Path august = TestBook.standard("財政部", java.time.LocalDate.of(2025, 8, 31))
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標", null, null, null, null, null, "進捗", null)
                .write(dir.resolve("c.xlsx"));
        CliRun period = CliRun.run("merge", "--lang", "ja", a.toString(), august.toString(), SEED.toString(), "-o", out.toString());
        assertThat(period.code).isEqualTo(1);
        assertThat(period.out).contains("period-mismatch").contains("2025-08-31").contains("2025-09-30");
    }

    /**
     * Two whole months given together are refused even with --skip-invalid, naming both; one straggler of
     * another month is left out with --skip-invalid as before.
     */
    @Test
    void inputsOfTwoPeriodsHeldBySeveralDepartmentsEachAreRefused() throws IOException {
        Path out = dir.resolve("一覧表.pdf");
        CliRun mixed = CliRun.run("report", "--lang", "en", "--skip-invalid", "samples/2025-08", "samples/2025-09",
                "-o", out.toString());
        assertThat(mixed.code).isEqualTo(1);
        assertThat(mixed.err).contains("2 periods").contains("2025-08-31 (12 reports, in samples/2025-08/)")
                .contains("2025-09-30 (12 reports, in samples/2025-09/)");
        assertThat(out).doesNotExist();

        Path august = TestBook.standard("財政部", java.time.LocalDate.of(2025, 8, 31))
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標", null, null, null, null, null, "進捗", null)
                .write(dir.resolve("財政部_8月.xlsx"));
        CliRun straggler = CliRun.run("report", "--lang", "en", "--skip-invalid", "samples/2025-09", august.toString(),
                "-o", out.toString());
        assertThat(straggler.code).as(straggler.err).isZero();
        assertThat(straggler.out).contains("period-mismatch");
        assertThat(out).isNotEmptyFile();
    }

    @Test
    void aTemplateOfOneSOwnOrdersTheDepartmentsAndABrokenOneIsExitTwo() throws IOException {
        Path other = department("総務部", "総務部.xlsx");
        Path template = Files.writeString(dir.resolve("layout.yaml"), """
                title: 重点目標一覧表（{kind}）
                organisation: 上田市
                departmentOrder: [総務部, 政策企画部]
                """);
        Path out = dir.resolve("out.xlsx");
        CliRun r = CliRun.run("merge", "--template", template.toString(), SEED.toString(), other.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        try (XSSFWorkbook wb = open(out)) {
            assertThat(wb.getSheet("一覧").getRow(1).getCell(0).getStringCellValue()).isEqualTo("総務部");
            assertThat(wb.getSheetName(2)).isEqualTo("総務部");
        }
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "title: x\npage:\n  size: B5\n");
        CliRun bad = CliRun.run("merge", "--lang", "en", "--template", broken.toString(), SEED.toString(), "-o",
                dir.resolve("never.xlsx").toString());
        assertThat(bad.code).isEqualTo(2);
        assertThat(bad.err).contains("broken.yaml:3:").contains("B5");
        assertThat(dir.resolve("never.xlsx")).doesNotExist();
    }

    @Test
    void theSameInputsAndSourceDateEpochGiveTheSameFile() throws IOException {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1761868800");
        CliRun r = CliRun.run(env, "merge", "-q", "samples/2025-09", "-o", a.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(CliRun.run(env, "merge", "-q", "samples/2025-09", "-o", b.toString()).code).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        try (XSSFWorkbook wb = open(a)) {
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(java.time.Instant.ofEpochSecond(1761868800));
            assertThat(wb.getNumberOfSheets()).isEqualTo(3 + 12);
        }
    }

    @Test
    void refusesToOverwriteAnInputAndLeavesInputsUntouched() throws Exception {
        Path a = department("総務部", "a.xlsx");
        String before = sha256(a) + sha256(SEED);
        CliRun r = CliRun.run("merge", a.toString(), SEED.toString(), "-o", a.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(CliRun.run("merge", a.toString(), "-o", dir.resolve("x.pdf").toString()).code).isEqualTo(2);
        assertThat(CliRun.run("merge", a.toString(), SEED.toString(), "-o", dir.resolve("ok.xlsx").toString()).code).isZero();
        assertThat(sha256(a) + sha256(SEED)).isEqualTo(before);
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
