package io.goalsheet.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's template is read over the built-in one: it names only what it changes. */
class ReportTemplateLoaderTest {

    private static final ReportTemplate BUILT_IN = ReportTemplateLoader.loadBuiltIn();

    @TempDir
    Path dir;

    private static List<SchemaProblem> problems(String yaml) {
        try {
            ReportTemplateLoader.parse(yaml, "t.yaml", null);
        } catch (SchemaException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void theBuiltInTemplateNamesNoCityAndListsDepartmentsInInputOrder() {
        assertThat(BUILT_IN.organisation()).isNull();
        assertThat(BUILT_IN.departmentOrder()).isEmpty();
        assertThat(BUILT_IN.title("中間報告")).isEqualTo("重点目標一覧表（中間報告）");
        assertThat(BUILT_IN.withOrganisation("重点目標一覧表")).isEqualTo("重点目標一覧表");
        assertThat(ReportTemplateLoader.builtInText()).doesNotContain("上田市");
    }

    @Test
    void aOneLineTemplateChangesThatLineAndKeepsEveryOther() throws SchemaException {
        ReportTemplate t = ReportTemplateLoader.parse("organisation: 松本市\n", "t.yaml", null);
        assertThat(t.organisation()).isEqualTo("松本市");
        assertThat(t.withOrganisation("重点目標一覧表")).isEqualTo("重点目標一覧表　松本市");
        assertThat(t).usingRecursiveComparison().ignoringFields("organisation").isEqualTo(BUILT_IN);
    }

    @Test
    void nestedMappingsMergeKeyByKeyAndListsReplace() throws SchemaException {
        ReportTemplate t = ReportTemplateLoader.parse("""
                departmentOrder: [総務部, 政策企画部]
                page:
                  marginsMm: {top: 30}
                columns: {goal: 40}
                font: {size: 10}
                """, "t.yaml", null);
        assertThat(t.departmentOrder()).containsExactly("総務部", "政策企画部");
        assertThat(t.page()).isEqualTo(new ReportTemplate.Page("A4", true, 30, 12, 10, 10));
        ReportTemplate.Columns built = BUILT_IN.columns();
        assertThat(t.columns()).isEqualTo(new ReportTemplate.Columns(40, built.initiative(), built.target(), built.progress()));
        assertThat(t.fontSize()).isEqualTo(10);
        assertThat(t.fontFile()).isNull();
        assertThat(t.title()).isEqualTo(BUILT_IN.title());
        assertThat(t.goalsHeading()).isEqualTo(BUILT_IN.goalsHeading());
        // a list given replaces the other's, whatever it held
        ReportTemplate again = ReportTemplateLoader.parse("departmentOrder: [財政部]\n", "t.yaml", null);
        assertThat(again.departmentOrder()).containsExactly("財政部");
    }

    @Test
    void anEmptyTemplateAndAnEmptySectionAreTheBuiltInTemplate() throws SchemaException {
        assertThat(ReportTemplateLoader.parse("# nothing changed\n{}\n", "t.yaml", null)).isEqualTo(BUILT_IN);
        assertThat(ReportTemplateLoader.parse("page:\nfont:\n", "t.yaml", null)).isEqualTo(BUILT_IN);
    }

    @Test
    void unknownKeysAreStillRefusedWithTheirLineAndColumn() {
        assertThat(problems("organisation: 松本市\npage:\n  colour: red\n  size: A3\n"))
                .extracting(SchemaProblem::key, SchemaProblem::line, SchemaProblem::column, p -> p.args().get(0))
                .containsExactly(tuple("schema.unknown-key", 3, 3, "colour"));
        // a misspelt key is named as the key it misses, and its value is checked as that key's
        assertThat(problems("organization: 松本市\npage:\n  marginsMm: {top: 15, lft: 99}\n"))
                .extracting(SchemaProblem::key, SchemaProblem::line, SchemaProblem::column, p -> p.args().get(0))
                .containsExactly(
                        tuple("schema.misspelt-key", 1, 1, "organization"),
                        tuple("schema.misspelt-key", 3, 24, "lft"),
                        tuple("schema.out-of-range", 3, 24, "left"));
    }

    @Test
    void aValueCanBeChangedNotRemoved() {
        assertThat(problems("title:\ngoalsHeading: ''\npage: {size: null}\ncolumns: {goal: null}\n"))
                .extracting(SchemaProblem::key, SchemaProblem::line, p -> p.args().get(0))
                .containsExactly(
                        tuple("template.empty-value", 1, "title"),
                        tuple("template.empty-value", 2, "goalsHeading"),
                        tuple("template.empty-value", 3, "size"),
                        tuple("template.empty-value", 4, "goal"));
    }

    @Test
    void valuesAreCheckedWhereTheUserWroteThem() {
        assertThat(problems("""
                onTrack: soon
                page:
                  size: B5
                  orientation: sideways
                  marginsMm: {top: 70}
                columns: {goal: 0, target: abc}
                font: {size: 30, file: none.ttf}
                departmentOrder: [総務部, 総務部]
                title: {kind}
                """)).extracting(SchemaProblem::key, SchemaProblem::line).containsExactly(
                        tuple("schema.unknown-value", 1),
                        tuple("schema.unknown-value", 3),
                        tuple("schema.unknown-value", 4),
                        tuple("schema.out-of-range", 5),
                        tuple("schema.out-of-range", 6),
                        tuple("schema.expected-number", 6),
                        tuple("schema.out-of-range", 7),
                        tuple("template.font-unreadable", 7),
                        tuple("schema.duplicate-name", 8),
                        tuple("schema.expected-text-braces", 9));
    }

    @Test
    void aFontIsFoundBesideTheTemplate() throws Exception {
        Path font = Files.write(dir.resolve("my.ttf"), new byte[] {0, 1, 0, 0});
        Path file = Files.writeString(dir.resolve("layout.yaml"), "font: {file: my.ttf}\n");
        assertThat(ReportTemplateLoader.load(file).fontFile()).isEqualTo(font.toAbsolutePath());
    }

    @Test
    void theWordingOfTemplateProblemsReadsWhole() {
        var en = io.goalsheet.model.Messages.forLocale(java.util.Locale.ENGLISH);
        var ja = io.goalsheet.model.Messages.forLocale(java.util.Locale.JAPANESE);
        List<SchemaProblem> p = problems("title: ''\nfont: {file: none.ttf}\n");
        assertThat(p).extracting(x -> en.get(x.key(), x.args().toArray())).containsExactly(
                "\"title\" cannot be empty; give a value, or leave the key out to keep the built-in template's",
                "There is no font file \"none.ttf\" (a relative path is taken from the template's folder)");
        assertThat(ja.get(p.get(0).key(), p.get(0).args().toArray()))
                .isEqualTo("「title」は空にできません。値を書くか、キーごと消して組み込みのテンプレートの値を使ってください");
    }

    @Test
    void theSamplesTemplateIsTheSampleCitysNameAndOrder() throws SchemaException {
        ReportTemplate t = ReportTemplateLoader.load(Path.of("samples/上田市.report.yaml"));
        assertThat(t.organisation()).isEqualTo("上田市");
        assertThat(t.departmentOrder()).hasSize(13).startsWith("政策企画部", "総務部", "財政部").endsWith("教育委員会");
        assertThat(t).usingRecursiveComparison().ignoringFields("organisation", "departmentOrder").isEqualTo(BUILT_IN);
    }

    @Test
    void aWorkbookGivenAsATemplateIsNamedAsSuch() {
        assertThatThrownBy(() -> ReportTemplateLoader.load(Path.of("samples/2025-09/政策企画部.xlsx")))
                .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(e.problems())
                        .extracting(SchemaProblem::key, p -> p.args().get(0))
                        .containsExactly(tuple("config.excel-workbook", 1)));
    }
}
