package io.goalsheet.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.check.Consolidator;
import io.goalsheet.check.Validator;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.render.findings.FindingsRenderers;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.ReportTemplateLoader;
import io.goalsheet.schema.SchemaLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Excel report read back with POI: the published layout, its pages, fonts and row heights. */
class ReportWorkbookTest {

    private static final ReportTemplate TEMPLATE = ReportTemplateLoader.loadBuiltIn();
    private static final Pattern MARKER = Pattern.compile("^([\\u2460-\\u2473]|\\(\\d+\\)|・)");
    private static Consolidation samples;
    private static XSSFWorkbook book;

    @BeforeAll
    static void writeTheSamplesReport() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples/2025-09"))) {
            files = s.sorted().toList();
        }
        samples = consolidate(files);
        book = read(samples);
    }

    private static Consolidation consolidate(List<Path> files) {
        Messages messages = Messages.forLocale(Locale.JAPANESE);
        Validator validator = new Validator(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(), messages);
        List<Validator.Validation> validations = new ArrayList<>();
        for (Path f : files) {
            validations.add(validator.validate(f, f.toString()));
        }
        return new Consolidator(TEMPLATE, messages).consolidate(validations, true).consolidation();
    }

    private static XSSFWorkbook read(Consolidation c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWorkbook(SchemaLoader.loadBuiltIn(), TEMPLATE).write(c, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    private static boolean merged(XSSFSheet sheet, int row, int firstCol, int lastCol) {
        return sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == row && m.getLastRow() == row
                && m.getFirstColumn() == firstCol && m.getLastColumn() == lastCol);
    }

    private static boolean isBand(Row row) {
        String a = text(row, 0);
        return a != null && a.startsWith("重点目標 ");
    }

    @Test
    void eachGoalIsABandWithItsMarkThenTheColumnHeaderInThePdfsOrder() {
        XSSFSheet sheet = book.getSheet(ReportWorkbook.REPORT);
        List<String> bands = new ArrayList<>();
        for (Row row : sheet) {
            if (!isBand(row) || text(row, 0).endsWith("（続き）")) {
                continue;
            }
            bands.add(text(row, 0) + "|" + text(row, 1) + "|" + text(row, 3) + "|" + text(row, 4));
            assertThat(merged(sheet, row.getRowNum(), 1, 2)).as("title across two columns").isTrue();
            Row header = sheet.getRow(row.getRowNum() + 1);
            assertThat(List.of(text(header, 0), text(header, 1), text(header, 2), text(header, 3)))
                    .containsExactly("重点目標", "具体的な重点取組項目（箇条書き）", "期限・数値目標等", "進捗状況・進捗度");
            assertThat(merged(sheet, header.getRowNum(), 3, 4)).isTrue();
            // the goal column of the rows under it holds the number alone, no mark
            Row first = sheet.getRow(row.getRowNum() + 2);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        List<String> expected = new ArrayList<>();
        for (DepartmentReport d : samples.departments()) {
            for (Goal g : d.goals()) {
                expected.add("重点目標 " + g.number() + "|" + g.title() + "|各部署の自己評価|" + g.evaluation());
            }
        }
        assertThat(bands).isEqualTo(expected);
        assertThat(sheet.getRepeatingRows()).as("never a print title above a 担当部局名 line").isNull();
    }

    @Test
    void numbersStandLevelInAllThreeTextColumnsAsThePdfAlignsThem() {
        XSSFSheet sheet = book.getSheet(ReportWorkbook.REPORT);
        int body = 0;
        for (Row row : sheet) {
            String b = text(row, 1);
            String c = text(row, 2);
            String d = text(row, 3);
            if (isBand(row) || c == null || "期限・数値目標等".equals(c)) {
                continue;
            }
            body++;
            var marker = MARKER.matcher(b == null ? c : b);
            assertThat(marker.find()).as("row %d: %s", row.getRowNum() + 1, b).isTrue();
            String m = marker.group(1);
            if (b == null) {
                assertThat(m).as("an indicator of several under one item").isEqualTo("・");
            }
            assertThat(c).as("row %d", row.getRowNum() + 1).startsWith(m);
            assertThat(d).as("row %d", row.getRowNum() + 1).startsWith(m);
        }
        assertThat(body).isGreaterThan(samples.indicatorCount());
        // the seed's first goal, as the PDF sets it
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            rows.add(text(row, 1) + "|" + text(row, 2) + "|" + (text(row, 3) == null ? null : text(row, 3).split("\n")[0]));
        }
        int at = rows.indexOf("① 第三次上田市総合計画（R8～）策定推進|①|①");
        assertThat(at).isPositive();
        assertThat(rows.get(at + 1)).isEqualTo("(1) パブリックコメント実施・反映|(1) 計画案の周知と意見集約・反映"
                + "|(1) パブリックコメント実施（3/17～4/16）");
        assertThat(rows).contains("(3) メール・SNS等を活用した情報発信媒体の充実|(3)|(3)",
                "null|・LINE友だち登録者数 17,913人→20,000人|・LINE友だち登録者数 17,913人→19,175人（9月30日現在）");
    }

    @Test
    void figuresKeepTheNotationTheSheetReadsBackBy() {
        List<String> texts = new ArrayList<>();
        for (Row row : book.getSheet(ReportWorkbook.REPORT)) {
            texts.add(text(row, 3));
        }
        assertThat(String.join("\n", texts.stream().filter(t -> t != null).toList()))
                .contains("基準値 17,913人 → 目標値 20,000人 ／ 実績値 19,175人\n進捗度 60.5%（計算値）");
    }

    @Test
    void pagesHoldTheirRowsAndGoalsStayWholeWhereTheyFit() {
        XSSFSheet sheet = book.getSheet(ReportWorkbook.REPORT);
        double[] chars = new double[5];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = sheet.getColumnWidth(i) / 256.0;
        }
        double page = PageBreaks.pageHeight(TEMPLATE.page(), chars);
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int b : sheet.getRowBreaks()) {
            starts.add(b + 1);
        }
        starts.add(sheet.getLastRowNum() + 1);
        for (int p = 0; p + 1 < starts.size(); p++) {
            double h = 0;
            for (int r = starts.get(p); r < starts.get(p + 1); r++) {
                h += sheet.getRow(r).getHeightInPoints();
            }
            assertThat(h).as("page %d", p + 1).isLessThanOrEqualTo(page);
            Row top = sheet.getRow(starts.get(p));
            if (p > 0) {
                assertThat("担当部局名".equals(text(top, 0)) || isBand(top)).as("page %d starts a department or a goal", p + 1)
                        .isTrue();
            }
            if (isBand(top) && text(top, 0).endsWith("（続き）")) {
                assertThat(text(sheet.getRow(top.getRowNum() + 1), 1)).isEqualTo("具体的な重点取組項目（箇条書き）");
            }
        }
        // each goal: its band, header and rows, without what is repeated on its later pages
        int continued = 0;
        String goal = null;
        double goalHeight = 0;
        double above = 0; // on the page where the goal starts
        boolean goalContinued = false;
        for (int r = 0; r <= sheet.getLastRowNum() + 1; r++) {
            Row row = sheet.getRow(r);
            boolean band = row != null && isBand(row);
            boolean again = band && text(row, 0).endsWith("（続き）");
            boolean ends = row == null || band && !again || "担当部局名".equals(text(row, 0));
            if (ends && goal != null) {
                if (goalContinued) {
                    continued++;
                    assertThat(goalHeight + above).as("%s is continued: longer than its page", goal).isGreaterThan(page);
                    // ... and than a page, unless it is the first under its department's heading, which it keeps company
                    if (!goal.startsWith("重点目標 1 ")) {
                        assertThat(goalHeight).as("%s is continued: longer than a page", goal).isGreaterThan(page);
                    }
                } else {
                    assertThat(goalHeight).as("%s on one page", goal).isLessThanOrEqualTo(page);
                }
                goal = null;
            }
            if (band && !again) {
                goal = text(row, 0) + " " + text(row, 1);
                goalHeight = 0;
                goalContinued = false;
                above = 0;
                for (int k = r - 1; k >= 0 && !starts.contains(k + 1); k--) {
                    above += sheet.getRow(k).getHeightInPoints();
                }
            }
            if (again) {
                assertThat(text(row, 0)).startsWith(goal.substring(0, goal.indexOf(' ', 5)));
                goalContinued = true;
                r++; // the header under it
            } else if (goal != null && row != null) {
                goalHeight += row.getHeightInPoints();
            }
        }
        assertThat(continued).as("the seed's first goal is longer than a page").isPositive();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
        assertThat(sheet.getFooter().getCenter()).isEqualTo("&P / &N");
    }

    /**
     * The 集計 chart is never cut by a page's end: it stays under the table when both fit a page,
     * else starts the next page, at most a page high (above the rows repeated on every page).
     */
    @Test
    void theSummaryChartIsWholeOnAPage() throws IOException {
        for (XSSFWorkbook wb : List.of(book, read(consolidate(sampleFiles().subList(0, 3))))) {
            XSSFSheet sheet = wb.getSheet(MergeWorkbook.SUMMARY);
            double[] chars = new double[12];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = sheet.getColumnWidth(i) / 256.0;
            }
            double page = PageBreaks.pageHeight(TEMPLATE.page(), chars);
            var anchor = sheet.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0);
            int from = anchor.getFrom().getRow();
            double chart = (anchor.getTo().getRow() - from) * 18.75;
            double above = 0;
            for (int r = 0; r < from; r++) {
                above += sheet.getRow(r) == null ? 18.75 : sheet.getRow(r).getHeightInPoints();
            }
            double repeated = 0;
            for (int r = 0; r < 3; r++) {
                repeated += sheet.getRow(r) == null ? 18.75 : sheet.getRow(r).getHeightInPoints();
            }
            int departments = sheet.getLastRowNum() - 3;
            if (departments > 3) {
                assertThat(sheet.getRowBreaks()).as("%d departments", departments).containsExactly(from - 1);
                assertThat(repeated + chart).isLessThanOrEqualTo(page);
            } else {
                assertThat(sheet.getRowBreaks()).isEmpty();
                assertThat(above + chart).isLessThanOrEqualTo(page);
            }
        }
        // a page's height for a chart of 12 departments; one of 200 keeps its bars and goes over pages
        assertThat(SummarySheet.chartRows(3, 23)).isEqualTo(14);
        assertThat(SummarySheet.chartRows(12, 23)).isEqualTo(23);
        assertThat(SummarySheet.chartRows(200, 23)).isEqualTo(406);
    }

    private static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples/2025-09"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void everyRowHasAHeightThatHoldsItsLines() {
        for (XSSFSheet sheet : List.of(book.getSheet(ReportWorkbook.REPORT), book.getSheet(MergeWorkbook.SUMMARY))) {
            for (Row row : sheet) {
                assertThat(((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().getCustomHeight())
                        .as("%s row %d", sheet.getSheetName(), row.getRowNum() + 1).isTrue();
                for (Cell c : row) {
                    if (c.getCellType() != CellType.STRING || sheet.isColumnHidden(c.getColumnIndex())) {
                        continue;
                    }
                    XSSFFont f = ((XSSFCellStyle) c.getCellStyle()).getFont();
                    int paragraphs = c.getStringCellValue().split("\n", -1).length;
                    CellRangeAddress m = sheet.getMergedRegions().stream().filter(x -> x.isInRange(c)).findFirst()
                            .orElse(null);
                    double height = 0;
                    for (int r = row.getRowNum(); r <= (m == null ? row.getRowNum() : m.getLastRow()); r++) {
                        height += sheet.getRow(r).getHeightInPoints();
                    }
                    // at least a line of 游ゴシック per paragraph (wrapped lines add to these)
                    assertThat(height).as("%s %s", sheet.getSheetName(), c.getAddress())
                            .isGreaterThanOrEqualTo(paragraphs * f.getFontHeightInPoints() * 1.7);
                }
            }
        }
    }

    @Test
    void everyFontIsJapanese() {
        assertThat(book.getNumberOfFonts()).isGreaterThan(3);
        for (int i = 0; i < book.getNumberOfFonts(); i++) {
            XSSFFont f = book.getFontAt(i);
            assertThat(f.getFontName()).as("font %d", i).isEqualTo("游ゴシック");
            assertThat(f.getCharSet()).as("font %d", i).isEqualTo(128);
            assertThat(f.getFamily()).as("font %d", i).isEqualTo(3);
        }
    }

    @Test
    void filesLeftOutAreNamedByFileNameAndWhatIsWrongAndCountedInTheTitle() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("samples/2025-09"))) {
            s.sorted().filter(p -> !p.getFileName().toString().startsWith("福祉部")).forEach(files::add);
        }
        files.add(Path.of("samples/invalid/福祉部_パスワード付き.xlsx"));
        Consolidation c = consolidate(files);
        assertThat(c.skipped()).hasSize(1);
        try (XSSFWorkbook wb = read(c)) {
            XSSFSheet skipped = wb.getSheet("除外したファイル");
            List<String> texts = new ArrayList<>();
            for (Row row : skipped) {
                for (Cell cell : row) {
                    texts.add(cell.getStringCellValue());
                }
            }
            assertThat(texts).contains("福祉部_パスワード付き.xlsx",
                    FindingsRenderers.codeTitle("encrypted", Locale.JAPANESE));
            assertThat(String.join("\n", texts)).doesNotContain("samples/", "--password", "GOALSHEET_PASSWORD");
            String note = "1ファイルは検証エラーのため除外（シート「除外したファイル」を参照）";
            assertThat(text(wb.getSheet(ReportWorkbook.REPORT).getRow(1), 0)).isEqualTo(note);
            assertThat(text(wb.getSheet(MergeWorkbook.SUMMARY).getRow(1), 0)).isEqualTo(note);
        }
        assertThat(book.getSheet("除外したファイル")).as("nothing left out, no sheet").isNull();
    }
}
