package io.goalsheet.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.check.Consolidator;
import io.goalsheet.check.Validator;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Totals;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.ReportTemplateLoader;
import io.goalsheet.schema.SchemaLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The merged workbook, read back with POI, as it prints: fonts, row heights, fit to width, repeated headers. */
class MergeWorkbookTest {

    private static final ReportTemplate TEMPLATE = ReportTemplateLoader.loadBuiltIn();
    private static Consolidation samples;
    private static XSSFWorkbook book;

    @BeforeAll
    static void mergeTheSamples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples/2025-09"))) {
            files = s.sorted().toList();
        }
        Messages messages = Messages.forLocale(Locale.JAPANESE);
        Validator validator = new Validator(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(), messages);
        List<Validator.Validation> validations = new ArrayList<>();
        for (Path f : files) {
            validations.add(validator.validate(f, f.toString()));
        }
        samples = new Consolidator(TEMPLATE, messages).consolidate(validations, false).consolidation();
        book = write(samples);
    }

    private static XSSFWorkbook write(Consolidation c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MergeWorkbook(SchemaLoader.loadBuiltIn(), TEMPLATE).write(c, out, Instant.parse("2025-10-01T00:00:00Z"), () -> { });
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everyFontIsJapanese() {
        for (int i = 0; i < book.getNumberOfFonts(); i++) {
            assertThat(book.getFontAt(i).getFontName()).isEqualTo(JapaneseFont.NAME).isEqualTo("游ゴシック");
            assertThat(book.getFontAt(i).getCharSet()).isEqualTo(128);
            assertThat(book.getFontAt(i).getFamily()).isEqualTo(3);
        }
    }

    @Test
    void listAndDepartmentRowsAreAsHighAsTheirWrappedTexts() {
        List<XSSFSheet> sheets = new ArrayList<>(List.of(book.getSheet(MergeWorkbook.LIST)));
        sheets.add(book.getSheet("政策企画部")); // the seed department: its texts are long
        for (XSSFSheet sheet : sheets) {
            int header = sheet == sheets.get(0) ? 0 : 3;
            float tallest = 0;
            for (Row row : sheet) {
                if (row.getRowNum() < header) {
                    continue;
                }
                assertThat(((XSSFRow) row).getCTRow().getCustomHeight()).as("%s row %d", sheet.getSheetName(),
                        row.getRowNum() + 1).isTrue();
                tallest = Math.max(tallest, row.getHeightInPoints());
                for (Cell c : row) {
                    if (c.getCellType() != CellType.STRING || !c.getCellStyle().getWrapText()) {
                        continue;
                    }
                    double size = ((XSSFCellStyle) c.getCellStyle()).getFont().getFontHeightInPoints();
                    double chars = sheet.getColumnWidth(c.getColumnIndex()) / 256.0;
                    // at least a 游ゴシック line per paragraph, and no fewer lines than the text's width needs
                    int lines = 0;
                    for (String p : c.getStringCellValue().split("\n", -1)) {
                        lines += Math.max(1, (int) Math.ceil(p.codePoints().map(RowHeight::width).sum() / chars));
                    }
                    assertThat(row.getHeightInPoints()).as("%s %s", sheet.getSheetName(), c.getAddress())
                            .isGreaterThanOrEqualTo((float) Math.min(RowHeight.MAX_POINTS, lines * size * 1.7));
                }
            }
            assertThat(tallest).as("long texts wrap over several lines").isGreaterThan(4 * 18.75f);
        }
    }

    @Test
    void sheetsPrintFitToWidthLandscapeWithTheirHeaderOnEveryPage() {
        XSSFSheet list = book.getSheet(MergeWorkbook.LIST);
        assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        for (DepartmentReport d : samples.departments()) {
            XSSFSheet sheet = book.getSheet(d.department());
            assertThat(sheet.getRepeatingRows().formatAsString()).as(d.department()).isEqualTo("4:4");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("目標番号");
        }
        for (XSSFSheet sheet : List.of(list, book.getSheet(samples.departments().get(0).department()))) {
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getPrintSetup().getLandscape()).isEqualTo(TEMPLATE.page().landscape()).isTrue();
            assertThat(sheet.getRowBreaks()).as("a list, not a page per department").isEmpty();
        }
        // the 集計 chart of the twelve departments starts the second page, as in the report workbook
        XSSFSheet summary = book.getSheet(MergeWorkbook.SUMMARY);
        int chartRow = summary.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0).getFrom().getRow();
        assertThat(summary.getRowBreaks()).containsExactly(chartRow - 1);
    }

    @Test
    void beyondTheLimitDepartmentSheetsGoWithoutPrintTitles() throws IOException {
        DepartmentReport d = samples.departments().get(0);
        for (int n : new int[] {MergeWorkbook.PRINT_TITLES_MAX_DEPARTMENTS, MergeWorkbook.PRINT_TITLES_MAX_DEPARTMENTS + 1}) {
            List<DepartmentReport> copies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                copies.add(new DepartmentReport("部局" + i + ".xlsx", d.sheet(), "部局" + i, d.fiscalYear(), d.asOf(),
                        d.reportKind(), d.goals().subList(0, 1)));
            }
            List<Totals> totals = copies.stream().map(x -> Totals.of(x, samples.onTrackThreshold())).toList();
            Consolidation many = new Consolidation(samples.fiscalYear(), samples.asOf(), samples.reportKind(), copies,
                    totals, Totals.sum(totals), samples.onTrackThreshold(), List.of(), List.of());
            try (XSSFWorkbook wb = write(many)) {
                boolean titled = n <= MergeWorkbook.PRINT_TITLES_MAX_DEPARTMENTS;
                assertThat(wb.getSheet("部局0").getRepeatingRows() != null).as("%d departments", n).isEqualTo(titled);
                assertThat(wb.getSheet("部局" + (n - 1)).getRepeatingRows() != null).isEqualTo(titled);
                assertThat(wb.getSheet(MergeWorkbook.LIST).getRepeatingRows()).isNotNull();
            }
        }
    }
}
