package io.goalsheet.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.goalsheet.check.Validator.Validation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Severity;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.SchemaLoader;
import io.goalsheet.testing.TestBook;
import io.goalsheet.testing.TestBook.Formula;
import io.goalsheet.testing.TestBook.Percent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of one workbook against the built-in schema, one behaviour per test. */
class ValidatorTest {

    private static final String G1 = "次期総合計画の策定";
    private static final String I1 = "第三次上田市総合計画策定推進";

    @TempDir
    Path dir;

    private final Validator validator =
            new Validator(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(), Messages.forLocale(Locale.JAPANESE));

    private Validation validate(TestBook book) throws IOException {
        Path file = book.write(dir.resolve("book.xlsx"));
        return validator.validate(file, "book.xlsx");
    }

    private static List<Finding> findings(Validation v) {
        return v.result().findings();
    }

    /** A valid goal with two initiatives; extra rows are appended by tests. */
    private static TestBook valid() {
        return TestBook.standard()
                .indicator(1, G1, "○", "①", I1, "(1)", "パブリックコメント実施・反映", "計画案の周知と意見集約・反映",
                        null, null, null, null, null, "パブリックコメント実施（3/17～4/16）", null)
                .indicator(1, G1, "○", "①", I1, "(2)", "審議会の実施", "審議会の開催（2回）",
                        null, 2, 2, "回", null, "全体会2回 8/7最終答申", null)
                .indicator(1, G1, "○", "②", "統計調査の実施", null, null, "国勢調査等",
                        17913, 20000, 19175, "人", LocalDate.of(2026, 3, 31), "9月末までに配布予定", null);
    }

