package io.goalsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Item;
import io.goalsheet.schema.ReportTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report read back with PDFBox: content, fonts, outline, metadata, layout rules, determinism. */
class PdfReportTest {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private static Consolidation seed;
    private static byte[] pdf;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() {
        seed = Reports.seed();
        pdf = Reports.render(seed);
    }

    private static String squeeze(String s) {
        return SPACE.matcher(s).replaceAll("");
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    private static String text(PDDocument doc) throws IOException {
        return text(doc, 1, doc.getNumberOfPages());
    }

    /** Every text of the input: department, goals, initiatives, sub-items, targets and progress, line by line. */
    private static List<String> inputTexts(Consolidation c) {
        List<String> texts = new ArrayList<>();
        for (DepartmentReport d : c.departments()) {
            texts.add(d.department());
            for (Goal g : d.goals()) {
                texts.add(g.title());
                for (Initiative i : g.initiatives()) {
                    texts.add(i.title());
                    for (Item item : i.items()) {
                        if (item.title() != null) {
                            texts.add(item.title());
                        }
                        for (Indicator ind : item.indicators()) {
                            texts.addAll(List.of(ind.target().split("\n")));
                            texts.addAll(List.of(ind.progress().split("\n")));
                        }
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void containsEveryDepartmentGoalInitiativeTargetAndProgressOfTheInput() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = squeeze(text(doc));
            List<String> texts = inputTexts(seed);
            assertThat(texts).hasSizeGreaterThan(100);
            for (String t : texts) {
                assertThat(all).as("the report shows %s", t).contains(squeeze(t));
            }
        }
    }

    @Test
    void rebuildsTheNumberingAndShowsFiguresAndProgress() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = squeeze(text(doc));
            assertThat(all).contains("①第三次上田市総合計画（R8～）策定推進", "(1)パブリックコメント実施・反映",
                    "(1)計画案の周知と意見集約・反映", "⑦SDGsの着実な推進", "(2)職員へのSDGs理念の普及・啓発");
            // the LINE indicator: numbers as entered, the figures, and 進捗度 computed from them
            assertThat(all).contains("LINE友だち登録者数17,913人→20,000人",
                    "基準値17,913人→目標値20,000人/実績値19,175人", "進捗度60.5%（計算値）");
            assertThat(all).contains("重点目標1", "各部署の自己評価○", "具体的な重点取組項目（箇条書き）", "期限・数値目標等",
                    "進捗状況・進捗度", "【令和7年度重点目標】", "担当部局名政策企画部");
        }
    }

    @Test
    void coverAndSummary() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String cover = squeeze(text(doc, 1, 1));
            assertThat(cover).contains("重点目標一覧表（中間報告）", "令和7年度（2025年度）",
                    "報告時点令和7年9月30日（2025年9月30日）", "作成日令和7年10月1日（2025年10月1日）");
            // the built-in template names no city: the scope line is followed by the date it was made
            assertThat(cover).contains("1部局重点目標4件指標40件作成日").doesNotContain("上田市");
            String summary = squeeze(text(doc, 2, 2));
            assertThat(summary).contains("集計", "担当部局名重点目標数◎○△×指標数数値のある指標順調な指標平均進捗度",
                    "政策企画部404004011", "合計404004011", "自己評価の内訳（重点目標数）");
        }
    }

