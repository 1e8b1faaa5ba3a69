package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.goalsheet.check.Validator;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.IndicatorRow;
import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.SchemaLoader;
import io.goalsheet.testing.TestBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel report is itself a published-layout sheet: last year's published table is next year's input. */
class ReportRoundTripTest {

    private static final Validator VALIDATOR =
            new Validator(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(), Messages.forLocale(Locale.ENGLISH));

    @TempDir
    Path dir;

    @Test
    void theExcelReportReadsBackWithTheSameRecords() throws IOException {
        Path report = dir.resolve("一覧表.xlsx");
        CliRun r = CliRun.run("report", "samples/2025-09", "-o", report.toString());
        assertThat(r.code).as(r.toString()).isZero();

        Validator.Validation back = VALIDATOR.validate(report, "一覧表.xlsx");
        assertThat(back.result().findings()).isEmpty();
        List<DepartmentReport> original = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples/2025-09"))) {
            for (Path f : files.sorted().toList()) {
                original.addAll(VALIDATOR.validate(f, f.toString()).reports());
            }
        }
        assertSameRecords(back.reports(), original);
        // what it read: goals in bands with their marks, one goal printed over two pages
        List<String> labels = columnA(report);
        assertThat(labels).contains("重点目標 1", "重点目標 1（続き）");
        assertThat(texts(report)).contains("各部署の自己評価");
    }

    /** One goal longer than a page (its band and header repeated, 「（続き）」) and a file left out reads back the same. */
    @Test
    void aGoalOverSeveralPagesAndALeftOutFileReadBackTheSame() throws IOException {
        TestBook book = TestBook.standard("総務部", LocalDate.of(2025, 9, 30));
        String progress = "各課からの実績及び評価を基にヒアリングを実施し、進捗状況に併せてロードマップを修正中。"
                + "審議会へ諮りホームページでの公開を予定。\n・庁内の調整会議を2回開催\n・関係団体からの意見聴取を実施";
        for (int ini = 1; ini <= 3; ini++) {
            for (int item = 1; item <= 6; item++) {
                boolean first = ini == 1 && item == 1;
                book.indicator(first ? 1 : null, first ? "行政改革の推進と効率的で質の高い行政運営の確立" : null, first ? "○" : null,
                        item == 1 ? ini : null, item == 1 ? "業務の見直し その" + ini : null, item,
                        "窓口業務の改善 " + ini + "-" + item, "研修の実施 " + item + "回", 10, 20, 10 + item, "回", null,
                        progress, null);
            }
        }
        // an item of two indicators, each with its figures
        book.indicator(2, "情報発信", "△", 1, "広報の充実", 1, "SNSの活用", "LINE友だち登録者数", 17913, 20000, 19175, "人", null,
                "LINE友だち登録者数 17,913人→19,175人（9月30日現在）", null);
        book.indicator(null, null, null, null, null, 1, "SNSの活用", "YouTubeアカウント登録者数", 6861, 7400, 7150, "人", null,
                "YouTubeアカウント登録者数 6,861人→7,150人（9月30日現在）", 53.6);
        Path input = book.write(dir.resolve("総務部.xlsx"));
        Path broken = Path.of("samples/invalid/財政部_目標値に文字.xlsx");
        Path report = dir.resolve("一覧表.xlsx");
        CliRun r = CliRun.run("report", "--skip-invalid", input.toString(), broken.toString(), "-o", report.toString());
        assertThat(r.code).as(r.toString()).isZero();

        Validator.Validation back = VALIDATOR.validate(report, "一覧表.xlsx");
        assertThat(back.result().findings()).isEmpty();
        assertSameRecords(back.reports(), VALIDATOR.validate(input, input.toString()).reports());
        List<String> labels = columnA(report);
        assertThat(labels).containsSubsequence("重点目標 1", "重点目標 1（続き）", "重点目標 1（続き）", "重点目標 2");
        assertThat(labels).doesNotContain("重点目標 2（続き）");
        assertThat(texts(report)).contains("1部局は検証エラーのため除外（シート「除外したファイル」を参照）");
    }

    private static void assertSameRecords(List<DepartmentReport> back, List<DepartmentReport> original) {
        assertThat(back).extracting(DepartmentReport::department)
                .containsExactlyInAnyOrderElementsOf(original.stream().map(DepartmentReport::department).toList());
        for (DepartmentReport read : back) {
            DepartmentReport was = original.stream().filter(o -> o.department().equals(read.department())).findFirst()
                    .orElseThrow();
            assertThat(read.fiscalYear()).isEqualTo(was.fiscalYear());
            assertThat(read.asOf()).as(read.department()).isEqualTo(was.asOf());
            assertThat(read.reportKind()).isEqualTo(was.reportKind());
            List<IndicatorRow> a = rows(read);
            List<IndicatorRow> e = rows(was);
            assertThat(a).as(read.department()).hasSameSizeAs(e);
            for (int i = 0; i < e.size(); i++) {
                IndicatorRow x = a.get(i);
                IndicatorRow y = e.get(i);
                String where = read.department() + " #" + (i + 1);
                assertThat(x.goal().number()).as(where).isEqualTo(y.goal().number());
                assertThat(x.goal().title()).as(where).isEqualTo(y.goal().title());
                assertThat(x.goal().evaluation()).as(where).isEqualTo(y.goal().evaluation());
                assertThat(x.initiative().number()).as(where).isEqualTo(y.initiative().number());
                assertThat(x.initiative().title()).as(where).isEqualTo(y.initiative().title());
                assertThat(x.item().number()).as(where).isEqualTo(y.item().number());
                assertThat(x.item().title()).as(where).isEqualTo(y.item().title());
                assertThat(x.indicator().target()).as(where).isEqualTo(y.indicator().target());
                assertThat(x.indicator().progress()).as(where).isEqualTo(y.indicator().progress());
                assertThat(x.indicator().baseline()).as(where).isEqualTo(y.indicator().baseline());
                assertThat(x.indicator().targetValue()).as(where).isEqualTo(y.indicator().targetValue());
                assertThat(x.indicator().actual()).as(where).isEqualTo(y.indicator().actual());
                assertThat(x.indicator().unit()).as(where).isEqualTo(y.indicator().unit());
                assertThat(x.indicator().deadline()).as(where).isEqualTo(y.indicator().deadline());
                assertThat(x.indicator().progressComputed()).as(where).isEqualTo(y.indicator().progressComputed());
                if (y.indicator().progressRate() != null) {
                    assertThat(x.indicator().progressRate()).as(where).isCloseTo(y.indicator().progressRate(), within(0.05));
                }
            }
        }
    }

    /** Column A of the report sheet, top to bottom (text cells). */
    private static List<String> columnA(Path report) throws IOException {
        List<String> out = new ArrayList<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(report))) {
            for (var row : wb.getSheet("重点目標一覧表")) {
                var c = row.getCell(0);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    /** Every text of the report sheet. */
    private static List<String> texts(Path report) throws IOException {
        List<String> out = new ArrayList<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(report))) {
            for (var row : wb.getSheet("重点目標一覧表")) {
                for (var c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        out.add(c.getStringCellValue());
                    }
                }
            }
        }
        return out;
    }

    private static List<IndicatorRow> rows(DepartmentReport d) {
        return d.goals().stream().flatMap(g -> g.rows().stream()).toList();
    }
}
