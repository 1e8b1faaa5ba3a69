package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.goalsheet.check.Validator;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadLimits;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.SchemaLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * goalsheet init end to end, in-process: what it writes, filled in by a typist that knows nothing
 * of goalsheet, validates; one wrong cell gives exactly one finding at that cell; --from carries a
 * department's plan forward; options are checked.
 */
class InitCommandTest {

    private static final Path SAMPLE = Path.of("samples/2025-09/政策企画部.xlsx");
    private static final Path SAMPLE_WITH_ERRORS = Path.of("samples/invalid/政策企画部_原本.xlsx");

    @TempDir
    Path dir;

    private Path init(String... more) {
        Path out = dir.resolve("新規.xlsx");
        String[] args = new String[more.length + 3];
        args[0] = "init";
        args[1] = "-o";
        args[2] = out.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        CliRun r = CliRun.run(args);
        assertThat(r.code).as(r.toString()).isZero();
        return out;
    }

    /** Two goals, three indicators, as a department would fill them in (① typed as text, 60 into 進捗度). */
    private static void fill(Typist t) {
        t.type(t.besideLabel("担当部局名"), "総務部")
                .type(t.besideLabel("年度"), "令和7年度")
                .type(t.besideLabel("報告時点"), LocalDate.of(2025, 9, 30))
                .type(t.besideLabel("報告区分"), "中間報告");
        t.type(1, "目標番号", 1).type(1, "重点目標", "行政サービスのデジタル化").type(1, "自己評価", "○")
                .type(1, "取組番号", "①").type(1, "具体的な重点取組項目", "オンライン申請の拡大")
                .type(1, "細目番号", 1).type(1, "細目", "申請手続の電子化")
                .type(1, "期限・数値目標等", "電子申請できる手続 100件→200件（令和8年3月末）")
                .type(1, "基準値", 100).type(1, "目標値", 200).type(1, "実績値", 160).type(1, "単位", "件")
                .type(1, "期限", LocalDate.of(2026, 3, 31))
                .type(1, "進捗状況", "9月30日現在 160件（4月から60件増）").type(1, "進捗度", 60);
        t.type(2, "目標番号", 1).type(2, "重点目標", "行政サービスのデジタル化")
                .type(2, "取組番号", "②").type(2, "具体的な重点取組項目", "窓口の待ち時間の短縮")
                .type(2, "期限・数値目標等", "10月に予約システムを導入")
                .type(2, "進捗状況", "仕様を確定し、8/7に契約した");
        t.type(3, "目標番号", 2).type(3, "重点目標", "職員の働き方改革").type(3, "自己評価", "△")
                .type(3, "取組番号", 1).type(3, "具体的な重点取組項目", "時間外勤務の縮減")
                .type(3, "期限・数値目標等", "月平均 20時間→15時間")
                .type(3, "基準値", 20).type(3, "目標値", 15).type(3, "実績値", 18).type(3, "単位", "時間")
                .type(3, "進捗状況", "18時間まで減った");
    }

    private static JsonNode validateJson(Path file) throws IOException {
        CliRun r = CliRun.run("validate", "--format", "json", "--lang", "ja", file.toString());
        JsonNode json = new ObjectMapper().readTree(r.out);
        assertThat(json.get("files")).as(r.toString()).hasSize(1);
        return json.get("files").get(0).get("findings");
    }