    @Test
    void theChartIsVectorGraphicsInTheReportFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources res = doc.getPage(1).getResources();
            List<PDFormXObject> forms = new ArrayList<>();
            for (COSName name : res.getXObjectNames()) {
                if (res.getXObject(name) instanceof PDFormXObject form) {
                    forms.add(form);
                }
            }
            PDFormXObject chart = forms.stream().filter(f -> f.getBBox().getWidth() > 300).findFirst().orElseThrow();
            String ops = new String(chart.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(ops).contains(" l\n", "\nf\n"); // bars as filled paths
            assertThat(chart.getResources().getFontNames()).isNotEmpty();
            assertThat(squeeze(text(doc, 2, 2))).contains("政策企画部", "◎", "×");
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubsetOfIPAexGothic() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertOnlyIPAexGothic(doc);
        }
    }

    /** No base-14 or other font anywhere: page resources and the forms they draw (chart, page count). */
    private static void assertOnlyIPAexGothic(PDDocument doc) throws IOException {
        Set<String> fonts = new HashSet<>();
        Set<Object> seen = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            collectFonts(page.getResources(), fonts, seen);
        }
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+IPAexGothic embedded"));
    }

    private static void collectFonts(PDResources res, Set<String> out, Set<Object> seen) throws IOException {
        if (res == null || !seen.add(res.getCOSObject())) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            PDFont font = res.getFont(name);
            boolean embedded = font.isEmbedded()
                    && (!(font instanceof PDType0Font t0) || t0.getDescendantFont().isEmbedded());
            out.add(font.getName() + (embedded ? " embedded" : " NOT embedded"));
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            assertThat(x).as("no bitmap anywhere").isNotInstanceOf(PDImageXObject.class);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out, seen);
            }
        }
    }

    @Test
    void bookmarksForEveryDepartmentAndGoal() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> top = new ArrayList<>();
            List<String> goals = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                assertThat(item.findDestinationPage(doc)).as(item.getTitle()).isNotNull();
                for (PDOutlineItem child : item.children()) {
                    goals.add(child.getTitle());
                    PDPage page = child.findDestinationPage(doc);
                    assertThat(squeeze(text(doc, doc.getPages().indexOf(page) + 1, doc.getPages().indexOf(page) + 1)))
                            .as("the page of %s", child.getTitle()).contains(squeeze(child.getTitle()).substring(5, 15));
                }
            }
            assertThat(top).containsExactly("集計", "政策企画部");
            DepartmentReport d = seed.departments().get(0);
            assertThat(goals).hasSize(4);
            for (int i = 0; i < 4; i++) {
                assertThat(goals.get(i)).isEqualTo("重点目標" + (i + 1) + "　" + d.goals().get(i).title());
            }
        }
    }

    @Test
    void pagesAreA4LandscapeNumberedAndHeadedWithTheDepartment() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            assertThat(n).isBetween(4, 20);
            for (int p = 1; p <= n; p++) {
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                assertThat(box.getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
                assertThat(box.getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
                assertThat(doc.getPage(p - 1).getRotation()).isZero();
                String page = squeeze(text(doc, p, p));
                if (p > 1) {
                    assertThat(page).as("page %d", p).contains(p + "/" + n);
                }
                if (p > 2) {
                    assertThat(page).as("page %d", p).contains("政策企画部重点目標一覧表（中間報告）令和7年度");
                }
            }
        }
    }

    @Test
    void metadataTitleAuthorSubjectLanguageAndDates() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("重点目標一覧表（中間報告）");
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getSubject()).isEqualTo("令和7年度重点目標一覧表（中間報告）　報告時点 令和7年9月30日");
            assertThat(info.getKeywords()).contains("重点目標");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Reports.CREATED);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(Reports.CREATED);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ja-JP");
        }
        byte[] other = Reports.render(seed, new PdfOptions(null, Reports.CREATED, "政策企画課"));
        try (PDDocument doc = Loader.loadPDF(other)) {
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("政策企画課");
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        byte[] again = Reports.render(Reports.seed());
        assertThat(again).isEqualTo(pdf);
        byte[] later = Reports.render(seed, new PdfOptions(null, Instant.parse("2025-10-02T00:00:00Z"), null));
        assertThat(later).isNotEqualTo(pdf);
    }

    @Test
    void theFileIdentifierIsADigestOfTheDocument() {
        String s = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        var m = Pattern.compile("/ID \\[<([0-9a-f]{32})><([0-9a-f]{32})>\\]").matcher(s);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo(m.group(2)).isNotEqualTo("0".repeat(32));
    }

    /** Japanese line breaking in the laid-out document: every line of every cell as drawn. */
    @Test
    void noLineStartsOrEndsWithAForbiddenCharacter() throws IOException {
        Set<String> paragraphs = new HashSet<>();
        for (String t : inputTexts(seed)) {
            paragraphs.add(squeeze(t));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> lines = DrawnLines.of(doc);
            assertThat(lines).hasSizeGreaterThan(300);
            int checked = 0;
            for (String line : lines) {
                String l = squeeze(line);
                if (l.isEmpty()) {
                    continue;
                }
                // a line that starts a paragraph of the input may start as the input does (・ bullets);
                // the report's own bullet before an indicator counts as part of that start
                String body = l.startsWith("・") ? l.substring(1) : l;
                boolean startsParagraph = paragraphs.stream()
                        .anyMatch(p -> p.startsWith(l) || !body.isEmpty() && p.startsWith(body));
                if (!startsParagraph) {
                    assertThat(JapaneseLineBreak.mayStartLine(l.codePointAt(0))).as("line start: %s", line).isTrue();
                    checked++;
                }
                assertThat(JapaneseLineBreak.mayEndLine(l.codePointBefore(l.length()))).as("line end: %s", line).isTrue();
                if (l.codePointCount(0, l.length()) == 1) {
                    // a last line of one character (泣き別れ) only where the whole text is one: ①, a goal number, ○
                    assertThat(paragraphs.contains(l) || l.matches("[\\u2460-\\u2473\\d◎○△×]"))
                            .as("single character line: %s", line).isTrue();
                }
            }
            assertThat(checked).as("wrapped lines checked").isGreaterThan(50);
        }
    }

    @Test
    void anAppendixListsTheFilesLeftOutAndWhy() throws IOException {
        Consolidation c = Reports.consolidate(List.of(Reports.SEED, Path.of("samples/invalid/政策企画部_原本.xlsx")), true);
        assertThat(c.skipped()).hasSize(1);
        try (PDDocument doc = Loader.loadPDF(Reports.render(c))) {
            List<String> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
            assertThat(top).last().asString().startsWith("付録");
            String last = squeeze(text(doc, doc.getNumberOfPages(), doc.getNumberOfPages()));
            assertThat(last).contains("統合から除外したファイル", "政策企画部_原本.xlsx", "重点目標!M41", "存在しない日付です",
                    "入力値：LINE友だち登録者数17,913人→19,175人（9月31日現在）");
            // a published report names files, not the folders of whoever ran goalsheet
            assertThat(last).doesNotContain("samples/");
            assertThat(squeeze(text(doc, 1, 1))).contains("1部局は検証エラーのため除外");
            assertThat(squeeze(text(doc, 2, 2))).contains("1部局は検証エラーのため除外");
            assertOnlyIPAexGothic(doc);
        }
        // a protected workbook names no department, and its advice (--password …) is for the console only
        Consolidation locked = Reports.consolidate(List.of(Reports.SEED, Path.of("samples/invalid/政策企画部_原本.xlsx"),
                Path.of("samples/invalid/福祉部_パスワード付き.xlsx")), true);
        try (PDDocument doc = Loader.loadPDF(Reports.render(locked))) {
            String last = squeeze(text(doc, doc.getNumberOfPages(), doc.getNumberOfPages()));
            assertThat(last).contains("福祉部_パスワード付き.xlsx", "パスワードで保護されています").doesNotContain("--password")
                    .doesNotContain("GOALSHEET_PASSWORD");
            assertThat(squeeze(text(doc, 1, 1))).contains("2ファイルは検証エラーのため除外");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getDocumentCatalog().getDocumentOutline().children()
                    .forEach(i -> assertThat(i.getTitle()).doesNotStartWith("付録"));
        }
    }

    @Test
    void aTemplateThatNamesTheCityPutsItOnTheCoverAndInTheMetadata() throws Exception {
        ReportTemplate city = io.goalsheet.schema.ReportTemplateLoader.load(Path.of("samples/上田市.report.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport(city, PdfOptions.at(Reports.CREATED)).write(seed, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String cover = squeeze(text(doc, 1, 1));
            assertThat(cover).contains("1部局重点目標4件指標40件上田市作成日令和7年10月1日");
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getAuthor()).isEqualTo("上田市");
            assertThat(info.getSubject()).isEqualTo("上田市　令和7年度重点目標一覧表（中間報告）　報告時点 令和7年9月30日");
        }
    }

    @Test
    void pageSizeOrientationAndMarginsComeFromTheTemplate() throws IOException {
        ReportTemplate t = Reports.template();
        ReportTemplate a3 = new ReportTemplate(t.title(), "テスト市", t.goalsHeading(), t.departmentOrder(),
                t.onTrackPercent(), new ReportTemplate.Page("A3", false, 20, 20, 15, 15), t.columns(), null, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport(a3, PdfOptions.at(Reports.CREATED)).write(seed, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(1191f, org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("テスト市");
            assertThat(squeeze(text(doc))).contains("進捗度60.5%（計算値）");
        }
    }

    @Test
    void manyDepartmentsEachGetTheirPagesAndBookmarks() throws IOException {
        Consolidation c = Reports.departments(12);
        try (PDDocument doc = Loader.loadPDF(Reports.render(c))) {
            List<String> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
            assertThat(top).hasSize(13).startsWith("集計").containsAll(Reports.NAMES.subList(0, 12));
            String summary = squeeze(text(doc, 2, 3));
            assertThat(summary).contains("合計", "未評価");
            assertOnlyIPAexGothic(doc);
        }
    }

    @Test
    void tooManyDepartmentsForOneChartGetSeveralOfTheSameScale() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Reports.render(Reports.departments(45)))) {
            int charts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getXObjectNames()) {
                    if (res.getXObject(name) instanceof PDFormXObject f && f.getBBox().getWidth() > 300) {
                        charts++;
                        assertThat(f.getBBox().getHeight()).isLessThanOrEqualTo(page.getMediaBox().getHeight());
                    }
                }
            }
            assertThat(charts).isEqualTo(2);
            assertThat(squeeze(text(doc, 2, 5))).contains("部局45");
        }
    }

    @Test
    void anotherFontFileIsUsedWhenGivenAndAnUnreadableOneIsReported() throws IOException {
        Path font = dir.resolve("font.ttf");
        try (var in = PdfReport.class.getResourceAsStream(ReportFont.BUILT_IN)) {
            Files.write(font, in.readAllBytes());
        }
        byte[] withFile = Reports.render(seed, new PdfOptions(font, Reports.CREATED, null));
        try (PDDocument doc = Loader.loadPDF(withFile)) {
            assertThat(squeeze(text(doc))).contains("進捗度60.5%（計算値）");
        }
        Path bad = Files.writeString(dir.resolve("bad.ttf"), "not a font");
        assertThatThrownBy(() -> new PdfReport(Reports.template(), new PdfOptions(bad, Reports.CREATED, null))
                .write(seed, new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.ttf");
    }
}
