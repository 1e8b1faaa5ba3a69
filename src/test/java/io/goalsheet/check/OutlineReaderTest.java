package io.goalsheet.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.goalsheet.check.Validator.Validation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Finding;
import io.goalsheet.model.IndicatorRow;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Severity;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.SchemaLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published layout (the 重点目標一覧表 as offices keep it), read into the same records as the entry table. */
class OutlineReaderTest {

    private static final Validator VALIDATOR =
            new Validator(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(), Messages.forLocale(Locale.ENGLISH));

    @TempDir
    Path dir;

    /** A sheet written cell by cell with POI, as a person would lay it out. */
    private static final class Sheet1 {
        final XSSFWorkbook wb = new XSSFWorkbook();
        final Sheet sheet = wb.createSheet("重点目標");

        Sheet1 put(int row, int col, Object value) {
            Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            if (value instanceof Number n) {
                r.createCell(col).setCellValue(n.doubleValue());
            } else {
                r.createCell(col).setCellValue((String) value);
            }
            return this;
        }

        Sheet1 row(int row, Object... values) {
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    put(row, c, values[c]);
                }
            }
            return this;
        }

        Sheet1 merge(int firstRow, int lastRow, int col) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, col, col));
            return this;
        }

        /** The usual top: title, 担当部局名, 年度 and 報告時点, the 【…】 heading. */
        Sheet1 top() {
            return row(0, "重点目標一覧表（中間報告調書）")
                    .row(2, "担当部局名", "総務部", "報告時点", "令和7年9月30日")
                    .row(3, "【令和7年度重点目標】");
        }
    }

    private Validation read(Sheet1 s) throws IOException {
        Path file = dir.resolve("book.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            s.wb.write(out);
        }
        return VALIDATOR.validate(file, "book.xlsx");
    }

    private static List<Finding> findings(Validation v) {
        return v.result().findings();
    }

    private static List<IndicatorRow> rows(Validation v) {
        assertThat(v.reports()).hasSize(1);
        return v.reports().get(0).goals().stream().flatMap(g -> g.rows().stream()).toList();
    }

    private static final String HEADER_TARGET = "期限・数値目標等";

    /** One row per goal, the mark in its own column, the goal's number in front of its title. */
    private static Sheet1 table() {
        return new Sheet1().top()
                .row(4, "重点目標", "具体的な重点取組項目（箇条書き）", HEADER_TARGET, "進捗状況・進捗度", "各部署の自己評価")
                .row(5, "1 行政改革の推進",
                        "① 業務の見直し\n(1) 窓口業務の改善\n(2) 電子申請の拡大\n② 職員の育成\n・研修の実施",
                        "①\n(1) 待ち時間の短縮\n(2) 電子申請 40件→100件\n②\n研修 2回",
                        "①\n(1) 窓口を再編（7/1）\n(2) 電子申請 40件→70件\n②\n研修 1回実施",
                        "○")
                .row(6, "2 情報発信",
                        "① 広報の充実\n(1) SNSの活用",
                        "①\n(1)\n・LINE友だち登録者数 17,913人→20,000人\n・YouTubeアカウント登録者数 6,861人→7,400人",
                        "①\n(1)\n・LINE友だち登録者数 17,913人→19,175人（9月30日現在）\n・YouTubeアカウント登録者数 6,861人→7,150人（9月30日現在）",
                        "△");
    }

    @Test
    void aTableWithAMarkColumnGivesOneRecordPerAlignedUnit() throws IOException {
        Validation v = read(table());
        assertThat(findings(v)).isEmpty();
        DepartmentReport d = v.reports().get(0);
        assertThat(d.department()).isEqualTo("総務部");
        assertThat(d.fiscalYear()).isEqualTo(2025);
        assertThat(d.asOf()).hasToString("2025-09-30");
        assertThat(d.reportKind()).isEqualTo("中間報告");
        assertThat(d.goals()).extracting(g -> g.number(), g -> g.title(), g -> g.evaluation())
                .containsExactly(tuple(1, "行政改革の推進", "○"), tuple(2, "情報発信", "△"));
        assertThat(rows(v)).extracting(r -> r.initiative().number(), r -> r.initiative().title(), r -> r.item().number(),
                        r -> r.item().title(), r -> r.indicator().target(), r -> r.indicator().progress())
                .containsExactly(
                        tuple(1, "業務の見直し", 1, "窓口業務の改善", "待ち時間の短縮", "窓口を再編（7/1）"),
                        tuple(1, "業務の見直し", 2, "電子申請の拡大", "電子申請 40件→100件", "電子申請 40件→70件"),
                        tuple(2, "職員の育成", null, "研修の実施", "研修 2回", "研修 1回実施"),
                        tuple(1, "広報の充実", 1, "SNSの活用", "LINE友だち登録者数 17,913人→20,000人",
                                "LINE友だち登録者数 17,913人→19,175人（9月30日現在）"),
                        tuple(1, "広報の充実", 1, "SNSの活用", "YouTubeアカウント登録者数 6,861人→7,400人",
                                "YouTubeアカウント登録者数 6,861人→7,150人（9月30日現在）"));
    }

    @Test
    void arrowsGiveTheNumbersAndTheProgressRateIsComputed() throws IOException {
        List<IndicatorRow> rows = rows(read(table()));
        IndicatorRow line = rows.get(3);
        assertThat(line.indicator().baseline()).isEqualTo(17913.0);
        assertThat(line.indicator().targetValue()).isEqualTo(20000.0);
        assertThat(line.indicator().actual()).isEqualTo(19175.0);
        assertThat(line.indicator().unit()).isEqualTo("人");
        assertThat(line.indicator().progressRate()).isCloseTo(60.47, org.assertj.core.data.Offset.offset(0.01));
        assertThat(line.indicator().progressComputed()).isTrue();
        assertThat(rows.get(1).indicator().progressRate()).isEqualTo(50.0);
        // a line without an arrow is text only
        assertThat(rows.get(0).indicator().hasNumbers()).isFalse();
        assertThat(rows.get(2).indicator().targetValue()).isNull();
    }

    @Test
    void anInvalidDateIsReportedAtItsCellAndLine() throws IOException {
        Sheet1 s = table();
        s.put(6, 3, "①\n(1)\n・LINE友だち登録者数 17,913人→19,175人（9月31日現在）\n・YouTube 6,861人→7,150人（9月30日現在）");
        assertThat(findings(read(s))).extracting(Finding::severity, Finding::code, Finding::cell, Finding::line,
                        Finding::value)
                .containsExactly(tuple(Severity.ERROR, "invalid-date", "D7", 3,
                        "LINE友だち登録者数 17,913人→19,175人（9月31日現在）"));
        assertThat(findings(read(s)).get(0).place(true)).isEqualTo("重点目標!D7, 3行目");
        assertThat(findings(read(s)).get(0).place(false)).isEqualTo("重点目標!D7, line 3");
    }

    /**
     * A line of 期限 and a date with its year, as the Excel report writes an indicator's deadline, is
     * the deadline and not part of the target; any other line starting with 期限 is text.
     */
    @Test
    void aDeadlineLineIsTheIndicatorsDeadline() throws IOException {
        Sheet1 s = table();
        s.put(5, 2, "①\n(1) 待ち時間の短縮\n期限 令和8年3月31日\n(2) 電子申請 40件→100件\n期限：2026/1/15\n②\n研修 2回\n期限までに実施");
        Validation v = read(s);
        assertThat(findings(v)).isEmpty();
        assertThat(rows(v)).extracting(r -> r.indicator().target(), r -> r.indicator().deadline())
                .startsWith(tuple("待ち時間の短縮", LocalDate.of(2026, 3, 31)),
                        tuple("電子申請 40件→100件", LocalDate.of(2026, 1, 15)),
                        tuple("研修 2回\n期限までに実施", null));
        assertThat(rows(v).get(1).indicator().targetValue()).isEqualTo(100.0);

        // checked as the deadline it is: a day that does not exist, a day outside the fiscal year
        s.put(5, 2, "①\n(1) 待ち時間の短縮\n期限 令和8年2月30日\n(2) 電子申請 40件→100件\n期限 2027/3/31\n②\n研修 2回");
        assertThat(findings(read(s))).extracting(Finding::severity, Finding::code, Finding::cell, Finding::line, Finding::field)
                .containsExactly(tuple(Severity.ERROR, "invalid-date", "C6", 3, "deadline"),
                        tuple(Severity.WARNING, "out-of-period", "C6", 5, "deadline"));
    }

    @Test
    void aMarkerTheInitiativesDoNotHaveIsAnErrorAndAMissingOneAWarning() throws IOException {
        Sheet1 s = table();
        s.put(5, 2, "①\n(1) 待ち時間の短縮\n(2) 電子申請 40件→100件\n②\n研修 2回\n③\n予備");
        s.put(5, 3, "①\n(1) 窓口を再編（7/1）\n②\n研修 1回実施");
        assertThat(findings(read(s))).extracting(Finding::severity, Finding::code, Finding::cell, Finding::line)
                .containsExactly(
                        tuple(Severity.ERROR, "outline-mismatch", "C6", 6),
                        tuple(Severity.WARNING, "outline-mismatch", "D6", 2)); // (2) missing after line 2
    }

    @Test
    void theMarkBesideTheGoalsTitleAndALeadingLabelAreNotPartOfTheTitle() throws IOException {
        Sheet1 s = new Sheet1().top()
                .row(4, "重点目標", "行政改革の推進", "各部署の自己評価", "〇")
                .row(5, null, "具体的な重点取組項目", HEADER_TARGET, "進捗状況")
                .row(6, 1, "① 業務の見直し", "① 窓口の再編", "① 7月に再編")
                .row(7, "重点目標", "情報発信の強化", "各部署の自己評価", "◎")
                .row(8, 2, "① 広報の充実", "① 記事の充実", "① 特集を掲載")
                .row(9, 3, "重点目標 市民協働の推進\n各部署の自己評価 ×\n① 協働事業", "① 10事業", "① 4事業");
        Validation v = read(s);
        assertThat(findings(v)).isEmpty();
        assertThat(v.reports().get(0).goals()).extracting(g -> g.number(), g -> g.title(), g -> g.evaluation())
                .containsExactly(tuple(1, "行政改革の推進", "○"), tuple(2, "情報発信の強化", "◎"),
                        tuple(3, "市民協働の推進", "×"));
    }

    @Test
    void aGoalsNumberIsItsOwnWordNotTheStartOfItsTitle() throws IOException {
        Sheet1 s = table();
        s.put(6, 0, "1日1回の情報発信");
        assertThat(read(s).reports().get(0).goals()).extracting(g -> g.number(), g -> g.title())
                .containsExactly(tuple(1, "行政改革の推進"), tuple(2, "1日1回の情報発信"));
        s.put(6, 0, "② 情報発信");
        assertThat(read(s).reports().get(0).goals()).extracting(g -> g.number(), g -> g.title())
                .containsExactly(tuple(1, "行政改革の推進"), tuple(2, "情報発信"));
    }

    @Test
    void textBeforeTheFirstInitiativeIsWarnedAboutAndKeptWithIt() throws IOException {
        Sheet1 s = table();
        s.put(5, 1, "業務全般\n① 業務の見直し\n(1) 窓口業務の改善\n(2) 電子申請の拡大\n② 職員の育成\n・研修の実施");
        Validation v = read(s);
        assertThat(findings(v)).extracting(Finding::severity, Finding::code, Finding::cell, Finding::line)
                .containsExactly(tuple(Severity.WARNING, "outline-mismatch", "B6", 1));
        assertThat(rows(v).get(0).initiative().title()).isEqualTo("業務全般\n業務の見直し");
    }

    @Test
    void aGoalAsABlockOfMergedRowsReadsAsOneGoal() throws IOException {
        Sheet1 s = new Sheet1().top()
                .row(4, "重点目標", "具体的な重点取組項目", HEADER_TARGET, "進捗状況", "自己評価")
                .row(5, "1 行政改革の推進", "① 業務の見直し\n(1) 窓口業務の改善", "待ち時間の短縮", "窓口を再編", "○")
                .row(6, null, "(2) 電子申請の拡大", "電子申請 40件→100件", "電子申請 40件→70件")
                .row(7, null, "② 職員の育成", "研修 2回", "研修 1回")
                .merge(5, 7, 0).merge(5, 7, 4)
                .row(8, "2 情報発信", "① 広報の充実", "記事の充実", "特集を掲載", "△");
        Validation v = read(s);
        assertThat(findings(v)).isEmpty();
        assertThat(rows(v)).extracting(r -> r.goal().number(), r -> r.initiative().number(), r -> r.item().number(),
                        r -> r.indicator().target(), r -> r.indicator().row())
                .containsExactly(tuple(1, 1, 1, "待ち時間の短縮", 6), tuple(1, 1, 2, "電子申請 40件→100件", 7),
                        tuple(1, 2, null, "研修 2回", 8), tuple(2, 1, null, "記事の充実", 9));
    }

    /** The Excel report's layout: a band per goal, the header under it, both repeated where a goal goes on over a page. */
    private static Sheet1 continued(String againLabel) {
        String header = "具体的な重点取組項目（箇条書き）";
        Sheet1 s = new Sheet1().top()
                .row(4, "重点目標 1", "行政改革の推進", null, "各部署の自己評価", "○")
                .row(5, "重点目標", header, HEADER_TARGET, "進捗状況・進捗度")
                .row(6, 1, "① 業務の見直し", "①", "①")
                .row(7, null, "(1) 窓口業務の改善", "(1) 待ち時間の短縮", "(1) 窓口を再編（7/1）")
                .row(8, againLabel, "行政改革の推進", null, "各部署の自己評価", "○")
                .row(9, "重点目標", header, HEADER_TARGET, "進捗状況・進捗度")
                .row(10, 1, "(2) 電子申請の拡大", "(2) 電子申請 40件→100件", "(2) 電子申請 40件→70件")
                .row(11, null, "② 職員の育成\n研修の実施", "② 研修 2回", "② 研修 1回実施")
                .row(12, "重点目標 2", "情報発信", null, "各部署の自己評価", "△")
                .row(13, "重点目標", header, HEADER_TARGET, "進捗状況・進捗度")
                .row(14, 2, "① 広報の充実", "① 記事の充実", "① 特集を掲載")
                .merge(6, 7, 0).merge(10, 11, 0);
        for (int r : new int[] {4, 8, 12}) {
            s.sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
        }
        return s;
    }

    @Test
    void aBandMarkedContinuedGoesOnWithTheGoalBeforeIt() throws IOException {
        Validation v = read(continued("重点目標 1（続き）"));
        assertThat(findings(v)).isEmpty();
        assertThat(v.reports().get(0).goals()).extracting(g -> g.number(), g -> g.title(), g -> g.evaluation())
                .containsExactly(tuple(1, "行政改革の推進", "○"), tuple(2, "情報発信", "△"));
        assertThat(rows(v)).extracting(r -> r.goal().number(), r -> r.initiative().number(), r -> r.item().number(),
                        r -> r.item().title(), r -> r.indicator().target(), r -> r.indicator().progress())
                .containsExactly(
                        tuple(1, 1, 1, "窓口業務の改善", "待ち時間の短縮", "窓口を再編（7/1）"),
                        tuple(1, 1, 2, "電子申請の拡大", "電子申請 40件→100件", "電子申請 40件→70件"),
                        tuple(1, 2, null, "研修の実施", "研修 2回", "研修 1回実施"),
                        tuple(2, 1, null, null, "記事の充実", "特集を掲載"));
        // 「（続き）」 in the title instead of the label says the same
        Sheet1 s = continued("重点目標 1");
        s.put(8, 1, "行政改革の推進（続き）");
        assertThat(read(s).reports().get(0).goals()).hasSize(2);
        assertThat(findings(read(s))).isEmpty();
    }

    @Test
    void withoutContinuedTheRepeatedBandIsAGoalOfItsOwn() throws IOException {
        // read as a goal of its own, its (2) has no ① to belong to (and once made the reader fail)
        Validation v = read(continued("重点目標 1"));
        assertThat(findings(v)).extracting(Finding::severity, Finding::code, Finding::cell)
                .containsExactly(tuple(Severity.ERROR, "outline-mismatch", "C11"),
                        tuple(Severity.ERROR, "outline-mismatch", "D11"));
    }

    @Test
    void aBandsLabelGivesTheNumberOfAGoalWhoseCellHasNone() throws IOException {
        Sheet1 s = continued("重点目標 1（続き）");
        s.sheet.getRow(6).removeCell(s.sheet.getRow(6).getCell(0));
        s.sheet.getRow(10).removeCell(s.sheet.getRow(10).getCell(0));
        s.put(12, 0, "重点目標 5");
        s.sheet.getRow(14).removeCell(s.sheet.getRow(14).getCell(0));
        Validation v = read(s);
        assertThat(v.reports().get(0).goals()).extracting(g -> g.number(), g -> g.title())
                .containsExactly(tuple(1, "行政改革の推進"), tuple(5, "情報発信"));
    }

    @Test
    void requiredValuesAreStillRequired() throws IOException {
        Sheet1 s = table();
        s.put(5, 3, "");
        s.sheet.getRow(6).removeCell(s.sheet.getRow(6).getCell(4));
        assertThat(findings(read(s))).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("required", "D6"), tuple("required", "E7"));
    }

    @Test
    void theSeedAsPublishedGivesOneErrorAndTheMarkersItLost() throws IOException {
        Validation v = VALIDATOR.validate(Path.of("samples/invalid/政策企画部_一覧表_原本.xlsx"), "原本.xlsx");
        assertThat(findings(v)).extracting(Finding::severity, Finding::code, Finding::cell, Finding::line)
                .containsExactly(
                        tuple(Severity.WARNING, "outline-mismatch", "D8", 10),
                        tuple(Severity.WARNING, "outline-mismatch", "D14", 14),
                        tuple(Severity.ERROR, "invalid-date", "D14", 9));
        assertThat(v.result().department()).isEqualTo("政策企画部");
    }

    @Test
    void theSeedSavedByLibreOfficeReadsLikeTheOriginal() {
        Validation original = VALIDATOR.validate(Path.of("samples/invalid/政策企画部_一覧表_原本.xlsx"), "原本.xlsx");
        Validation saved = VALIDATOR.validate(
                Path.of("src/test/resources/io/goalsheet/read/published/政策企画部_libreoffice.xlsx"), "原本.xlsx");
        // LibreOffice splits texts into runs by script and rewrites styles and widths: the same findings, the same records
        assertThat(findings(saved)).isEqualTo(findings(original));
        assertThat(rows(saved)).hasSameSizeAs(rows(original));
        for (int i = 0; i < rows(original).size(); i++) {
            IndicatorRow a = rows(saved).get(i);
            IndicatorRow e = rows(original).get(i);
            assertThat(a.goal().title()).isEqualTo(e.goal().title());
            assertThat(a.initiative().title()).isEqualTo(e.initiative().title());
            assertThat(a.item().title()).isEqualTo(e.item().title());
            assertThat(a.indicator()).isEqualTo(e.indicator());
        }
    }

    @Test
    void theFixedSeedReadsWithNoFindingAndTheNumbersOfLine() throws IOException {
        Validation v = VALIDATOR.validate(Path.of("samples/published/政策企画部.xlsx"), "政策企画部.xlsx");
        assertThat(findings(v)).isEmpty();
        DepartmentReport d = v.reports().get(0);
        assertThat(d.goals()).hasSize(4);
        assertThat(d.goals().get(0).initiatives()).hasSize(7);
        // the same indicators as the seed transcribed into the entry layout (whose texts differ in line breaks only)
        DepartmentReport entry = VALIDATOR.validate(Path.of("samples/2025-09/政策企画部.xlsx"), "e.xlsx").reports().get(0);
        java.util.function.Function<DepartmentReport, List<String>> keys = r -> r.goals().stream()
                .flatMap(g -> g.rows().stream())
                .map(x -> x.goal().number() + "/" + x.initiative().number() + "/" + x.item().number() + " " + x.item().title())
                .toList();
        assertThat(keys.apply(d)).hasSize(40).isEqualTo(keys.apply(entry));
        IndicatorRow line = d.goals().get(3).rows().stream()
                .filter(r -> r.indicator().target().startsWith("LINE")).findFirst().orElseThrow();
        assertThat(line.indicator().progressRate()).isCloseTo(60.47, org.assertj.core.data.Offset.offset(0.01));
    }

    /** The seed as a table (mark column) and as merged blocks of rows reads like the seed's own shape. */
    @Test
    void theSeedInEveryShapeGivesTheSameRecords() throws IOException {
        List<IndicatorRow> seed = rows(VALIDATOR.validate(Path.of("samples/published/政策企画部.xlsx"), "seed.xlsx"));
        for (var shape : List.of(io.goalsheet.testing.PublishedSheet.table(), io.goalsheet.testing.PublishedSheet.blocks())) {
            Path file = shape.save(dir.resolve("shape.xlsx"));
            Validation v = VALIDATOR.validate(file, "shape.xlsx");
            // these shapes are the table alone, with no labels above it
            assertThat(findings(v)).extracting(Finding::code, Finding::message)
                    .allMatch(t -> t.toList().get(0).equals("metadata-missing")).hasSize(2);
            List<IndicatorRow> read = rows(v);
            assertThat(read).hasSameSizeAs(seed);
            for (int i = 0; i < seed.size(); i++) {
                assertThat(read.get(i).goal().title()).isEqualTo(seed.get(i).goal().title());
                assertThat(read.get(i).goal().evaluation()).isEqualTo(seed.get(i).goal().evaluation());
                assertThat(read.get(i).initiative().title()).isEqualTo(seed.get(i).initiative().title());
                assertThat(read.get(i).item().number()).isEqualTo(seed.get(i).item().number());
                assertThat(read.get(i).item().title()).isEqualTo(seed.get(i).item().title());
                assertThat(read.get(i).indicator().target()).isEqualTo(seed.get(i).indicator().target());
                assertThat(read.get(i).indicator().progress()).isEqualTo(seed.get(i).indicator().progress());
                assertThat(read.get(i).indicator().actual()).isEqualTo(seed.get(i).indicator().actual());
            }
        }
    }

    @Test
    void anEntryWorkbookIsStillReadAsOne() {
        Validation v = VALIDATOR.validate(Path.of("samples/2025-09/政策企画部.xlsx"), "政策企画部.xlsx");
        assertThat(findings(v)).isEmpty();
        assertThat(v.reports().get(0).goals()).hasSize(4);
    }
}