    @Test
    void whatInitWritesFilledInValidates() throws IOException {
        Path out = init("--lang", "en");
        try (Typist t = new Typist(out)) {
            fill(t);
        }
        CliRun r = CliRun.run("validate", "--strict", "--lang", "en", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(validateJson(out)).as("no finding, not even a warning").isEmpty();
    }

    @Test
    void sixtyTypedIntoTheProgressRateReadsAsSixtyPoints() throws IOException {
        Path out = init();
        try (Typist t = new Typist(out)) {
            fill(t);
        }
        Validator.Validation v = new Validator(SchemaLoader.loadBuiltIn(),
                new ReadOptions(ReadLimits.defaults(), null), Messages.forLocale(Locale.JAPANESE)).validate(out, "x");
        DepartmentReport report = v.reports().get(0);
        Indicator first = report.goals().get(0).initiatives().get(0).items().get(0).indicators().get(0);
        assertThat(first.progressRate()).isEqualTo(60.0);
        assertThat(first.progressComputed()).isFalse();
        assertThat(first.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(report.fiscalYear()).isEqualTo(2025);
        assertThat(report.goals()).extracting(Goal::evaluation).containsExactly("○", "△");
    }

    @Test
    void eightDigitsTypedIntoADateCellShowAsTypedAndReadAsThatDay() throws IOException {
        Path out = init();
        try (Typist t = new Typist(out)) {
            fill(t);
            t.type(t.besideLabel("報告時点"), 20250930);
            t.type(1, "期限", 20260331);
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            var sheet = wb.getSheetAt(0);
            var f = new org.apache.poi.ss.usermodel.DataFormatter();
            java.util.List<String> shown = new java.util.ArrayList<>();
            for (var row : sheet) {
                for (var c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getNumericCellValue() > 2_958_465) {
                        shown.add(f.formatCellValue(c));
                    }
                }
            }
            // as typed, not as ######## or a date of the year 57000
            assertThat(shown).containsExactlyInAnyOrder("20250930", "20260331");
        }
        DepartmentReport report = read(out);
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(report.goals().get(0).initiatives().get(0).items().get(0).indicators().get(0).deadline())
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(validateJson(out)).isEmpty();

        try (Typist t = new Typist(out)) {
            t.type(1, "期限", 20260231);
        }
        assertThat(validateJson(out)).extracting(j -> j.get("code").asText()).containsExactly("invalid-date");
    }

    @Test
    void aPercentTypedWithItsSignReadsAsPointsToo() throws IOException {
        Path out = init();
        try (Typist t = new Typist(out)) {
            fill(t);
            t.typePercent(1, "進捗度", 0.605);
            t.type(1, "実績値", 160.5);
        }
        DepartmentReport report = read(out);
        assertThat(report.goals().get(0).initiatives().get(0).items().get(0).indicators().get(0).progressRate())
                .isEqualTo(60.5);
        assertThat(validateJson(out)).isEmpty();
    }

    @Test
    void aMarkNotInTheListGivesExactlyOneFindingAtItsCell() throws IOException {
        Path out = init();
        String cell;
        try (Typist t = new Typist(out)) {
            fill(t);
            t.type(3, "自己評価", "◇");
            cell = t.address(3, "自己評価");
        }
        JsonNode findings = validateJson(out);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("code").asText()).isEqualTo("enum");
        assertThat(findings.get(0).get("cell").asText()).isEqualTo(cell);
        assertThat(findings.get(0).get("value").asText()).isEqualTo("◇");
    }