    @Test
    void aValidWorkbookHasNoFindingsAndGivesTheGoalTree() throws IOException {
        Validation v = validate(valid());
        assertThat(findings(v)).isEmpty();
        assertThat(v.result().department()).isEqualTo("政策企画部");
        DepartmentReport r = v.reports().get(0);
        assertThat(r.fiscalYear()).isEqualTo(2025);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(r.reportKind()).isEqualTo("中間報告");
        assertThat(r.goals()).hasSize(1);
        assertThat(r.goals().get(0).evaluation()).isEqualTo("○");
        assertThat(r.goals().get(0).initiatives()).extracting(i -> i.number()).containsExactly(1, 2);
        assertThat(r.goals().get(0).initiatives().get(0).items()).extracting(i -> i.number()).containsExactly(1, 2);
        var indicator = r.goals().get(0).initiatives().get(1).items().get(0).indicators().get(0);
        assertThat(indicator.progressRate()).isCloseTo(60.47, org.assertj.core.data.Offset.offset(0.01));
        assertThat(indicator.progressComputed()).isTrue();
        assertThat(indicator.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void mergedAndRepeatedGroupCellsReadTheSame() throws IOException {
        TestBook merged = TestBook.standard()
                .indicator(1, G1, "○", 1, I1, 1, "細目A", "目標A", null, null, null, null, null, "進捗A", null)
                .indicator(null, null, null, null, null, 2, "細目B", "目標B", null, null, null, null, null, "進捗B", null)
                .indicator(null, null, null, 2, "取組2", null, null, "目標C", null, null, null, null, null, "進捗C", null)
                .mergeDown("目標番号", 0, 2).mergeDown("重点目標", 0, 2).mergeDown("自己評価", 0, 2)
                .mergeDown("取組番号", 0, 1).mergeDown("具体的な重点取組項目", 0, 1);
        TestBook blank = TestBook.standard()
                .indicator(1, G1, "○", 1, I1, 1, "細目A", "目標A", null, null, null, null, null, "進捗A", null)
                .indicator(null, null, null, null, null, 2, "細目B", "目標B", null, null, null, null, null, "進捗B", null)
                .indicator(null, null, null, 2, "取組2", null, null, "目標C", null, null, null, null, null, "進捗C", null);
        Validation a = validate(merged);
        Validation b = validator.validate(blank.write(dir.resolve("blank.xlsx")), "blank.xlsx");
        assertThat(findings(a)).isEmpty();
        assertThat(findings(b)).isEmpty();
        assertThat(a.reports().get(0).goals()).isEqualTo(b.reports().get(0).goals());
        assertThat(a.reports().get(0).goals().get(0).initiatives()).hasSize(2);
    }

    @Test
    void anImpossibleDateInProgressTextIsReportedAtItsCell() throws IOException {
        Validation v = validate(valid().indicator(1, G1, "○", "③", "広報", "(1)", "SNS", "LINE友だち登録者数 17,913人→20,000人",
                17913, 20000, 19175, "人", null, "LINE友だち登録者数 17,913人→19,175人（9月31日現在）", null));
        assertThat(findings(v)).extracting(Finding::code, Finding::cell, Finding::field, Finding::message)
                .containsExactly(tuple("invalid-date", "N8", "progress", "「9月31日」は存在しない日付です"));
        assertThat(findings(v).get(0).value()).isEqualTo("LINE友だち登録者数 17,913人→19,175人（9月31日現在）");
        assertThat(findings(v).get(0).row()).isEqualTo(8);
        assertThat(findings(v).get(0).column()).isEqualTo("N");
    }

    @Test
    void textInANumberColumnIsATypeError() throws IOException {
        Validation v = validate(valid().indicator(1, G1, "○", "③", "広報", null, null, "登録者数",
                null, "2万人", 19175, "人", null, "増加", null));
        assertThat(findings(v)).extracting(Finding::code, Finding::cell, Finding::value)
                .containsExactly(tuple("type", "J8", "2万人"));
    }

    @Test
    void fullWidthDigitsTriangleNegativesAndLookalikeMarksAreAccepted() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator("１", G1, "〇", "①", I1, "（１）", "細目", "目標", "▲５", "１０５", "６１", "件", "R8.3.31",
                        "進捗", "６０％"));
        assertThat(findings(v)).isEmpty();
        var goal = v.reports().get(0).goals().get(0);
        assertThat(goal.number()).isEqualTo(1);
        assertThat(goal.evaluation()).isEqualTo("○");
        var ind = goal.initiatives().get(0).items().get(0).indicators().get(0);
        assertThat(ind.baseline()).isEqualTo(-5.0);
        assertThat(ind.targetValue()).isEqualTo(105.0);
        assertThat(ind.actual()).isEqualTo(61.0);
        assertThat(ind.progressRate()).isEqualTo(60.0);
        assertThat(ind.progressComputed()).isFalse();
        assertThat(ind.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aMarkNotInTheListIsAnEnumError() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, "◇", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", null));
        assertThat(findings(v)).extracting(Finding::code, Finding::cell).containsExactly(tuple("enum", "C5"));
        assertThat(findings(v).get(0).message()).contains("◎、○、△、×");
    }

    @Test
    void aGoalTitleThatDiffersBetweenRowsIsInconsistent() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(2, "スマートシティ化推進", "○", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", null)
                .indicator(2, "スマートシティの推進", "○", 2, "取組2", null, null, "目標", null, null, null, null, null, "進捗", null));
        assertThat(findings(v)).extracting(Finding::code, Finding::cell)
                .contains(tuple("inconsistent", "B6"));
        Finding f = findings(v).stream().filter(x -> x.code().equals("inconsistent")).findFirst().orElseThrow();
        assertThat(f.message()).contains("目標番号 2").contains("B5").contains("スマートシティ化推進");
    }

