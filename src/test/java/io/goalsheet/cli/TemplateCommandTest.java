package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goalsheet template show / check, a user's template over the built-in one, and config files that are no YAML. */
class TemplateCommandTest {

    private static final Path SEED = Path.of("samples/2025-09/政策企画部.xlsx");
    private static final Path BUILT_IN = Path.of("templates/priority-goals.report.yaml");

    @TempDir
    Path dir;

    private static String coverText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc).replaceAll("[\\s\\u3000]+", "");
        }
    }

    @Test
    void showPrintsTheBuiltInTemplateCommentedForCopying() throws IOException {
        CliRun show = CliRun.run("template", "show");
        assertThat(show.code).isZero();
        assertThat(show.out).isEqualTo(Files.readString(BUILT_IN));
        assertThat(show.out).contains("keep only the lines you", "organisation: null", "departmentOrder: []")
                .doesNotContain("上田市");
        // what it prints is a template, and so is any part of it
        Path copy = Files.writeString(dir.resolve("copy.yaml"), show.out);
        CliRun check = CliRun.run("template", "check", "--lang", "ja", copy.toString());
        assertThat(check.code).as(check.toString()).isZero();
        assertThat(check.out).contains("レポートテンプレートとして正しく読めました");
        assertThat(CliRun.run("--help").out).contains("template");
    }

    @Test
    void checkSaysWhereATemplateIsWrongWithExitTwo() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "organization: 松本市\npage:\n  size: B5\n");
        CliRun r = CliRun.run("template", "check", "--lang", "ja", broken.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("broken.yaml:1:1: 「organization」というキーはありません。「organisation」の誤りではありませんか")
                .contains("broken.yaml:3:3: size に「B5」は使えません")
                .contains("レポートテンプレートに 2 件の誤りがあります")
                .doesNotContain("Exception");
    }

    /** The one-line template end to end: the report is the built-in one with the city on its cover. */
    @Test
    void aOneLineTemplateNamesTheCityOnTheCoverOfTheBuiltInReport() throws IOException {
        Path oneLine = Files.writeString(dir.resolve("松本市.yaml"), "organisation: 松本市\n");
        Path pdf = dir.resolve("一覧表.pdf");
        CliRun r = CliRun.run(Map.of("SOURCE_DATE_EPOCH", "1759276800"), "report", "-q", "--template",
                oneLine.toString(), SEED.toString(), "-o", pdf.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(coverText(pdf)).contains("重点目標一覧表（中間報告）", "令和7年度（2025年度）", "1部局重点目標4件指標40件松本市作成日");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("松本市");
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight()); // the built-in A4 landscape kept
            assertThat(Math.round(box.getWidth())).isEqualTo(842);
        }
        // and without a template no city at all
        Path plain = dir.resolve("plain.pdf");
        assertThat(CliRun.run("report", "-q", SEED.toString(), "-o", plain.toString()).code).isZero();
        assertThat(coverText(plain)).contains("1部局重点目標4件指標40件作成日").doesNotContain("松本市", "上田市");
    }

    @Test
    void theExcelReportsTitleNamesTheCityOnlyWhenTheTemplateDoes() throws IOException {
        Path xlsx = dir.resolve("一覧表.xlsx");
        assertThat(CliRun.run("report", "-q", SEED.toString(), "-o", xlsx.toString()).code).isZero();
        assertThat(titleCell(xlsx)).isEqualTo("重点目標一覧表（中間報告）");
        Path oneLine = Files.writeString(dir.resolve("t.yaml"), "organisation: 松本市\n");
        assertThat(CliRun.run("report", "-q", "--template", oneLine.toString(), SEED.toString(), "-o", xlsx.toString())
                .code).isZero();
        assertThat(titleCell(xlsx)).isEqualTo("重点目標一覧表（中間報告）　松本市");
    }

    private static String titleCell(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheet("重点目標一覧表").getRow(0).getCell(0).getStringCellValue();
        }
    }

    @Test
    void withoutATemplateDepartmentsComeInInputOrder() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEED, in.resolve("b_政策企画部.xlsx"));
        io.goalsheet.testing.TestBook.standard("総務部", java.time.LocalDate.of(2025, 9, 30))
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標", null, null, null, null, null, "進捗", null)
                .write(in.resolve("a_総務部.xlsx"));
        Path out = dir.resolve("merged.xlsx");
        assertThat(CliRun.run("merge", "-q", in.toString(), "-o", out.toString()).code).isZero();
        try (InputStream s = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertThat(wb.getSheetName(2)).isEqualTo("総務部");
            assertThat(wb.getSheetName(3)).isEqualTo("政策企画部");
        }
        Path ordered = Files.writeString(dir.resolve("order.yaml"), "departmentOrder: [政策企画部]\n");
        assertThat(CliRun.run("merge", "-q", "--template", ordered.toString(), in.toString(), "-o", out.toString()).code)
                .isZero();
        try (InputStream s = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertThat(wb.getSheetName(2)).isEqualTo("政策企画部");
        }
    }

    /** An Excel workbook given as a schema or a template: what it is and what was expected, exit 2. */
    @Test
    void aWorkbookGivenAsAConfigurationFileIsNamedAsSuch() {
        CliRun schema = CliRun.run("validate", "--lang", "ja", "--schema", SEED.toString(), SEED.toString());
        assertThat(schema.code).isEqualTo(2);
        assertThat(schema.err).contains(SEED + ": このファイルは Excel のブックで、スキーマのファイルではありません")
                .contains("goalsheet schema show").doesNotContain("UTF-8 ではありません", "Exception");
        CliRun check = CliRun.run("schema", "check", "--lang", "en", SEED.toString());
        assertThat(check.code).isEqualTo(2);
        assertThat(check.err).contains("This file is an Excel workbook, not a schema file");
        CliRun template = CliRun.run("merge", "--lang", "ja", "--template", "samples/2025-09/上下水道局.xls", SEED.toString(),
                "-o", dir.resolve("x.xlsx").toString());
        assertThat(template.code).isEqualTo(2);
        assertThat(template.err).contains("Excel 97–2003 のブック（.xls）", "レポートテンプレートのファイルではありません",
                "goalsheet template show");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    /** The brief's scenario on the command line: two typos in a copy of the built-in schema are two findings. */
    @Test
    void schemaCheckReportsTheTwoTyposNotTheirConsequences() throws IOException {
        String schema = CliRun.run("schema", "show").out
                .replaceFirst("  - name: goalNo\n    title: 目標番号", "  - name: goalNo\n    titel: 目標番号")
                .replaceFirst("  - name: initiative\n", "  - name: initiatve\n");
        Path typo = Files.writeString(dir.resolve("typo.yaml"), schema);
        CliRun r = CliRun.run("schema", "check", "--lang", "ja", typo.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(3);
        assertThat(r.err).contains("typo.yaml:44:5: 「titel」というキーはありません。「title」の誤りではありませんか")
                .contains("typo.yaml:80:5: 列名「initiatve」は、使われている箇所では「initiative」と書かれています")
                .contains("スキーマに 2 件の誤りがあります");
    }

    @Test
    void brokenYamlIsExplainedInTheUsersLanguage() throws IOException {
        Path tab = Files.writeString(dir.resolve("tab.yaml"), "organisation: 松本市\npage:\n\tsize: A3\n");
        CliRun ja = CliRun.run("template", "check", "--lang", "ja", tab.toString());
        assertThat(ja.code).isEqualTo(2);
        assertThat(ja.err).contains("tab.yaml:3:1: タブ文字で字下げされています").doesNotContain("TAB", "token");
        CliRun en = CliRun.run("merge", "--lang", "en", "--template", tab.toString(), SEED.toString(), "-o",
                dir.resolve("x.xlsx").toString());
        assertThat(en.code).isEqualTo(2);
        assertThat(en.err).contains("tab.yaml:3:1: A tab is used for indentation");
    }
}
