package io.goalsheet.render.findings;

import static io.goalsheet.render.findings.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Severity;
import io.goalsheet.model.ValidationReport;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    @Test
    void japaneseGolden() {
        assertThat(render("text", Locale.JAPANESE)).isEqualTo("""
                2025-09/市民生活部.xlsx
                  エラー  2025-09/市民生活部.xlsx  unreadable  ファイルを開けません。壊れているか、Excel ブックではありません

                2025-09/政策企画部.xlsx 「政策企画部」
                  エラー  2025-09/政策企画部.xlsx:重点目標!M41  invalid-date  「9月31日」は存在しない日付です
                    値: LINE友だち登録者数 17,913人→19,175人（9月31日現在）
                  警告  2025-09/政策企画部.xlsx:重点目標!D45  sequence  取組番号が②を飛ばして①から③になっています
                    値: ③

                2025-09/総務部.xlsx 「総務部」
                  OK

                3 ファイルを検証: 1 件が有効、2 件にエラー（エラー 2 件、警告 1 件）
                """);
    }

    @Test
    void englishGoldenPadsOnlyAsciiSeverityWords() {
        assertThat(render("text", Locale.ENGLISH)).isEqualTo("""
                2025-09/市民生活部.xlsx
                  error    2025-09/市民生活部.xlsx  unreadable  The file cannot be opened: it is damaged or not an Excel workbook

                2025-09/政策企画部.xlsx (政策企画部)
                  error    2025-09/政策企画部.xlsx:重点目標!M41  invalid-date  9月31日 (September 31) does not exist
                    value: LINE友だち登録者数 17,913人→19,175人（9月31日現在）
                  warning  2025-09/政策企画部.xlsx:重点目標!D45  sequence  Initiative numbers go from ① to ③, skipping ②
                    value: ③

                2025-09/総務部.xlsx (総務部)
                  OK

                Checked 3 files: 1 valid, 2 with errors (2 errors, 1 warning)
                """);
    }

    @Test
    void noAnsiCodesWithoutColour() {
        assertThat(render("text", Locale.JAPANESE)).doesNotContain("\u001B");
        assertThat(render("text", Locale.ENGLISH)).doesNotContain("\u001B");
    }

    @Test
    void coloursOnlyWhenAsked() {
        RenderContext ctx = new RenderContext(Locale.JAPANESE, true, false, false, null);
        String out = render("text", Fixtures.report(Locale.JAPANESE, false), ctx);
        assertThat(out)
                .contains("\u001B[31mエラー\u001B[0m")
                .contains("\u001B[33m警告\u001B[0m")
                .contains("\u001B[32mOK\u001B[0m")
                .contains("\u001B[2m値: ③\u001B[0m");
    }

    @Test
    void quietLeavesOutFilesWithoutFindings() {
        RenderContext ctx = new RenderContext(Locale.JAPANESE, false, false, true, null);
        String out = render("text", Fixtures.report(Locale.JAPANESE, false), ctx);
        assertThat(out).doesNotContain("総務部").doesNotContain("OK")
                .contains("2025-09/政策企画部.xlsx:重点目標!M41")
                .endsWith("3 ファイルを検証: 1 件が有効、2 件にエラー（エラー 2 件、警告 1 件）\n");
    }

    @Test
    void strictSummarySaysWarningsCount() {
        RenderContext ja = new RenderContext(Locale.JAPANESE, false, true, false, null);
        RenderContext en = new RenderContext(Locale.ENGLISH, false, true, false, null);
        assertThat(render("text", Fixtures.report(Locale.JAPANESE, true), ja))
                .endsWith("3 ファイルを検証: 1 件が有効、2 件にエラーまたは警告（エラー 2 件、警告 1 件）\n");
        assertThat(render("text", Fixtures.report(Locale.ENGLISH, true), en))
                .endsWith("Checked 3 files: 1 valid, 2 with errors or warnings (2 errors, 1 warning)\n");
    }

    @Test
    void englishSingularAndPlural() {
        Finding error = new Finding(Severity.ERROR, "required", "a.xlsx", "重点目標", "N12", 12,
                "N", "progress", null, "進捗状況 is empty");
        ValidationReport one = new ValidationReport("priority-goals",
                List.of(new FileResult("a.xlsx", "総務部", List.of(error))), false);
        assertThat(render("text", one, Fixtures.context(Locale.ENGLISH)))
                .endsWith("Checked 1 file: 0 valid, 1 with errors (1 error, 0 warnings)\n");
        ValidationReport none = new ValidationReport("priority-goals", List.of(), false);
        assertThat(render("text", none, Fixtures.context(Locale.ENGLISH)))
                .isEqualTo("Checked 0 files: 0 valid, 0 with errors (0 errors, 0 warnings)\n");
    }

    @Test
    void noValueLineWithoutValue() {
        Finding error = new Finding(Severity.ERROR, "required", "a.xlsx", "重点目標", "N12", 12,
                "N", "progress", null, "「進捗状況」が入力されていません");
        ValidationReport report = new ValidationReport("priority-goals",
                List.of(new FileResult("a.xlsx", "総務部", List.of(error))), false);
        assertThat(render("text", report, Fixtures.context(Locale.JAPANESE))).doesNotContain("値:");
    }

    @Test
    void cellTextCannotBreakLinesOrSendEscapes() {
        Finding f = new Finding(Severity.ERROR, "type", "a.xlsx", "重点目標", "K9", 9, "K",
                "actual", "12\r\n\u001B[2J34\t件", "数値ではありません");
        ValidationReport report = new ValidationReport("priority-goals",
                List.of(new FileResult("a.xlsx", null, List.of(f))), false);
        String out = render("text", report, Fixtures.context(Locale.JAPANESE));
        assertThat(out).contains("    値: 12↵\uFFFD[2J34 件\n").doesNotContain("\u001B");
    }
}