    @Test
    void titlesThatDifferOnlyInWidthOrSpacesAreTheSame() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, "ＤＸの推進　と 実装", "○", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", null)
                .indicator(1, "DXの推進 と 実装", "○", 2, "取組2", null, null, "目標", null, null, null, null, null, "進捗", null));
        assertThat(findings(v)).isEmpty();
    }

    @Test
    void numberingThatSkipsOrGoesBackIsASequenceWarning() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, "○", "①", I1, null, null, "目標", null, null, null, null, null, "進捗", null)
                .indicator(1, G1, "○", "③", "取組3", null, null, "目標", null, null, null, null, null, "進捗", null)
                .indicator(1, G1, "○", "②", "取組2", null, null, "目標", null, null, null, null, null, "進捗", null));
        assertThat(findings(v)).extracting(Finding::severity, Finding::code, Finding::cell)
                .containsExactly(tuple(Severity.WARNING, "sequence", "D6"), tuple(Severity.WARNING, "sequence", "D7"));
    }

    @Test
    void theSameIndicatorTwiceIsADuplicate() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, "○", 1, I1, 1, "細目", "目標A", null, null, null, null, null, "進捗", null)
                .indicator(1, G1, "○", 1, I1, 1, "細目", "目標A", null, null, null, null, null, "進捗その2", null));
        assertThat(findings(v)).extracting(Finding::code, Finding::cell).containsExactly(tuple("duplicate", "H6"));
        assertThat(findings(v).get(0).message()).contains("5 行目");
    }

    @Test
    void requiredCellsAndTheOncePerGoalEvaluation() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, null, 1, I1, null, null, null, null, null, null, null, null, "進捗", null)
                .indicator(2, "目標2", "△", 1, "取組", null, null, "目標", null, null, null, null, null, null, null));
        assertThat(findings(v)).extracting(Finding::code, Finding::cell)
                .containsExactlyInAnyOrder(tuple("required", "H5"), tuple("required", "N6"), tuple("required", "C5"));
    }

    @Test
    void formulaErrorsAndFormulasWithoutASavedValue() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, "○", 1, I1, null, null, "目標", null, new Formula("1/0", "#DIV/0!"), 3, "回", null, "進捗", null)
                .indicator(1, G1, "○", 2, "取組2", null, null, "目標", null, 10, new Formula("A1*2", null), "回", null, "進捗", null)
                .indicator(1, G1, "○", 3, "取組3", null, null, "目標", null, 10, new Formula("5+5", 10), "回", null, "進捗", null));
        assertThat(findings(v)).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("formula-error", "J5"), tuple("formula-error", "K6"));
        assertThat(v.reports().get(0).goals().get(0).initiatives().get(2).items().get(0).indicators().get(0).actual())
                .isEqualTo(10.0);
    }

    @Test
    void anEnteredProgressRateFarFromTheComputedOneIsAWarning() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, "○", 1, I1, null, null, "LINE", 17913, 20000, 19175, "人", null, "進捗", 60.5)
                .indicator(1, G1, "○", 2, "取組2", null, null, "YouTube", 6861, 7400, 7150, "人", null, "進捗", new Percent(0.9)));
        assertThat(findings(v)).extracting(Finding::severity, Finding::code, Finding::cell)
                .containsExactly(tuple(Severity.WARNING, "progress-mismatch", "O6"));
        assertThat(findings(v).get(0).message()).contains("90").contains("53.6");
    }

    @Test
    void aDeadlineOutsideTheFiscalYearIsAWarningAndAnImpossibleOneAnError() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, LocalDate.of(2027, 3, 31), "進捗", null)
                .indicator(1, G1, "○", 2, "取組2", null, null, "目標", null, null, null, null, "令和7年2月30日", "進捗", null));
        assertThat(findings(v)).extracting(Finding::severity, Finding::code, Finding::cell)
                .containsExactly(tuple(Severity.WARNING, "out-of-period", "M5"), tuple(Severity.ERROR, "invalid-date", "M6"));
    }

    /** yyyymmdd as a number or as text is a date in the date fields only: 報告時点, 期限; 目標値 20250930 stays a number. */
    @Test
    void eightDigitDatesAreDatesInDateFieldsOnly() throws IOException {
        Validation v = validate(new TestBook()
                .top("重点目標 進捗報告")
                .top("担当部局名", "政策企画部", null, "年度", "令和7年度")
                .top("報告時点", 20250930, null, "報告区分", "中間報告")
                .indicator(1, G1, "○", 1, I1, null, null, "登録者", null, 20250930, null, "人", 20260331, "進捗", null)
                .indicator(1, G1, "○", 2, "取組2", null, null, "目標", null, "20250930", null, null, "20260331", "進捗", null));
        assertThat(findings(v)).isEmpty();
        DepartmentReport r = v.reports().get(0);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
        var indicators = r.goals().get(0).initiatives().stream().map(i -> i.items().get(0).indicators().get(0)).toList();
        assertThat(indicators).extracting(i -> i.deadline()).containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31));
        assertThat(indicators).extracting(i -> i.targetValue()).containsExactly(20250930.0, 20250930.0);
    }

    @Test
    void anEightDigitDayThatDoesNotExistIsAnInvalidDate() throws IOException {
        Validation v = validate(new TestBook()
                .top("重点目標 進捗報告")
                .top("担当部局名", "政策企画部", null, "年度", "令和7年度")
                .top("報告時点", 20250931, null, "報告区分", "中間報告")
                .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, "20260229", "進捗", null)
                .indicator(1, G1, "○", 2, "取組2", null, null, "目標", null, null, null, null, 20251301, "進捗", null));
        assertThat(findings(v)).extracting(Finding::code, Finding::message).containsExactly(
                tuple("invalid-date", "「20250931」は存在しない日付です"),
                tuple("invalid-date", "「20260229」は存在しない日付です"),
                tuple("invalid-date", "「20251301」は存在しない日付です"));
    }

    @Test
    void progressRateOutOfRange() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", 250));
        assertThat(findings(v)).extracting(Finding::code, Finding::cell).containsExactly(tuple("maximum", "O5"));
    }

    @Test
    void aMissingRequiredColumnAndAnUnknownOne() throws IOException {
        List<String> header = new java.util.ArrayList<>(TestBook.HEADER);
        header.set(header.indexOf("進捗状況"), "備考");
        Validation v = validate(TestBook.standard().header(header)
                .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, null, "メモ", null));
        assertThat(findings(v)).extracting(Finding::severity, Finding::code, Finding::cell)
                .containsExactly(tuple(Severity.ERROR, "column-missing", null), tuple(Severity.WARNING, "unknown-column", "N4"));
        assertThat(findings(v).get(0).message()).contains("進捗状況");
    }

    @Test
    void columnsInAnotherOrderAfterExtraTitleRows() throws IOException {
        List<String> header = new java.util.ArrayList<>(TestBook.HEADER);
        java.util.Collections.reverse(header);
        // reversed: 進捗度 進捗状況 期限 単位 実績値 目標値 基準値 期限・数値目標等 細目 細目番号 取組… 目標番号
        TestBook book = new TestBook().top("令和7年度").top("重点目標一覧表（中間報告調書）").top()
                .top(null, null, "担当部局名：健康こども未来部")
                .top("年度", null, "R7", null, "報告時点", "R7.9.30")
                .header(header)
                .row(null, "進捗", null, null, null, null, null, "目標", null, null, I1, 1, "○", G1, 1);
        Validation v = validate(book);
        assertThat(findings(v)).isEmpty();
        assertThat(v.result().department()).isEqualTo("健康こども未来部");
        assertThat(v.reports().get(0).asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    /** The value after a label in the same cell starts after every space and colon between them, of either width. */
    @Test
    void aDepartmentAfterItsLabelInOneCell() throws IOException {
        for (String cell : new String[] {"担当部局名：健康こども未来部", "担当部局名 ： 健康こども未来部",
                "担当部局名:\u3000健康こども未来部", "担当部局名\t 健康こども未来部"}) {
            Validation v = validate(new TestBook().top("重点目標 進捗報告").top(cell, null, null, "年度", "令和7年度")
                    .top("報告時点", LocalDate.of(2025, 9, 30), null, "報告区分", "中間報告")
                    .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", null));
            assertThat(findings(v)).as(cell).isEmpty();
            assertThat(v.result().department()).as(cell).isEqualTo("健康こども未来部");
        }
    }

    @Test
    void metadataMissingAndNoHeaderAtAll() throws IOException {
        Validation v = validate(new TestBook().top("年度", "令和7年度").top("報告時点", "2025/9/30")
                .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", null));
        assertThat(findings(v)).extracting(Finding::code).containsExactly("metadata-missing");

        Path other = new TestBook().header(List.of("氏名", "住所")).row("上田", "長野県").write(dir.resolve("other.xlsx"));
        Validation none = validator.validate(other, "other.xlsx");
        assertThat(findings(none)).extracting(Finding::code, Finding::sheet).containsExactly(tuple("sheet-missing", null));
    }

    /** A blank 担当部局名 (or one of only U+3000) is required, not the next label 年度 read as the department. */
    @Test
    void aBlankMetadataValueIsRequiredNotTheNextLabel() throws IOException {
        for (Object blank : new Object[] {null, "\u3000"}) {
            Validation v = validate(new TestBook().top("重点目標 進捗報告").top("担当部局名", blank, null, "年度", "令和7年度")
                    .top("報告時点", null, null, "報告区分", "中間報告")
                    .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", null));
            assertThat(findings(v)).extracting(Finding::code, Finding::cell, Finding::field)
                    .containsExactly(tuple("required", "B2", "department"), tuple("required", "B3", "asOf"));
            assertThat(v.result().department()).isNull();
        }
        // a department typed beside its label is still read, and 年度：令和7年度 in one cell is a label too
        Validation inline = validate(new TestBook().top("担当部局名", "総務部", "年度：令和7年度")
                .top("報告時点", LocalDate.of(2025, 9, 30), null, "報告区分", "中間報告")
                .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", null));
        assertThat(findings(inline)).isEmpty();
        assertThat(inline.result().department()).isEqualTo("総務部");
    }

    /** 400 digits, or 1 and 309 zeros, are beyond a double: not a number, never Infinity added up or divided by. */
    @Test
    void aNumberBeyondADoubleIsATypeError() throws IOException {
        String huge = "1" + "0".repeat(309);
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, "○", 1, I1, null, null, "LINE", 17913, huge, 19175, "人", null, "進捗", null)
                .indicator(1, G1, "○", 2, "取組2", null, null, "件数", null, "9".repeat(400), 5, "件", null, "進捗", null));
        assertThat(findings(v)).extracting(Finding::code, Finding::cell).containsExactly(tuple("type", "J5"), tuple("type", "J6"));
    }

    /**
     * A computed 進捗度 beyond 200 either way is a warning at the 実績値 it came from (each number may be
     * right); one below zero by less is a result still under its baseline, and passes.
     */
    @Test
    void aComputedProgressRateBeyondTheFieldsMaximumIsAWarning() throws IOException {
        Validation v = validate(TestBook.standard()
                .indicator(1, G1, "○", 1, I1, null, null, "件数", 100, 100.000001, 200, "件", null, "進捗", null)
                .indicator(1, G1, "○", 2, "取組2", null, null, "件数", 100, 120, 90, "件", null, "進捗", null)
                .indicator(1, G1, "○", 3, "取組3", null, null, "件数", null, 10, 15, "件", null, "進捗", null)
                .indicator(1, G1, "○", 4, "取組4", null, null, "件数", 100, 110, 50, "件", null, "進捗", null)
                .indicator(1, G1, "○", 5, "取組5", null, null, "件数", null, 2, 5, "回", null, "進捗", null));
        assertThat(findings(v)).extracting(Finding::severity, Finding::code, Finding::cell)
                .containsExactly(tuple(Severity.WARNING, "maximum", "K5"), tuple(Severity.WARNING, "maximum", "K8"),
                        tuple(Severity.WARNING, "maximum", "K9"));
        assertThat(findings(v).get(0).message()).contains("1.00e+10").contains("200");
        assertThat(findings(v).get(1).message()).contains("-500");
        assertThat(findings(v).get(2).message()).contains("250");
    }

    @Test
    void anUnreadableFileIsOneFileLevelFinding() throws IOException {
        Path bad = dir.resolve("bad.xlsx");
        java.nio.file.Files.writeString(bad, "目標番号,重点目標\n1,テスト\n");
        Validation v = validator.validate(bad, "bad.xlsx");
        assertThat(findings(v)).extracting(Finding::code, Finding::file, Finding::sheet)
                .containsExactly(tuple("unreadable", "bad.xlsx", null));
        assertThat(findings(v).get(0).message()).contains("CSV");
    }

    /** Findings of several checks on several rows: row by row while reading, then check by check. */
    private static TestBook mixedFindings() {
        return TestBook.standard()
                .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", null)
                .indicator(1, "別の目標", "○", 3, "取組3", null, null, null, null, null, null, null, null, "9月31日に開催", null)
                .indicator(1, G1, "○", 1, I1, null, null, "目標", null, null, null, null, null, "進捗", null)
                .indicator(1, G1, "○", 4, "取組4", null, null, "LINE", 17913, 20000, 19175, "人", null, "進捗", 90);
    }

    @Test
    void findingsComeOutInTheOrderOfTheChecksThenOfTheRows() throws IOException {
        assertThat(findings(validate(mixedFindings()))).extracting(Finding::code, Finding::cell).containsExactly(
                tuple("invalid-date", "N6"),
                tuple("required", "H6"),
                tuple("inconsistent", "B6"),
                tuple("sequence", "D6"), tuple("sequence", "D7"), tuple("sequence", "D8"),
                tuple("duplicate", "H7"),
                tuple("progress-mismatch", "O8"));
    }

    @Test
    void aFindingsOnlyValidatorGivesTheSameFindingsAndNoGoalTree() throws IOException {
        Path file = mixedFindings().write(dir.resolve("book.xlsx"));
        Validation full = validator.validate(file, "book.xlsx");
        Validation lean = Validator.findingsOnly(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(),
                Messages.forLocale(Locale.JAPANESE)).validate(file, "book.xlsx");
        assertThat(lean.result()).isEqualTo(full.result());
        assertThat(lean.result().department()).isEqualTo("政策企画部");
        assertThat(full.reports()).hasSize(1);
        assertThat(lean.reports()).isEmpty();
    }

    @Test
    void aFindingsOnlyValidatorStillReportsAWorkbookWithoutTheTable() throws IOException {
        Path other = new TestBook().header(List.of("氏名", "住所")).row("上田", "長野県").write(dir.resolve("other.xlsx"));
        Validation v = Validator.findingsOnly(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(),
                Messages.forLocale(Locale.JAPANESE)).validate(other, "other.xlsx");
        assertThat(findings(v)).extracting(Finding::code).containsExactly("sheet-missing");
    }

    @Test
    void groupsAreComparedAlikeOnASheetWithMoreDistinctTitlesThanAreKeptFolded() throws IOException {
        TestBook book = TestBook.standard();
        int goals = 1500;
        for (int g = 1; g <= goals; g++) {
            String wide = String.valueOf(g).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                    .reduce("", String::concat);
            book.indicator(g, "目標" + g + "の推進", "○", 1, "取組", null, null, "指標" + g + "a", null, null, null, null,
                    null, "進捗", null);
            book.indicator(g, g == goals ? "目標" + g + "の見直し" : "目標" + wide + "の推進", null, 2, "取組2", null, null,
                    "指標" + g + "b", null, null, null, null, null, "進捗", null);
        }
        assertThat(findings(validate(book))).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("inconsistent", "B" + book.excelRow(2 * goals - 1)));
    }

    @Test
    void aSheetLargeEnoughToBeReadOnTwoThreadsGivesItsFindingsInRowOrderAndEveryRow() throws IOException {
        int n = SheetChecker.PARALLEL_ROWS + 2_500;
        int repeated = n - 701; // in the sixth block, read ahead while the fifth is checked across rows
        TestBook book = TestBook.standard();
        List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            int g = i / 4 + 1;
            int detail = i == repeated ? i % 4 : i % 4 + 1;
            boolean badNumber = i % 1500 == 11;
            boolean badDate = i % 1000 == 7 || i == n - 1;
            // goal 2's title is one merged cell over its four rows
            String title = g == 2 && i % 4 != 0 ? null : "目標" + g;
            book.indicator(g, title, i % 4 == 0 ? "○" : null, 1, "取組", detail, "細目" + i, "指標" + i, null,
                    badNumber ? "多数" : null, null, null, null, badDate ? "9月31日に開催" : "進捗" + i, null);
            if (badNumber) {
                expected.add(tuple("type", "J" + book.excelRow(i)));
            }
            if (badDate) {
                expected.add(tuple("invalid-date", "N" + book.excelRow(i)));
            }
        }
        book.mergeDown("重点目標", 4, 7);
        Validation v = validate(book);

        java.util.Set<String> acrossRows = java.util.Set.of("duplicate", "sequence", "inconsistent");
        assertThat(findings(v)).filteredOn(f -> !acrossRows.contains(f.code()))
                .extracting(Finding::code, Finding::cell).containsExactlyElementsOf(expected);
        // the checks across rows saw every block in order: the repeated number makes one detail with two titles
        assertThat(findings(v)).filteredOn(f -> acrossRows.contains(f.code()))
                .extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("inconsistent", "G" + book.excelRow(repeated)));
        List<io.goalsheet.model.IndicatorRow> rows = v.reports().get(0).rows();
        assertThat(rows).hasSize(n);
        assertThat(rows.get(5).goal().title()).isEqualTo("目標2");
        assertThat(rows.get(n - 1).indicator().target()).isEqualTo("指標" + (n - 1));
    }
}
