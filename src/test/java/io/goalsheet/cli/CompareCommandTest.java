package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.goalsheet.testing.TestBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final String AUGUST = "samples/2025-08";
    private static final String SEPTEMBER = "samples/2025-09";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.code).as(run.toString()).isZero();
        return JSON.readTree(run.out);
    }

    /**
     * August → September of the samples, department by department. samples/2025-08 is September's
     * with a month less done (MonthEarlier in the tests): the same plan, so nothing added, dropped or
     * re-rated; the counts it lowered and the works progress it set 10 points back moved; the progress
     * texts it did not have to shorten (no line of September's news) are the same.
     */
    @Test
    void augustToSeptemberOfTheSamplesDepartmentByDepartment() throws IOException {
        JsonNode c = json(CliRun.run("compare", "--format", "json", AUGUST, SEPTEMBER));

        assertThat(c.at("/previous/asOf").asText()).isEqualTo("2025-08-31");
        assertThat(c.at("/current/asOf").asText()).isEqualTo("2025-09-30");
        assertThat(c.at("/previous/reportKind").asText()).isEqualTo("月次報告");
        assertThat(c.get("newPlan").asBoolean()).isFalse();
        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        for (JsonNode d : c.get("departments")) {
            assertThat(d.get("status").asText()).isEqualTo("both");
            counts.put(d.get("department").asText(), List.of(d.get("moved").asInt(), d.get("staleProgress").asInt(),
                    d.get("evaluationsUp").asInt() + d.get("evaluationsDown").asInt(), d.get("added").asInt(),
                    d.get("dropped").asInt(), d.get("actualDecreased").asInt()));
        }
        // moved, stale, evaluations changed, added, dropped, decreased
        assertThat(counts).containsExactly(
                Map.entry("上下水道局", List.of(8, 19, 0, 0, 0, 0)),
                Map.entry("健康こども未来部", List.of(8, 13, 0, 0, 0, 0)),
                Map.entry("市民まちづくり推進部", List.of(5, 18, 0, 0, 0, 0)),
                Map.entry("政策企画部", List.of(5, 34, 0, 0, 0, 0)),
                Map.entry("教育委員会", List.of(11, 14, 0, 0, 0, 0)),
                Map.entry("消防部", List.of(8, 16, 0, 0, 0, 0)),
                Map.entry("環境部", List.of(9, 15, 0, 0, 0, 0)),
                Map.entry("産業振興部", List.of(9, 17, 0, 0, 0, 0)),
                Map.entry("福祉部", List.of(10, 13, 0, 0, 0, 0)),
                Map.entry("総務部", List.of(6, 16, 0, 0, 0, 0)),
                Map.entry("財政部", List.of(4, 19, 0, 0, 0, 0)),
                Map.entry("都市建設部", List.of(12, 13, 0, 0, 0, 0)));
        assertThat(c.at("/summary/changes").asInt()).isEqualTo(387);
        assertThat(c.at("/summary/warnings").asInt()).isEqualTo(207);

        // the seed's LINE figure: 17,913 + 85% of the way to September's 19,175 is 18,986 in August
        List<JsonNode> line = new ArrayList<>();
        for (JsonNode ch : c.get("changes")) {
            if (ch.get("target").asText().startsWith("LINE友だち登録者数")) {
                line.add(ch);
            }
        }
        assertThat(line).extracting(ch -> ch.get("kind").asText(), ch -> ch.get("department").asText(),
                        ch -> ch.get("goalNo").asInt(), ch -> ch.get("initiativeNo").asInt(), ch -> ch.get("itemNo").asInt(),
                        ch -> ch.get("field").asText(), ch -> ch.get("previous").asDouble(), ch -> ch.get("current").asDouble(),
                        ch -> ch.get("change").asDouble(), ch -> ch.get("match").asText(), ch -> ch.get("severity").isNull())
                .containsExactly(
                        tuple("changed", "政策企画部", 4, 1, 3, "actual", 18986.0, 19175.0, 189.0, "exact", true),
                        // the computed rates as every output shows them, and the difference of those
                        tuple("changed", "政策企画部", 4, 1, 3, "progressRate", 51.4, 60.5, 9.1, "exact", true));
        // a warning names its code and severity
        JsonNode stale = null;
        for (JsonNode ch : c.get("changes")) {
            if (ch.get("kind").asText().equals("stale-progress")) {
                stale = ch;
                break;
            }
        }
        assertThat(stale.get("severity").asText()).isEqualTo("warning");
        assertThat(stale.get("previous").asText()).isEqualTo(stale.get("current").asText());
    }

    @Test
    void theMemoIsJapaneseUnderJaWithTheCityFirstThenEachDepartment() {
        CliRun run = CliRun.run("--lang", "ja", "compare", AUGUST, SEPTEMBER);

        assertThat(run.code).as(run.toString()).isZero();
        List<String> lines = run.out.lines().toList();
        assertThat(lines.subList(0, 5)).containsExactly(
                "重点目標 前回からの変化",
                "",
                "前回：令和7年8月31日時点（月次報告、12部局・323指標）",
                "今回：令和7年9月30日時点（中間報告、12部局・323指標）",
                "全体：平均進捗度 53.4% → 58.5%（+5.1ポイント）、自己評価が上がった目標 0、下がった目標 0、"
                        + "実績値・進捗度が動いた指標 95、進捗状況が前回と同じ 207件");
        assertThat(lines).contains("■ 政策企画部　平均進捗度 45.6% → 50.7%（+5.1ポイント）",
                "  ・目標4 ①(3) LINE友だち登録者数 17,913人→20,000人：実績値 18,986人 → 19,175人（+189人）、"
                        + "進捗度 51.4% → 60.5%（+9.1ポイント）",
                "  要確認：進捗状況が前回と同じ（34）");
        // the inputs' findings summary goes to stderr, never into the memo
        assertThat(run.out).doesNotContain("ファイルを検証");
        assertThat(run.err).contains("12 ファイルを検証");
    }

    @Test
    void everyChangeOfARateReadsAsTheDifferenceOfTheRatesShown() throws IOException {
        // in the memo: "45.8% → 54.2% (+8.4 points)", never +8.3 from the unrounded 45.83 and 54.17
        CliRun memo = CliRun.run("--lang", "en", "compare", AUGUST, SEPTEMBER);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\d.]+)% → ([\\d.]+)% \\(([+-]?[\\d.]+) points\\)")
                .matcher(memo.out);
        int seen = 0;
        while (m.find()) {
            java.math.BigDecimal shown = new java.math.BigDecimal(m.group(2)).subtract(new java.math.BigDecimal(m.group(1)));
            assertThat(new java.math.BigDecimal(m.group(3))).as(m.group()).isEqualByComparingTo(shown);
            seen++;
        }
        assertThat(seen).isGreaterThan(90);

        // in JSON: rates and averages to one decimal, and change = current − previous exactly
        JsonNode c = json(CliRun.run("compare", "--format", "json", AUGUST, SEPTEMBER));
        List<JsonNode> pairs = new ArrayList<>();
        c.get("departments").forEach(d -> pairs.add(d.get("averageProgress")));
        c.get("changes").forEach(ch -> {
            if (ch.get("field").asText().equals("progressRate")) {
                pairs.add(ch);
            }
        });
        int both = 0;
        for (JsonNode p : pairs) {
            for (String side : List.of("previous", "current")) {
                if (!p.get(side).isNull()) {
                    assertThat(p.get(side).decimalValue().scale()).as(p.toString()).isLessThanOrEqualTo(1);
                }
            }
            if (!p.get("change").isNull()) {
                assertThat(p.get("change").decimalValue())
                        .as(p.toString())
                        .isEqualByComparingTo(p.get("current").decimalValue().subtract(p.get("previous").decimalValue()));
                both++;
            }
        }
        assertThat(both).isGreaterThan(90);
    }

    @Test
    void fromTheEntryLayoutToThePublishedOneOnlyFiguresBothStateAreCompared() throws IOException {
        // the published sheet states most figures in its texts (市役所庁舎ペイントなど5事業実施): they are not taken away
        JsonNode c = json(CliRun.run("compare", "--format", "json", AUGUST + "/政策企画部.xlsx",
                "samples/published/政策企画部.xlsx"));
        List<String> fields = new ArrayList<>();
        for (JsonNode ch : c.get("changes")) {
            if (ch.get("kind").asText().equals("changed")) {
                fields.add(ch.get("target").asText() + " " + ch.get("field").asText());
            }
        }
        assertThat(fields).containsExactlyInAnyOrder(
                "LINE友だち登録者数 17,913人→20,000人 actual", "LINE友だち登録者数 17,913人→20,000人 progressRate",
                "YouTubeアカウント登録者数 6,861人→7,400人 actual", "YouTubeアカウント登録者数 6,861人→7,400人 progressRate");
        assertThat(c.at("/departments/0/moved").asInt()).isEqualTo(2);
        // the published sheet has rates for two indicators only: its average is no match for August's
        assertThat(c.at("/departments/0/averageProgress/previous").isNull()).isFalse();
        assertThat(c.at("/departments/0/averageProgress/current").isNull()).isFalse();
        assertThat(c.at("/departments/0/averageProgress/change").isNull()).isTrue();
        CliRun memo = CliRun.run("--lang", "ja", "compare", AUGUST + "/政策企画部.xlsx", "samples/published/政策企画部.xlsx");
        assertThat(memo.out).contains("■ 政策企画部　平均進捗度 45.6% → 57.0%（入力用の形式と公表様式では進捗度のある指標が異なるため、差は示しません）")
                .doesNotContain("+11.4");
    }

    @Test
    void theWorkbookHasADepartmentSheetAndARowPerChange() throws IOException {
        Path out = dir.resolve("前回比.xlsx");
        CliRun run = CliRun.run("--lang", "ja", "compare", AUGUST, SEPTEMBER, "-o", out.toString());

        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).contains(out + " に 12 部局の前回からの変化 387 件（要確認 207 件）を書き出しました");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("部局別の変化");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("前回からの変化");
            DataFormatter f = new DataFormatter();
            XSSFSheet summary = wb.getSheetAt(0);
            assertThat(f.formatCellValue(summary.getRow(0).getCell(0))).contains("令和7年8月31日時点 → 今回 令和7年9月30日時点");
            Row seed = summary.getRow(3 + 3); // the fourth department
            assertThat(f.formatCellValue(seed.getCell(0))).isEqualTo("政策企画部");
            assertThat(seed.getCell(7).getNumericCellValue()).isEqualTo(5);
            assertThat(seed.getCell(8).getNumericCellValue()).isEqualTo(34);
            XSSFSheet changes = wb.getSheetAt(1);
            assertThat(changes.getLastRowNum()).isEqualTo(2 + 387);
            Row line = null;
            for (Row r : changes) {
                if (r.getRowNum() > 2 && f.formatCellValue(r.getCell(4)).startsWith("LINE")) {
                    line = r;
                    break;
                }
            }
            assertThat(f.formatCellValue(line.getCell(0))).isEqualTo("政策企画部");
            assertThat(line.getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(f.formatCellValue(line.getCell(6))).isEqualTo("実績値");
            assertThat(line.getCell(7).getNumericCellValue()).isEqualTo(18986);
            assertThat(line.getCell(8).getNumericCellValue()).isEqualTo(19175);
            assertThat(line.getCell(9).getNumericCellValue()).isEqualTo(189);
            assertThat(f.formatCellValue(line.getCell(10))).isEqualTo("番号と目標が一致");
        }
    }

    @Test
    void theLaterPeriodFirstTheSamePeriodTwiceOrYearsApartAreUsageErrors() throws IOException {
        CliRun backwards = CliRun.run("--lang", "ja", "compare", SEPTEMBER, AUGUST);
        assertThat(backwards.code).isEqualTo(2);
        assertThat(backwards.err).contains("前回（PREVIOUS）の報告時点 2025-09-30 が、今回（CURRENT）の 2025-08-31 より前ではありません");
        assertThat(backwards.out).isEmpty();

        assertThat(CliRun.run("compare", SEPTEMBER, SEPTEMBER).code).isEqualTo(2);

        Path later = department("政策企画部", LocalDate.of(2027, 5, 31), "令和9年度", "広報の充実", "記事の充実");
        CliRun apart = CliRun.run("--lang", "ja", "compare", SEPTEMBER + "/政策企画部.xlsx", later.toString());
        assertThat(apart.code).as(apart.toString()).isEqualTo(2);
        assertThat(apart.err).contains("前回は令和7年度、今回は令和9年度の報告です");
    }

    @Test
    void aWorkbookOnlyIntoAFileAndAnExtensionMustNotSayAnotherFormat() {
        CliRun terminal = CliRun.run("compare", "--format", "xlsx", AUGUST, SEPTEMBER);
        assertThat(terminal.code).isEqualTo(2);
        assertThat(terminal.err).contains("--format xlsx needs -o FILE");

        CliRun contradicts = CliRun.run("compare", "--format", "text", "-o", dir.resolve("c.json").toString(), AUGUST,
                SEPTEMBER);
        assertThat(contradicts.code).isEqualTo(2);
        assertThat(contradicts.err).contains("c.json").contains("c.txt");
        assertThat(dir.resolve("c.json")).doesNotExist();
    }

    @Test
    void theJsonFileTakesItsFormatFromItsName() throws IOException {
        Path out = dir.resolve("changes.json");
        CliRun run = CliRun.run("compare", AUGUST + "/消防部.xlsx", SEPTEMBER + "/消防部.xlsx", "-o", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        JsonNode c = JSON.readTree(out.toFile());
        assertThat(c.get("departments")).hasSize(1);
        assertThat(c.at("/departments/0/department").asText()).isEqualTo("消防部");
        assertThat(run.out).isEmpty();
    }

    @Test
    void anInvalidInputIsExitOneWithItsFindingsOnStderrAndNothingOnStdout() {
        CliRun run = CliRun.run("compare", "--format", "json", AUGUST, "samples/invalid/都市建設部_期限の日付.xlsx");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("都市建設部_期限の日付.xlsx").contains("invalid-date");
    }

    @Test
    void aDepartmentInOnlyOnePeriodIsSaidSo() throws IOException {
        Path september = Files.createDirectories(dir.resolve("2025-09"));
        for (String name : List.of("消防部", "環境部")) {
            Files.copy(Path.of(SEPTEMBER, name + ".xlsx"), september.resolve(name + ".xlsx"));
        }
        Path august = Files.createDirectories(dir.resolve("2025-08"));
        for (String name : List.of("消防部", "財政部")) {
            Files.copy(Path.of(AUGUST, name + ".xlsx"), august.resolve(name + ".xlsx"));
        }
        CliRun run = CliRun.run("--lang", "ja", "compare", august.toString(), september.toString());

        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.out).contains("■ 環境部（今回から報告あり。前回は報告なし）")
                .contains("■ 財政部（今回は報告なし。前回は報告あり）")
                .contains("■ 消防部　平均進捗度");
    }

    @Test
    void marchToAprilIsANewPlanReportedAsSuch() throws IOException {
        Path march = department("政策企画部", LocalDate.of(2026, 3, 31), "令和7年度", "広報の充実", "年度末まで実施");
        Path april = department("政策企画部", LocalDate.of(2026, 4, 30), "令和8年度", "SNS発信の強化", "着手");
        CliRun run = CliRun.run("--lang", "ja", "compare", march.toString(), april.toString());

        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.out).contains("年度が替わりました（令和7年度 → 令和8年度）。令和8年度の重点目標は新しい計画として扱い、"
                + "目標・指標ごとの比較はしません。").contains("■ 政策企画部　重点目標 1 → 1")
                .doesNotContain("要確認");
    }

    /** A one-goal department sheet of the given date and fiscal year. */
    private Path department(String name, LocalDate asOf, String fiscalYear, String initiative, String progress)
            throws IOException {
        Path file = dir.resolve(asOf + "/" + name + ".xlsx");
        Files.createDirectories(file.getParent());
        return new TestBook().top("重点目標 進捗報告")
                .top("担当部局名", name, null, "年度", fiscalYear)
                .top("報告時点", asOf, null, "報告区分", "月次報告")
                .indicator(1, "情報発信の推進", "○", 1, initiative, null, null, "記事内容の充実", null, null, null, null,
                        null, progress, null)
                .write(file);
    }
}
