package io.goalsheet.render.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.schema.Schema;
import io.goalsheet.schema.SchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry workbook read back with POI: layout, data validation, print setup, protection. */
class EntryWorkbookTest {

    private static final List<String> TITLES = List.of("目標番号", "重点目標", "自己評価", "取組番号", "具体的な重点取組項目",
            "細目番号", "細目", "期限・数値目標等", "基準値", "目標値", "実績値", "単位", "期限", "進捗状況", "進捗度");

    @TempDir
    Path dir;

    private XSSFWorkbook wb;

    @AfterEach
    void close() throws IOException {
        if (wb != null) {
            wb.close();
        }
    }

    private XSSFSheet write(Schema schema, EntryContent content) throws IOException {
        Path file = dir.resolve("entry.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            EntryWorkbook.write(schema, content, out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        return wb.getSheetAt(0);
    }

    private XSSFSheet builtIn(int rows) throws IOException {
        return write(SchemaLoader.loadBuiltIn(), EntryContent.blank("政策企画部", 2025, LocalDate.of(2025, 9, 30), rows));
    }

    /** The header row: the first row whose first cell is 目標番号. */
    private static int header(XSSFSheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && "目標番号".equals(row.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no header");
    }

    private static int column(XSSFSheet sheet, String title) {
        XSSFRow row = sheet.getRow(header(sheet));
        for (int c = 0; c < row.getLastCellNum(); c++) {
            if (title.equals(row.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + title);
    }

    /** The validations covering a cell. */
    private static List<XSSFDataValidation> at(XSSFSheet sheet, int row, int col) {
        List<XSSFDataValidation> found = new ArrayList<>();
        for (XSSFDataValidation dv : sheet.getDataValidations()) {
            for (CellRangeAddress a : dv.getRegions().getCellRangeAddresses()) {
                if (a.isInRange(row, col)) {
                    found.add(dv);
                }
            }
        }
        return found;
    }

    /** The one validation of a data cell of the column, {@code n} rows below the header. */
    private static XSSFDataValidation data(XSSFSheet sheet, String title, int n) {
        List<XSSFDataValidation> dvs = at(sheet, header(sheet) + n, column(sheet, title));
        assertThat(dvs).as(title).hasSize(1);
        return dvs.get(0);
    }

    /** The same rule: POI makes a new object for each read. */
    private static boolean same(XSSFDataValidation a, XSSFDataValidation b) {
        return java.util.Arrays.equals(a.getRegions().getCellRangeAddresses(), b.getRegions().getCellRangeAddresses());
    }

    private static String cell(XSSFSheet sheet, int row, int col) {
        XSSFCell c = sheet.getRow(row).getCell(col);
        return c == null ? null : c.toString();
    }

    @Test
    void titleMetadataAndHeaderInSchemaOrder() throws IOException {
        XSSFSheet sheet = builtIn(50);
        int h = header(sheet);
        assertThat(sheet.getSheetName()).isEqualTo("重点目標 進捗報告");
        assertThat(cell(sheet, 0, 0)).isEqualTo("令和7年度 重点目標 進捗報告");
        assertThat(cell(sheet, 1, 0)).startsWith("【記入要領】");
        Map<String, XSSFCell> metadata = new LinkedHashMap<>();
        for (int r = 2; r < h; r++) {
            metadata.put(cell(sheet, r, 0), sheet.getRow(r).getCell(1));
        }
        assertThat(metadata.keySet()).containsExactly("担当部局名", "年度", "報告時点", "報告区分");
        assertThat(metadata.get("担当部局名").getStringCellValue()).isEqualTo("政策企画部");
        assertThat(metadata.get("年度").getStringCellValue()).isEqualTo("令和7年度");
        assertThat(metadata.get("報告時点").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(metadata.get("報告時点").getCellStyle().getDataFormatString()).isEqualTo("[<=2958465]yyyy/m/d;0");
        assertThat(metadata.get("報告区分").toString()).isEmpty();
        XSSFRow header = sheet.getRow(h);
        assertThat(IntStream.range(0, header.getLastCellNum()).mapToObj(c -> header.getCell(c).getStringCellValue()))
                .containsExactlyElementsOf(TITLES);
        assertThat(h + 50).isEqualTo(sheet.getLastRowNum());
    }

    @Test
    void columnsAreAsWideAsTheirContent() throws IOException {
        XSSFSheet sheet = builtIn(1);
        int progress = sheet.getColumnWidth(column(sheet, "進捗状況"));
        int goal = sheet.getColumnWidth(column(sheet, "重点目標"));
        int number = sheet.getColumnWidth(column(sheet, "基準値"));
        int mark = sheet.getColumnWidth(column(sheet, "自己評価"));
        assertThat(progress).isGreaterThan(goal);
        assertThat(goal).isGreaterThan(number);
        assertThat(number).isGreaterThanOrEqualTo(mark);
    }

    @Test
    void dataCellsAreFormattedWrappedAlignedToTheTopAndBordered() throws IOException {
        XSSFSheet sheet = builtIn(3);
        int first = header(sheet) + 1;
        CellStyle text = sheet.getRow(first).getCell(column(sheet, "進捗状況")).getCellStyle();
        assertThat(text.getWrapText()).isTrue();
        assertThat(text.getVerticalAlignment()).isEqualTo(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        assertThat(text.getBorderLeft()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        assertThat(sheet.getRow(first).getCell(column(sheet, "基準値")).getCellStyle().getDataFormatString())
                .isEqualTo("#,##0.##");
        assertThat(sheet.getRow(first).getCell(column(sheet, "期限")).getCellStyle().getDataFormatString())
                .isEqualTo("[<=2958465]yyyy/m/d;0");
        String percent = sheet.getRow(first).getCell(column(sheet, "進捗度")).getCellStyle().getDataFormatString();
        assertThat(percent).as("shows ％, but is no percent format: 60 stays 60").contains("％").doesNotContain("%");
        // rows typed below the prepared ones get the column's format too
        assertThat(sheet.getColumnStyle(column(sheet, "期限")).getDataFormatString()).isEqualTo("[<=2958465]yyyy/m/d;0");
    }

    @Test
    void theHeaderAndTitleAreLockedAndEveryInputIsNot() throws IOException {
        XSSFSheet sheet = builtIn(5);
        int h = header(sheet);
        assertThat(sheet.getProtect()).isTrue();
        assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).as("no password").isFalse();
        assertThat(sheet.isFormatCellsLocked()).isFalse();
        assertThat(sheet.isFormatRowsLocked()).isFalse();
        assertThat(sheet.isFormatColumnsLocked()).isFalse();
        assertThat(sheet.isInsertRowsLocked()).isFalse();
        assertThat(sheet.isDeleteRowsLocked()).isFalse();
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
        for (int c = 0; c < TITLES.size(); c++) {
            assertThat(sheet.getRow(h).getCell(c).getCellStyle().getLocked()).as("header " + c).isTrue();
            for (int r = h + 1; r <= h + 5; r++) {
                assertThat(sheet.getRow(r).getCell(c).getCellStyle().getLocked()).as("data %d,%d", r, c).isFalse();
            }
        }
        for (int r = 2; r < h; r++) {
            assertThat(sheet.getRow(r).getCell(0).getCellStyle().getLocked()).as("label").isTrue();
            assertThat(sheet.getRow(r).getCell(1).getCellStyle().getLocked()).as("metadata input").isFalse();
        }
        assertThat(wb.getCellStyleAt(0).getLocked()).as("cells without a style, below the prepared rows").isFalse();
    }

    @Test
    void dropdownsForTheMarksTheReportKindAndTheNumbering() throws IOException {
        XSSFSheet sheet = builtIn(50);
        XSSFDataValidation evaluation = data(sheet, "自己評価", 1);
        assertThat(evaluation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        assertThat(evaluation.getValidationConstraint().getExplicitListValues()).containsExactly("◎", "○", "△", "×");
        assertThat(evaluation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(evaluation.getShowErrorBox()).isTrue();
        assertThat(evaluation.getErrorBoxText()).contains("◎、○、△、×");
        assertThat(same(data(sheet, "自己評価", 50), evaluation)).as("one rule for the whole column").isTrue();
        // OOXML's showDropDown="1" hides the ▼: it must be unset (or false) on every list
        assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray())
                .filteredOn(dv -> dv.getType() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STDataValidationType.LIST)
                .isNotEmpty()
                .allMatch(dv -> !dv.isSetShowDropDown() || !dv.getShowDropDown());

        List<XSSFDataValidation> kind = at(sheet, header(sheet) - 1, 1);
        assertThat(cell(sheet, header(sheet) - 1, 0)).isEqualTo("報告区分");
        assertThat(kind).hasSize(1);
        assertThat(kind.get(0).getValidationConstraint().getExplicitListValues()).containsExactly("中間報告", "期末報告", "月次報告");

        for (String numbered : List.of("目標番号", "取組番号", "細目番号")) {
            XSSFDataValidation dv = data(sheet, numbered, 1);
            assertThat(dv.getValidationConstraint().getExplicitListValues()).as(numbered)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).mapToObj(Integer::toString).toList());
            assertThat(dv.getErrorStyle()).as("① and (1) may be typed: a warning, not a stop")
                    .isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(dv.getPromptBoxText()).contains("①");
        }
    }

    @Test
    void numberDateAndPercentRulesOnTheirColumns() throws IOException {
        XSSFSheet sheet = builtIn(50);
        for (String number : List.of("基準値", "目標値", "実績値")) {
            XSSFDataValidation dv = data(sheet, number, 1);
            assertThat(dv.getValidationConstraint().getValidationType()).as(number).isEqualTo(ValidationType.DECIMAL);
            assertThat(dv.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        }
        XSSFDataValidation rate = data(sheet, "進捗度", 1);
        assertThat(rate.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
        assertThat(rate.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
        assertThat(rate.getValidationConstraint().getFormula1()).isEqualTo("0");
        assertThat(rate.getValidationConstraint().getFormula2()).isEqualTo("200");
        assertThat(rate.getErrorBoxText()).contains("0～200");

        XSSFDataValidation deadline = data(sheet, "期限", 1);
        assertThat(deadline.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.FORMULA);
        assertThat(deadline.getErrorBoxText()).contains("20250930");
        List<XSSFDataValidation> asOf = at(sheet, 4, 1);
        assertThat(cell(sheet, 4, 0)).isEqualTo("報告時点");
        assertThat(asOf).singleElement().satisfies(dv ->
                assertThat(dv.getValidationConstraint().getFormula1()).contains("B5"));
        XSSFDataValidation department = at(sheet, 2, 1).get(0);
        assertThat(department.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.TEXT_LENGTH);
        assertThat(department.getValidationConstraint().getFormula1()).isEqualTo("50");

        // the rules reach the first data row, the last prepared one and beyond, never the header
        int h = header(sheet);
        assertThat(at(sheet, h + 50, column(sheet, "進捗度"))).singleElement().matches(dv -> same(dv, rate));
        assertThat(at(sheet, h + EntryWorkbook.VALIDATED_ROWS, column(sheet, "進捗度"))).singleElement()
                .matches(dv -> same(dv, rate));
        assertThat(at(sheet, h + EntryWorkbook.VALIDATED_ROWS + 1, column(sheet, "進捗度"))).isEmpty();
        assertThat(at(sheet, h, column(sheet, "進捗度"))).noneMatch(dv -> same(dv, rate));
    }

    @Test
    void everyColumnExplainsItselfInJapanese() throws IOException {
        XSSFSheet sheet = builtIn(5);
        int h = header(sheet);
        Schema schema = SchemaLoader.loadBuiltIn();
        for (int c = 0; c < TITLES.size(); c++) {
            XSSFDataValidation dv = data(sheet, TITLES.get(c), 1);
            assertThat(dv.getShowPromptBox()).isTrue();
            assertThat(dv.getPromptBoxTitle()).isEqualTo(TITLES.get(c));
            String description = schema.fields().get(c).description();
            assertThat(dv.getPromptBoxText()).as(TITLES.get(c)).contains(description.substring(0, 10));
            assertThat(dv.getPromptBoxText().length()).isLessThanOrEqualTo(255);
            List<XSSFDataValidation> onHeader = at(sheet, h, c);
            assertThat(onHeader).as("prompt on the title " + TITLES.get(c)).singleElement()
                    .satisfies(p -> assertThat(p.getPromptBoxText()).isEqualTo(dv.getPromptBoxText()));
        }
        assertThat(data(sheet, "進捗状況", 1).getPromptBoxText()).startsWith("【必須】");
        assertThat(data(sheet, "基準値", 1).getErrorBoxText()).contains("数値を入力してください");
    }

    @Test
    void printsOnA4LandscapeFitToWidthWithTheHeaderOnEveryPage() throws IOException {
        XSSFSheet sheet = builtIn(50);
        int h = header(sheet);
        PrintSetup ps = sheet.getPrintSetup();
        assertThat(ps.getLandscape()).isTrue();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(h, h, -1, -1));
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (h + 1));
        assertThat(pane.getVerticalSplitPosition()).isZero();
    }

    @Test
    void aLongEnumGoesThroughAHiddenListSheet() throws Exception {
        List<String> offices = IntStream.rangeClosed(1, 40).mapToObj(i -> "第" + i + "地域振興事務所").toList();
        String joined = String.join(",", offices);
        assertThat(joined.length()).isGreaterThan(255);
        Path schemaFile = Files.writeString(dir.resolve("offices.schema.yaml"), """
                name: offices
                title: 事務所別
                fields:
                  - name: no
                    title: 番号
                    type: integer
                    constraints: {required: true, minimum: 1}
                  - name: office
                    title: 事務所
                    type: string
                    constraints: {enum: [%s]}
                  - name: kind
                    title: 区分
                    type: string
                    constraints: {enum: [A, B]}
                """.formatted(String.join(", ", offices)));
        Schema schema = SchemaLoader.load(schemaFile);
        XSSFSheet sheet = write(schema, EntryContent.blank(null, null, null, 10));
        int lists = wb.getSheetIndex(Validations.LIST_SHEET);
        assertThat(lists).isPositive();
        assertThat(wb.getSheetVisibility(lists)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(wb.getActiveSheetIndex()).isZero();

        int h = 2; // no metadata: the header follows the title and the instructions
        assertThat(cell(sheet, h, 0)).isEqualTo("番号");
        XSSFDataValidation office = at(sheet, h + 1, 1).get(0);
        assertThat(office.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        assertThat(office.getValidationConstraint().getExplicitListValues()).isNull();
        assertThat(office.getValidationConstraint().getFormula1()).isEqualTo("'_lists'!$A$1:$A$40");
        XSSFSheet listSheet = wb.getSheetAt(lists);
        assertThat(IntStream.range(0, 40).mapToObj(r -> listSheet.getRow(r).getCell(0).getStringCellValue()))
                .containsExactlyElementsOf(offices);
        // a short one stays inline; a plain integer with a minimum is a whole-number rule
        assertThat(at(sheet, h + 1, 2).get(0).getValidationConstraint().getExplicitListValues()).containsExactly("A", "B");
        XSSFDataValidation no = at(sheet, h + 1, 0).get(0);
        assertThat(no.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
        assertThat(no.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
        assertThat(no.getValidationConstraint().getFormula1()).isEqualTo("1");
    }

    @Test
    void carriedRowsAreWrittenWithTheirTypes() throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("goalNo", 1);
        row.put("goal", "目標");
        row.put("initiativeNo", 2);
        row.put("target", "LINE友だち登録者数 17,913人→20,000人");
        row.put("baseline", 17913.0);
        row.put("targetValue", 20000.0);
        row.put("unit", "人");
        row.put("deadline", LocalDate.of(2026, 3, 31));
        XSSFSheet sheet = write(SchemaLoader.loadBuiltIn(),
                new EntryContent("政策企画部", 2025, null, List.of(row, row), 2));
        int first = header(sheet) + 1;
        for (int r = first; r <= first + 1; r++) {
            XSSFRow x = sheet.getRow(r);
            assertThat(x.getCell(column(sheet, "目標番号")).getNumericCellValue()).isEqualTo(1);
            assertThat(x.getCell(column(sheet, "取組番号")).getNumericCellValue()).isEqualTo(2);
            assertThat(x.getCell(column(sheet, "基準値")).getNumericCellValue()).isEqualTo(17913);
            assertThat(x.getCell(column(sheet, "期限")).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(x.getCell(column(sheet, "実績値")).toString()).isEmpty();
        }
        assertThat(sheet.getLastRowNum()).isEqualTo(first + 3);
        assertThat(sheet.getRow(first + 2).getCell(0).toString()).isEmpty();
        String blank = sheet.getRow(2).getCell(1).toString();
        assertThat(blank).isEqualTo("政策企画部");
        assertThat(cellTexts(sheet, 4)).as("報告時点 left for the user").contains("報告時点").doesNotContain("2025");
    }

    private static String cellTexts(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return IntStream.range(0, row.getLastCellNum()).mapToObj(c -> row.getCell(c).toString())
                .collect(Collectors.joining("|"));
    }

    @Test
    void linesOfWrappedText() {
        assertThat(EntryWorkbook.lines("", 10)).isEqualTo(1);
        assertThat(EntryWorkbook.lines("abc", 10)).isEqualTo(1);
        assertThat(EntryWorkbook.lines("一二三四五六七八九十", 11)).isEqualTo(2);
        assertThat(EntryWorkbook.lines("一\n二", 11)).isEqualTo(2);
    }

    @Test
    void aDateCellTakesADateOrEightDigitsAsGoalsheetReadsThemAndNothingElse() throws IOException {
        XSSFSheet sheet = builtIn(50);
        int row = header(sheet) + 1;
        int col = column(sheet, "期限");
        String rule = data(sheet, "期限", 1).getValidationConstraint().getFormula1();
        String first = new org.apache.poi.ss.util.CellReference(header(sheet) + 1, col).formatAsString();
        assertThat(rule).contains(first);
        // Excel's formula for the rule, evaluated on what a user may type into the rule's first cell
        assertThat(allows(rule, row, col, LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(allows(rule, row, col, 20260331.0)).isTrue();
        assertThat(allows(rule, row, col, 20250931.0)).as("left to goalsheet's invalid-date").isTrue();
        assertThat(allows(rule, row, col, 3_000_000.0)).isFalse();
        assertThat(allows(rule, row, col, 202603310.0)).isFalse();
        assertThat(allows(rule, row, col, 20260331.5)).isFalse();
        assertThat(allows(rule, row, col, 0.0)).isFalse();
        assertThat(allows(rule, row, col, "未定")).isFalse();
    }

    /** Whether Excel's rule {@code formula} holds with {@code value} in cell (row, col). */
    private static boolean allows(String formula, int row, int col, Object value) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet();
            XSSFCell c = s.createRow(row).createCell(col);
            if (value instanceof LocalDate d) {
                c.setCellValue(d);
            } else if (value instanceof Double n) {
                c.setCellValue(n);
            } else {
                c.setCellValue((String) value);
            }
            XSSFCell test = s.createRow(row + 100).createCell(0);
            test.setCellFormula(formula);
            var v = wb.getCreationHelper().createFormulaEvaluator().evaluate(test);
            return v.getCellType() == org.apache.poi.ss.usermodel.CellType.BOOLEAN && v.getBooleanValue();
        }
    }
}
