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

class GithubRendererTest {

    @Test
    void golden() {
        assertThat(render("github", Locale.JAPANESE)).isEqualTo("""
                ::error file=2025-09/市民生活部.xlsx,title=unreadable::ファイルを開けません。壊れているか、Excel ブックではありません
                ::error file=2025-09/政策企画部.xlsx,line=41,col=13,title=invalid-date 重点目標!M41::「9月31日」は存在しない日付です（値: LINE友だち登録者数 17,913人→19,175人（9月31日現在））
                ::warning file=2025-09/政策企画部.xlsx,line=45,col=4,title=sequence 重点目標!D45::取組番号が②を飛ばして①から③になっています（値: ③）
                3 ファイルを検証: 1 件が有効、2 件にエラー（エラー 2 件、警告 1 件）
                """);
    }

    @Test
    void escapesDataAndProperties() {
        Finding f = new Finding(Severity.ERROR, "maximum", "提出,2025:9/政策企画部.xlsx",
                "集計,9月", "K9", 9, "K", "progressRate", "120%",
                "進捗度 120% は上限 100% を超えています, 確認: 実績値\r\n目標値");
        ValidationReport report = new ValidationReport("priority-goals",
                List.of(new FileResult(f.file(), "政策企画部", List.of(f))), false);
        String first = render("github", report, Fixtures.context(Locale.ENGLISH)).lines()
                .findFirst().orElseThrow();
        assertThat(first).isEqualTo("::error file=提出%2C2025%3A9/政策企画部.xlsx,line=9,col=11,"
                + "title=maximum 集計%2C9月!K9::"
                + "進捗度 120%25 は上限 100%25 を超えています, 確認: 実績値%0D%0A目標値 (value: 120%25)");
    }

    @Test
    void escapingFunctions() {
        assertThat(GithubRenderer.data("50%, a:b\nc\rd")).isEqualTo("50%25, a:b%0Ac%0Dd");
        assertThat(GithubRenderer.property("50%, a:b\nc\rd")).isEqualTo("50%25%2C a%3Ab%0Ac%0Dd");
        assertThat(GithubRenderer.data("\u001B[31m")).isEqualTo("\uFFFD[31m");
    }

    @Test
    void fileLevelFindingHasNoLineOrColumn() {
        String out = render("github", Locale.ENGLISH);
        assertThat(out.lines().findFirst().orElseThrow())
                .startsWith("::error file=2025-09/市民生活部.xlsx,title=unreadable::")
                .doesNotContain("line=").doesNotContain("col=");
    }

    @Test
    void backslashesBecomeSlashesAndSummaryIsPlain() {
        Finding f = new Finding(Severity.WARNING, "unknown-column", "2025-09\\総務部.xlsx",
                "重点目標", null, null, null, null, "備考", "定義されていない列です");
        ValidationReport report = new ValidationReport("priority-goals",
                List.of(new FileResult(f.file(), "総務部", List.of(f))), false);
        List<String> lines = render("github", report, Fixtures.context(Locale.ENGLISH)).lines().toList();
        assertThat(lines).containsExactly(
                "::warning file=2025-09/総務部.xlsx,title=unknown-column 重点目標::定義されていない列です (value: 備考)",
                "Checked 1 file: 1 valid, 0 with errors (0 errors, 1 warning)");
    }
}