    @Test
    void textInANumberColumnGivesExactlyOneFindingAtItsCell() throws IOException {
        Path out = init();
        String cell;
        try (Typist t = new Typist(out)) {
            fill(t);
            t.type(1, "目標値", "200件");
            cell = t.address(1, "目標値");
        }
        JsonNode findings = validateJson(out);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("code").asText()).isEqualTo("type");
        assertThat(findings.get(0).get("cell").asText()).isEqualTo(cell);
        CliRun r = CliRun.run("validate", out.toString());
        assertThat(r.code).isEqualTo(1);
    }

    @Test
    void metadataGivenOnTheCommandLineIsFilledIn() throws IOException {
        Path out = init("--department", "政策企画部", "--fiscal-year", "R7", "--as-of", "R7.9.30", "--rows", "5");
        try (Typist t = new Typist(out)) {
            assertThat(t.besideLabel("担当部局名").getStringCellValue()).isEqualTo("政策企画部");
            assertThat(t.besideLabel("年度").getStringCellValue()).isEqualTo("令和7年度");
            assertThat(t.besideLabel("報告時点").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 30));
            // the five prepared rows are bordered; the row after them is not
            assertThat(t.at(5, "重点目標").getCellStyle().getBorderBottom()).isNotEqualTo(org.apache.poi.ss.usermodel.BorderStyle.NONE);
            assertThat(t.at(6, "重点目標").getCellStyle().getBorderBottom()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.NONE);
        }
    }

    @Test
    void theFiscalYearFollowsTheAsOfDateWhenNotGiven() throws IOException {
        Path out = init("--as-of", "2026-03-31");
        try (Typist t = new Typist(out)) {
            assertThat(t.besideLabel("年度").getStringCellValue()).isEqualTo("令和7年度");
        }
    }

    // --- --from ---

    @Test
    void fromCarriesThePlanForwardAndClearsTheProgress() throws IOException {
        Path out = dir.resolve("2025-10/政策企画部.xlsx");
        CliRun r = CliRun.run("init", "--lang", "ja", "--from", SAMPLE.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).contains("引き継いだ行 40");

        DepartmentReport before = read(SAMPLE);
        DepartmentReport after = read(out);
        assertThat(after.department()).isEqualTo("政策企画部");
        assertThat(after.fiscalYear()).isEqualTo(2025);
        assertThat(after.asOf()).isNull();
        assertThat(after.indicatorCount()).isEqualTo(40);
        assertThat(after.goals()).hasSize(4);
        assertThat(after.goals()).extracting(Goal::title).isEqualTo(before.goals().stream().map(Goal::title).toList());
        assertThat(after.goals()).extracting(Goal::evaluation).containsOnlyNulls();
        List<Indicator> was = indicators(before);
        List<Indicator> now = indicators(after);
        for (Function<Indicator, Object> plan : List.<Function<Indicator, Object>>of(Indicator::target,
                Indicator::baseline, Indicator::targetValue, Indicator::unit, Indicator::deadline)) {
            assertThat(now).extracting(plan).isEqualTo(was.stream().map(plan).toList());
        }
        assertThat(was).as("the sample has progress to clear").filteredOn(i -> i.actual() != null).isNotEmpty();
        assertThat(was).filteredOn(i -> i.progress() != null).hasSize(40);
        assertThat(before.goals()).extracting(Goal::evaluation).doesNotContainNull();
        assertThat(now).extracting(Indicator::actual).containsOnlyNulls();
        assertThat(now).extracting(Indicator::progress).containsOnlyNulls();
        assertThat(now).extracting(Indicator::progressRate).containsOnlyNulls();
        // the numbering is carried too
        assertThat(now).hasSameSizeAs(was);
        assertThat(after.goals().get(0).initiatives()).extracting(i -> i.number())
                .isEqualTo(before.goals().get(0).initiatives().stream().map(i -> i.number()).toList());
    }

    @Test
    void aCarriedWorkbookFilledWithProgressValidates() throws IOException {
        Path out = dir.resolve("2025-10/政策企画部.xlsx");
        assertThat(CliRun.run("init", "--from", SAMPLE.toString(), "-o", out.toString(), "--as-of", "2025-10-31").code)
                .isZero();
        int goals = 0;
        try (Typist t = new Typist(out)) {
            Object previous = null;
            for (int n = 1; n <= 40; n++) {
                t.type(n, "進捗状況", "10月末現在、予定どおり進んでいる");
                Object goal = t.at(n, "目標番号").getNumericCellValue();
                if (!goal.equals(previous)) {
                    t.type(n, "自己評価", "○");
                    goals++;
                }
                previous = goal;
            }
        }
        assertThat(goals).isEqualTo(4);
        CliRun r = CliRun.run("validate", "--lang", "en", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
    }

    @Test
    void carriedIntoTheNextYearTheAsOfDateDecidesTheFiscalYear() throws IOException {
        Path out = dir.resolve("2026-04/政策企画部.xlsx");
        assertThat(CliRun.run("init", "--from", SAMPLE.toString(), "-o", out.toString(), "--as-of", "2026-04-30").code)
                .isZero();
        assertThat(read(out).fiscalYear()).isEqualTo(2026);
        Path explicit = dir.resolve("explicit.xlsx");
        assertThat(CliRun.run("init", "--from", SAMPLE.toString(), "-o", explicit.toString(), "--fiscal-year", "令和8年度",
                "--department", "総合政策部").code).isZero();
        assertThat(read(explicit).fiscalYear()).isEqualTo(2026);
        assertThat(read(explicit).department()).isEqualTo("総合政策部");
    }

    @Test
    void fromAWorkbookWithErrorsCarriesWhatWasReadAndWarns() throws IOException {
        Path out = dir.resolve("next.xlsx");
        CliRun r = CliRun.run("init", "--lang", "ja", "--from", SAMPLE_WITH_ERRORS.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).contains("警告").contains("誤りが 1 件");
        assertThat(read(out).indicatorCount()).isEqualTo(40);
    }

    @Test
    void anUnreadableFromFileIsExitOneWithTheFinding() throws IOException {
        Path bad = Files.writeString(dir.resolve("先月.xlsx"), "目標番号,重点目標\n1,x\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("next.xlsx");
        CliRun r = CliRun.run("init", "--lang", "en", "--from", bad.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        assertThat(r.err).contains(bad.toString()).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    // --- options ---

    @Test
    void missingOutputIsAUsageError() {
        CliRun r = CliRun.run("init");
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("-o");
    }

    @Test
    void badAsOfIsAUsageError() {
        Path out = dir.resolve("x.xlsx");
        CliRun r = CliRun.run("init", "--lang", "ja", "-o", out.toString(), "--as-of", "そのうち");
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("--as-of「そのうち」は日付として読めません");
        CliRun invalid = CliRun.run("init", "--lang", "ja", "-o", out.toString(), "--as-of", "2025-09-31");
        assertThat(invalid.code).isEqualTo(2);
        assertThat(invalid.err).contains("存在しない日付");
        assertThat(out).doesNotExist();
    }

    /** CliRun's today is 2025-10-01, in 令和7年度: init takes 平成27年度 (2015) to 令和9年度 (2027). */
    @Test
    void aFiscalYearFarFromThisOneIsRefusedWithTheRange() {
        Path out = dir.resolve("x.xlsx");
        CliRun ja = CliRun.run("init", "--lang", "ja", "-o", out.toString(), "--fiscal-year", "R77");
        assertThat(ja.code).as(ja.toString()).isEqualTo(2);
        assertThat(ja.err).contains("--fiscal-year「R77」は 令和77年度（2095年度）です。init で作れるのは、今年度の 10 年前から 2 年後まで、"
                + "平成27年度（2015年度）から 令和9年度（2027年度）までのブックです");
        CliRun en = CliRun.run("init", "--lang", "en", "-o", out.toString(), "--fiscal-year", "2095");
        assertThat(en.err).contains("--fiscal-year \"2095\" is 令和77年度 (FY2095), but init writes workbooks for 平成27年度 (FY2015) "
                + "to 令和9年度 (FY2027), from 10 years before this fiscal year to 2 years after it");
        for (String refused : List.of("R10", "H26", "FY2028", "2014年度")) {
            assertThat(CliRun.run("init", "-o", out.toString(), "--fiscal-year", refused).code).as(refused).isEqualTo(2);
        }
        assertThat(out).doesNotExist();
        for (String accepted : List.of("R9", "平成27年度", "2025")) {
            Path ok = dir.resolve(accepted + ".xlsx");
            assertThat(CliRun.run("init", "-o", ok.toString(), "--fiscal-year", accepted).code).as(accepted).isZero();
        }
    }

    @Test
    void theAcceptedFiscalYearsFollowTheDate() {
        java.time.Clock later = java.time.Clock.fixed(java.time.Instant.parse("2031-01-15T00:00:00Z"), java.time.ZoneId.of("Asia/Tokyo"));
        assertThat(CliRun.run(later, Map.of(), "init", "-o", dir.resolve("a.xlsx").toString(), "--fiscal-year", "R7").code)
                .isZero();
        CliRun old = CliRun.run(later, Map.of(), "init", "--lang", "en", "-o", dir.resolve("b.xlsx").toString(),
                "--fiscal-year", "H31");
        assertThat(old.code).isEqualTo(2);
        assertThat(old.err).contains("is 令和元年度 (FY2019)").contains("令和2年度 (FY2020) to 令和14年度 (FY2032)");
    }

    @Test
    void anAsOfDateFarFromThisYearOrOutsideTheFiscalYearIsRefused() {
        Path out = dir.resolve("x.xlsx");
        CliRun far = CliRun.run("init", "--lang", "ja", "-o", out.toString(), "--as-of", "20950930");
        assertThat(far.code).as(far.toString()).isEqualTo(2);
        assertThat(far.err).contains("--as-of「20950930」は 令和77年度（2095年度）の日付です").contains("令和9年度（2027年度）まで");
        CliRun outside = CliRun.run("init", "--lang", "en", "-o", out.toString(), "--fiscal-year", "R7", "--as-of", "2026-09-30");
        assertThat(outside.code).isEqualTo(2);
        assertThat(outside.err).contains("--as-of \"2026-09-30\" is not in --fiscal-year \"R7\": 令和7年度 runs from 2025-04-01 "
                + "to 2026-03-31");
        CliRun outsideJa = CliRun.run("init", "--lang", "ja", "-o", out.toString(), "--fiscal-year", "令和7年度", "--as-of", "R7.3.31");
        assertThat(outsideJa.err).contains("--as-of「R7.3.31」は --fiscal-year「令和7年度」の期間に入りません（令和7年度 は 令和7年4月1日 から "
                + "令和8年3月31日 まで）");
        assertThat(out).doesNotExist();
        assertThat(CliRun.run("init", "-o", out.toString(), "--fiscal-year", "R7", "--as-of", "2026-03-31").code).isZero();
    }

    @Test
    void badFiscalYearAndRowsAreUsageErrors() {
        Path out = dir.resolve("x.xlsx");
        assertThat(CliRun.run("init", "-o", out.toString(), "--fiscal-year", "25").code).isEqualTo(2);
        assertThat(CliRun.run("init", "-o", out.toString(), "--rows", "-1").code).isEqualTo(2);
        assertThat(CliRun.run("init", "-o", out.toString(), "--rows", "many").code).isEqualTo(2);
        assertThat(CliRun.run("init", "-o", dir.resolve("x.xls").toString()).code).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void anExistingOutputIsKeptUnlessForced() throws IOException {
        Path out = dir.resolve("政策企画部.xlsx");
        byte[] month = "a month of entries".getBytes(StandardCharsets.UTF_8);
        Files.write(out, month);
        CliRun r = CliRun.run("init", "--lang", "en", "-o", out.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("--force");
        assertThat(Files.readAllBytes(out)).isEqualTo(month);

        CliRun forced = CliRun.run("init", "-o", out.toString(), "--force");
        assertThat(forced.code).as(forced.toString()).isZero();
        assertThat(CliRun.run("validate", out.toString()).code).as("blank: required metadata missing").isEqualTo(1);
        assertThat(Files.size(out)).isGreaterThan(1000);
    }

    @Test
    void fromNamingTheOutputIsRefused() throws IOException {
        Path copy = Files.copy(SAMPLE, dir.resolve("政策企画部.xlsx"));
        byte[] before = Files.readAllBytes(copy);
        CliRun r = CliRun.run("init", "--from", copy.toString(), "-o", dir.resolve("./政策企画部.xlsx").toString(), "--force");
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void aMissingFromFileIsAUsageError() {
        CliRun r = CliRun.run("init", "--from", dir.resolve("ない.xlsx").toString(), "-o", dir.resolve("x.xlsx").toString());
        assertThat(r.code).as(r.toString()).isEqualTo(2);
    }

    @Test
    void helpListsTheOptions() {
        CliRun r = CliRun.run("init", "--help");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("--from", "--force", "--rows", "--as-of", "--fiscal-year", "--department");
    }

    private static DepartmentReport read(Path file) {
        Validator.Validation v = new Validator(SchemaLoader.loadBuiltIn(), new ReadOptions(ReadLimits.defaults(), null),
                Messages.forLocale(Locale.JAPANESE)).validate(file, file.toString());
        assertThat(v.reports()).hasSize(1);
        return v.reports().get(0);
    }

    private static List<Indicator> indicators(DepartmentReport report) {
        return report.goals().stream().flatMap(g -> g.initiatives().stream()).flatMap(i -> i.items().stream())
                .flatMap(i -> i.indicators().stream()).toList();
    }
}
