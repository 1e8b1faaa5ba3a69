package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {

    @TempDir
    Path dir;

    static Workbook read(Path file) throws ReadException {
        return WorkbookReader.read(file, ReadOptions.defaults());
    }

    static SheetGrid only(Workbook wb) {
        assertThat(wb.sheets()).hasSize(1);
        return wb.sheets().get(0);
    }

    /** Excel's serial for a date, in the 1900 system. */
    static double serial(LocalDate d) {
        return d.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
    }

    // ------------------------------------------------------------ written by POI, as Excel would

    @Test
    void readsEveryCellTypeWrittenByPoi() throws Exception {
        Path file = dir.resolve("types.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("指標");
            CreationHelper ch = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(ch.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat((short) 9);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat((short) 49);
            XSSFRow r0 = s.createRow(0);
            r0.createCell(0).setCellValue("政策企画部");
            r0.createCell(1).setCellValue(42.5);
            r0.createCell(2).setCellValue(true);
            XSSFCell d = r0.createCell(3);
            d.setCellValue(LocalDate.of(2025, 9, 30));
            d.setCellStyle(date);
            XSSFCell p = r0.createCell(4);
            p.setCellValue(0.6);
            p.setCellStyle(pct);
            XSSFCell t = r0.createCell(5);
            t.setCellValue("007");
            t.setCellStyle(text);
            XSSFCell f = r0.createCell(6);
            f.setCellFormula("B1*2");
            f.setCellValue(85.0);
            XSSFCell fs = r0.createCell(7);
            fs.setCellFormula("A1&\"\"");
            fs.setCellValue("政策企画部");
            r0.createCell(8).setCellValue(0.1);
            r0.createCell(9).setCellValue(-3);
            r0.createCell(10).setCellValue("😀𠮷"); // emoji and a rare kanji (both beyond the BMP)
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        SheetGrid g = only(read(file));
        assertThat(g.name()).isEqualTo("指標");
        assertThat(g.cell(0, 0)).isEqualTo(new Cell(0, 0, CellType.STRING, "政策企画部", Double.NaN, NumberStyle.PLAIN, false));
        assertThat(g.cell(0, 1).number()).isEqualTo(42.5);
        assertThat(g.cell(0, 1).text()).isEqualTo("42.5");
        assertThat(g.cell(0, 2).type()).isEqualTo(CellType.BOOLEAN);
        assertThat(g.cell(0, 2).text()).isEqualTo("TRUE");
        assertThat(g.cell(0, 3).isDate()).isTrue();
        assertThat(g.cell(0, 3).number()).isEqualTo(serial(LocalDate.of(2025, 9, 30)));
        assertThat(g.cell(0, 4).style()).isEqualTo(NumberStyle.PERCENT);
        assertThat(g.cell(0, 5).style()).isEqualTo(NumberStyle.TEXT);
        assertThat(g.cell(0, 5).text()).isEqualTo("007");
        assertThat(g.cell(0, 6).formula()).isTrue();
        assertThat(g.cell(0, 6).number()).isEqualTo(85.0);
        assertThat(g.cell(0, 7).formula()).isTrue();
        assertThat(g.cell(0, 7).type()).isEqualTo(CellType.STRING);
        assertThat(g.cell(0, 7).text()).isEqualTo("政策企画部");
        assertThat(g.cell(0, 8).text()).isEqualTo("0.1");
        assertThat(g.cell(0, 9).text()).isEqualTo("-3");
        assertThat(g.cell(0, 10).text()).isEqualTo("😀𠮷");
        assertThat(g.cell(0, 11)).isNull();
        assertThat(g.cell(1, 0)).isNull();
        assertThat(g.rowCount()).isEqualTo(1);
        assertThat(g.columnCount()).isEqualTo(11);
        assertThat(g.rowCells(0)).hasSize(11);
        assertThat(g.cell(0, 0).address()).isEqualTo("A1");
    }

    @Test
    void mergedRegionsVerticalAndHorizontalFromPoi() throws Exception {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("S");
            s.createRow(0).createCell(0).setCellValue("重点目標1");
            s.getRow(0).createCell(1).setCellValue("タイトル");
            s.addMergedRegion(new CellRangeAddress(0, 4, 0, 0));
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 5));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        SheetGrid g = only(read(file));
        assertThat(g.mergedRegions()).containsExactly(new MergedRegion(0, 4, 0, 0), new MergedRegion(0, 0, 1, 5));
        assertThat(g.mergedRegionAt(3, 0)).isEqualTo(new MergedRegion(0, 4, 0, 0));
        assertThat(g.mergedRegionAt(3, 0).isVertical()).isTrue();
        assertThat(g.mergedRegionAt(0, 5)).isEqualTo(new MergedRegion(0, 0, 1, 5));
        assertThat(g.mergedRegionAt(0, 5).isVertical()).isFalse();
        assertThat(g.mergedRegionAt(5, 0)).isNull();
        assertThat(g.mergedRegionAt(1, 1)).isNull();
    }

    @Test
    void richTextRunsFromPoiAreOneValue() throws Exception {
        Path file = dir.resolve("rich.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("S");
            XSSFRichTextString rt = new XSSFRichTextString("SNS（LINE）発信");
            var bold = wb.createFont();
            bold.setBold(true);
            rt.applyFont(0, 3, bold);
            s.createRow(0).createCell(0).setCellValue(rt);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThat(only(read(file)).cell(0, 0).text()).isEqualTo("SNS（LINE）発信");
    }

    // ------------------------------------------------------------ raw XML: the traps

    @Test
    void furiganaRunsAreNotPartOfTheValue() throws Exception {
        Path file = new RawXlsx()
                .sharedStrings("<si><t>政策企画部</t>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>セイサク</t></rPh>"
                        + "<rPh sb=\"2\" eb=\"4\"><t>キカク</t></rPh>"
                        + "<rPh sb=\"4\" eb=\"5\"><t>ブ</t></rPh>"
                        + "<phoneticPr fontId=\"1\" type=\"noConversion\"/></si>"
                        + "<si><r><rPr><b/></rPr><t>総務</t></r><r><t xml:space=\"preserve\">部 </t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>ソウム</t></rPh><phoneticPr fontId=\"1\"/></si>")
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"))
                .write(dir.resolve("furigana.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0).text()).isEqualTo("政策企画部");
        assertThat(g.cell(0, 1).text()).isEqualTo("総務部 ");
    }

    @Test
    void inlineStringsEscapesAndCharacterReferences() throws Exception {
        Path file = new RawXlsx()
                .sharedStrings("<si><t>1行目_x000D_\n2行目</t></si><si><t>a_x005F_x0041_b</t></si>")
                .sheet("S", RawXlsx.data("<row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>インライン</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>リッチ</t></r><r><rPr><i/></rPr><t>テキスト</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>リ</t></rPh></is></c>"
                        + "<c r=\"C1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"D1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"E1\" t=\"inlineStr\"><is><t>&#25919;&#x7B56;&amp;&lt;&gt;</t></is></c>"
                        + "<c r=\"F1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  前後の空白  </t></is></c>"
                        + "<c r=\"G1\" t=\"inlineStr\"><is><t><![CDATA[<cdata>]]></t></is></c>"
                        + "</row>"))
                .write(dir.resolve("inline.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0).text()).isEqualTo("インライン");
        assertThat(g.cell(0, 1).text()).isEqualTo("リッチテキスト");
        assertThat(g.cell(0, 2).text()).isEqualTo("1行目\r\n2行目");
        assertThat(g.cell(0, 3).text()).isEqualTo("a_x0041_b");
        assertThat(g.cell(0, 4).text()).isEqualTo("政策&<>");
        assertThat(g.cell(0, 5).text()).isEqualTo("  前後の空白  ");
        assertThat(g.cell(0, 6).text()).isEqualTo("<cdata>");
    }

    @Test
    void japaneseDateFormatsPercentAndText() throws Exception {
        String numFmts = "<numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                + "<numFmt numFmtId=\"177\" formatCode=\"[$-ja-JP-x-gannen]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                + "<numFmt numFmtId=\"178\" formatCode=\"0.0%\"/>"
                + "<numFmt numFmtId=\"179\" formatCode=\"#,##0&quot;件&quot;\"/>"
                + "<numFmt numFmtId=\"180\" formatCode=\"[$-411]ge.m.d;@\"/>"
                + "<numFmt numFmtId=\"181\" formatCode=\"[h]:mm\"/>"
                + "<numFmt numFmtId=\"182\" formatCode=\"0.00E+00\"/>";
        // xf: 0 General, 1 id14, 2 id31, 3 id57, 4 id58, 5 custom 年月日, 6 gannen, 7 0.0%, 8 件, 9 ge.m.d;@, 10 [h]:mm,
        //     11 E+00, 12 @ (49), 13 id 9
        Path file = new RawXlsx()
                .styles(numFmts, 0, 14, 31, 57, 58, 176, 177, 178, 179, 180, 181, 182, 49, 9)
                .sheet("S", RawXlsx.data("<row r=\"1\">"
                        + cells(45930, 14)
                        + "</row>"))
                .write(dir.resolve("formats.xlsx"));
        SheetGrid g = only(read(file));
        NumberStyle[] expected = {
            NumberStyle.PLAIN, NumberStyle.DATE, NumberStyle.DATE, NumberStyle.DATE, NumberStyle.DATE,
            NumberStyle.DATE, NumberStyle.DATE, NumberStyle.PERCENT, NumberStyle.PLAIN, NumberStyle.DATE,
            NumberStyle.DATE, NumberStyle.PLAIN, NumberStyle.TEXT, NumberStyle.PERCENT
        };
        for (int i = 0; i < expected.length; i++) {
            assertThat(g.cell(0, i).style()).as("xf %d", i).isEqualTo(expected[i]);
            assertThat(g.cell(0, i).number()).isEqualTo(45930);
        }
        assertThat(g.cell(0, 1).isDate()).isTrue();
    }

    private static String cells(int value, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<c r=\"").append(CellAddress.a1(0, i)).append("\" s=\"").append(i).append("\"><v>")
                    .append(value).append("</v></c>");
        }
        return sb.toString();
    }

    @Test
    void textFormattedStringIsTextStyleOthersPlain() throws Exception {
        Path file = new RawXlsx()
                .styles("", 0, 49, 14)
                .sheet("S", RawXlsx.data("<row r=\"1\">"
                        + "<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>001</t></is></c>"
                        + "<c r=\"B1\" s=\"2\" t=\"inlineStr\"><is><t>R7.9.30</t></is></c>"
                        + "<c r=\"C1\" s=\"99\"><v>1</v></c>" // a style index past cellXfs: plain
                        + "</row>"))
                .write(dir.resolve("textstyle.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0).style()).isEqualTo(NumberStyle.TEXT);
        assertThat(g.cell(0, 1).style()).isEqualTo(NumberStyle.PLAIN);
        assertThat(g.cell(0, 2).style()).isEqualTo(NumberStyle.PLAIN);
    }

    @Test
    void date1904IsConvertedToThe1900System() throws Exception {
        double in1904 = serial(LocalDate.of(2025, 9, 30)) - 1462;
        Path file = new RawXlsx()
                .workbookPr("date1904=\"1\"")
                .styles("", 0, 14)
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>" + (long) in1904 + "</v></c>"
                        + "<c r=\"B1\"><v>" + (long) in1904 + "</v></c></row>"))
                .write(dir.resolve("d1904.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0).number()).isEqualTo(serial(LocalDate.of(2025, 9, 30)));
        assertThat(g.cell(0, 1).number()).isEqualTo(in1904); // a plain number stays as it is
    }

    @Test
    void isoDateCells() throws Exception {
        Path file = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2025-09-30</v></c>"
                        + "<c r=\"B1\" t=\"d\"><v>2025-09-30T12:00:00</v></c>"
                        + "<c r=\"C1\" t=\"d\"><v>not a date</v></c></row>"))
                .write(dir.resolve("iso.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0).isDate()).isTrue();
        assertThat(g.cell(0, 0).number()).isEqualTo(serial(LocalDate.of(2025, 9, 30)));
        assertThat(g.cell(0, 1).number()).isEqualTo(serial(LocalDate.of(2025, 9, 30)) + 0.5);
        assertThat(g.cell(0, 2).type()).isEqualTo(CellType.STRING);
        assertThat(LocalDateTime.of(2025, 9, 30, 12, 0)).isNotNull();
    }

    @Test
    void formulasErrorsAndMissingValues() throws Exception {
        Path file = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\">"
                        + "<c r=\"A1\"><f>1+1</f><v>2</v></c>"
                        + "<c r=\"B1\"><f>A1*3</f></c>"
                        + "<c r=\"C1\"><f t=\"shared\" si=\"0\"/></c>"
                        + "<c r=\"D1\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c>"
                        + "<c r=\"E1\" t=\"e\"><v>#DIV/0!</v></c>"
                        + "<c r=\"F1\" t=\"str\"><f>IF(A1=2,\"\",\"x\")</f><v></v></c>"
                        + "<c r=\"G1\" t=\"str\"><f>\"a\"</f></c>"
                        + "<c r=\"H1\" t=\"b\"><f>TRUE()</f><v>1</v></c>"
                        + "<c r=\"I1\" t=\"b\"><v>0</v></c>"
                        + "<c r=\"J1\" s=\"0\"/>" // styled but empty: no cell
                        + "<c r=\"K1\"><v></v></c>" // empty value, no formula: no cell
                        + "<c r=\"L1\"><f>NOW()</f><v></v></c>"
                        + "</row>"))
                .write(dir.resolve("formulas.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0).formula()).isTrue();
        assertThat(g.cell(0, 0).number()).isEqualTo(2.0);
        assertThat(g.cell(0, 1).type()).isEqualTo(CellType.FORMULA_WITHOUT_VALUE);
        assertThat(g.cell(0, 1).formula()).isTrue();
        assertThat(g.cell(0, 2).type()).isEqualTo(CellType.FORMULA_WITHOUT_VALUE);
        assertThat(g.cell(0, 3).type()).isEqualTo(CellType.ERROR);
        assertThat(g.cell(0, 3).text()).isEqualTo("#REF!");
        assertThat(g.cell(0, 3).formula()).isTrue();
        assertThat(g.cell(0, 4).text()).isEqualTo("#DIV/0!");
        assertThat(g.cell(0, 4).formula()).isFalse();
        assertThat(g.cell(0, 5).type()).isEqualTo(CellType.STRING);
        assertThat(g.cell(0, 5).text()).isEmpty();
        assertThat(g.cell(0, 6).type()).isEqualTo(CellType.FORMULA_WITHOUT_VALUE);
        assertThat(g.cell(0, 7).text()).isEqualTo("TRUE");
        assertThat(g.cell(0, 8).text()).isEqualTo("FALSE");
        assertThat(g.cell(0, 9)).isNull();
        assertThat(g.cell(0, 10)).isNull();
        assertThat(g.cell(0, 11).type()).isEqualTo(CellType.FORMULA_WITHOUT_VALUE);
    }

    @Test
    void hiddenAndVeryHiddenSheetsAreSkipped() throws Exception {
        Path file = new RawXlsx()
                .sheet("表紙", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))
                .sheet("作業用", "hidden", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"))
                .sheet("設定", "veryHidden", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>"))
                .sheet("入力", "visible", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>4</v></c></row>"))
                .write(dir.resolve("hidden.xlsx"));
        List<SheetGrid> sheets = read(file).sheets();
        assertThat(sheets).extracting(SheetGrid::name).containsExactly("表紙", "入力");
        assertThat(sheets.get(1).cell(0, 0).number()).isEqualTo(4);
    }

    @Test
    void rowsAndCellsWithoutReferencesAreCounted() throws Exception {
        Path file = new RawXlsx()
                .sheet("S", RawXlsx.data(
                        "<row><c><v>1</v></c><c><v>2</v></c></row>"
                        + "<row><c><v>3</v></c><c r=\"D2\"><v>4</v></c><c><v>5</v></c></row>"
                        + "<row r=\"5\"><c><v>6</v></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"))
                .write(dir.resolve("norefs.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0).number()).isEqualTo(1);
        assertThat(g.cell(0, 1).number()).isEqualTo(2);
        assertThat(g.cell(1, 0).number()).isEqualTo(3);
        assertThat(g.cell(1, 3).number()).isEqualTo(4);
        assertThat(g.cell(1, 4).number()).isEqualTo(5);
        assertThat(g.cell(4, 0).number()).isEqualTo(6);
        assertThat(g.cell(5, 0).text()).isEqualTo("x");
        assertThat(g.rowCount()).isEqualTo(6);
        assertThat(g.columnCount()).isEqualTo(5);
    }

    @Test
    void lyingDimensionIsIgnored() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 50; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"C").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
        }
        Path file = new RawXlsx()
                .sheet("S", "<dimension ref=\"A1\"/>" + RawXlsx.data(rows.toString()))
                .write(dir.resolve("dimension.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.rowCount()).isEqualTo(50);
        assertThat(g.columnCount()).isEqualTo(3);
        assertThat(g.cell(49, 2).number()).isEqualTo(50);
    }

    @Test
    void unsortedAndRepeatedCellsAreSortedLastWins() throws Exception {
        Path file = new RawXlsx()
                .sheet("S", RawXlsx.data(
                        "<row r=\"3\"><c r=\"B3\"><v>1</v></c><c r=\"A3\"><v>2</v></c></row>"
                        + "<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>"
                        + "<row r=\"3\"><c r=\"B3\"><v>4</v></c></row>"))
                .write(dir.resolve("unsorted.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0).number()).isEqualTo(3);
        assertThat(g.cell(2, 0).number()).isEqualTo(2);
        assertThat(g.cell(2, 1).number()).isEqualTo(4);
        assertThat(g.rowCells(2)).extracting(Cell::col).containsExactly(0, 1);
    }

    @Test
    void mergeCellsRawAndOverlapsDropped() throws Exception {
        Path file = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                        + "<mergeCells count=\"4\"><mergeCell ref=\"A1:A10\"/><mergeCell ref=\"B2:D2\"/>"
                        + "<mergeCell ref=\"A5:B6\"/><mergeCell ref=\"E5\"/></mergeCells>"
                        + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .write(dir.resolve("merges.xlsx"));
        SheetGrid g = only(read(file));
        // A5:B6 overlaps A1:A10 and is dropped, as Excel's repair would; E5 alone is no merge
        assertThat(g.mergedRegions()).containsExactly(new MergedRegion(0, 9, 0, 0), new MergedRegion(1, 1, 1, 3));
        assertThat(g.mergedRegionAt(9, 0)).isEqualTo(new MergedRegion(0, 9, 0, 0));
        assertThat(g.mergedRegionAt(1, 2)).isEqualTo(new MergedRegion(1, 1, 1, 3));
        assertThat(g.mergedRegionAt(5, 1)).isNull();
    }

    @Test
    void sixteenThousandColumnsInOneRow() throws Exception {
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < 16384; c++) {
            row.append("<c r=\"").append(CellAddress.column(c)).append("1\"><v>").append(c).append("</v></c>");
        }
        row.append("</row>");
        Path file = new RawXlsx().sheet("S", RawXlsx.data(row.toString())).write(dir.resolve("xfd.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.columnCount()).isEqualTo(16384);
        assertThat(g.cell(0, 16383).address()).isEqualTo("XFD1");
        assertThat(g.cell(0, 16383).number()).isEqualTo(16383);
        assertThat(g.rowCells(0)).hasSize(16384);
    }

    @Test
    void everyCellIsKeptWhateverTheSheetsSize() throws Exception {
        // the cells are collected in blocks that start small and grow: sizes on each side of every step
        for (int n : new int[] {1, 255, 256, 257, 511, 4095, 4096, 4097, 8193}) {
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int r = i / 10 + 1;
                if (i % 10 == 0) {
                    rows.append(i == 0 ? "" : "</row>").append("<row r=\"").append(r).append("\">");
                }
                String ref = CellAddress.column(i % 10) + r;
                rows.append(i % 3 == 0
                        ? "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>文" + i + "</t></is></c>"
                        : "<c r=\"" + ref + "\"><v>" + i + "</v></c>");
            }
            rows.append("</row>");
            Path file = new RawXlsx().sheet("S", RawXlsx.data(rows.toString())).write(dir.resolve("n" + n + ".xlsx"));
            SheetGrid g = only(read(file));
            for (int i = 0; i < n; i++) {
                Cell c = g.cell(i / 10, i % 10);
                if (i % 3 == 0) {
                    assertThat(c.text()).as("cell %d of %d", i, n).isEqualTo("文" + i);
                } else {
                    assertThat(c.number()).as("cell %d of %d", i, n).isEqualTo(i);
                }
            }
            assertThat(g.rowCount()).isEqualTo((n - 1) / 10 + 1);
            assertThat(g.rowCells((n - 1) / 10)).hasSize((n - 1) % 10 + 1);
        }
    }

    @Test
    void repeatedInlineTextsReadAsWritten() throws Exception {
        // "Aa" and "BB" have the same hash, so they take turns in one slot of the reader's recent texts
        String[] written = {"政策企画部", "Aa", "BB", "改行_x000D_あり", "人", "Aa", "件数"};
        String[] read = {"政策企画部", "Aa", "BB", "改行\rあり", "人", "Aa", "件数"};
        StringBuilder rows = new StringBuilder();
        int n = 3000;
        for (int i = 0; i < n; i++) {
            rows.append("<row r=\"").append(i + 1).append("\"><c r=\"A").append(i + 1)
                    .append("\" t=\"inlineStr\"><is><t>").append(written[i % written.length]).append("</t></is></c></row>");
        }
        Path file = new RawXlsx().sheet("S", RawXlsx.data(rows.toString())).write(dir.resolve("repeated.xlsx"));
        SheetGrid g = only(read(file));
        for (int i = 0; i < n; i++) {
            assertThat(g.cell(i, 0).text()).as("row %d", i + 1).isEqualTo(read[i % read.length]);
        }
    }

    @Test
    void cellBeyondExcelsGridIsCorrupt() throws Exception {
        Path file = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"))
                .write(dir.resolve("xfe.xlsx"));
        BadFilesTest.assertRefused(file, ReadException.Kind.UNREADABLE, "corrupt");
    }

    @Test
    void absoluteTargetsPrefixedElementsAndNoStylesOrStrings() throws Exception {
        String ns = "xmlns:x=\"" + RawXlsx.MAIN + "\"";
        Path file = new RawXlsx()
                .absoluteTargets()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>1.5</v></c></row>"))
                .part("xl/worksheets/sheet1.xml", "<x:worksheet " + ns + "><x:sheetData><x:row r=\"2\">"
                        + "<x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>接頭辞</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>")
                .write(dir.resolve("prefixed.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(1, 1).text()).isEqualTo("接頭辞");
    }

    @Test
    void numbersKeepTheirValueAndPlainText() throws Exception {
        Path file = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\">"
                        + "<c r=\"A1\"><v>1.0000000000000001E-3</v></c>"
                        + "<c r=\"B1\"><v>0.30000000000000004</v></c>"
                        + "<c r=\"C1\"><v>123456789012345678</v></c>"
                        + "<c r=\"D1\"><v>-0</v></c>"
                        + "<c r=\"E1\"><v>12abc</v></c>"
                        + "<c r=\"F1\"><v>1E+21</v></c>"
                        + "</row>"))
                .write(dir.resolve("numbers.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0).number()).isEqualTo(0.001);
        assertThat(g.cell(0, 0).text()).isEqualTo("0.001");
        assertThat(g.cell(0, 1).text()).isEqualTo("0.30000000000000004");
        assertThat(g.cell(0, 2).number()).isEqualTo(123456789012345678d);
        assertThat(g.cell(0, 2).text()).isEqualTo("123456789012345680");
        assertThat(g.cell(0, 3).text()).isEqualTo("0");
        assertThat(g.cell(0, 4).type()).isEqualTo(CellType.STRING);
        assertThat(g.cell(0, 4).text()).isEqualTo("12abc");
        assertThat(g.cell(0, 5).text()).isEqualTo("1000000000000000000000");
    }

    @Test
    void severalFilesReadInParallel() throws Exception {
        Path[] files = new Path[8];
        for (int i = 0; i < files.length; i++) {
            StringBuilder rows = new StringBuilder();
            for (int r = 1; r <= 500; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>f")
                        .append(i).append("-").append(r).append("</t></is></c><c r=\"B").append(r).append("\"><v>")
                        .append(i * 1000 + r).append("</v></c></row>");
            }
            files[i] = new RawXlsx().sheet("S" + i, RawXlsx.data(rows.toString())).write(dir.resolve("p" + i + ".xlsx"));
        }
        List<Integer> indexes = java.util.stream.IntStream.range(0, 64).boxed().toList();
        indexes.parallelStream().forEach(k -> {
            int i = k % files.length;
            try {
                SheetGrid g = only(read(files[i]));
                assertThat(g.cell(499, 0).text()).isEqualTo("f" + i + "-500");
                assertThat(g.cell(499, 1).number()).isEqualTo(i * 1000 + 500);
            } catch (ReadException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void strictOpenXml() throws Exception {
        java.util.Map<String, String> parts = new RawXlsx()
                .sharedStrings("<si><t>厳密</t></si>")
                .styles("", 0, 14)
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>45930</v></c></row>"))
                .parts();
        parts.replaceAll((name, xml) -> xml
                .replace(RawXlsx.MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace(RawXlsx.REL, "http://purl.oclc.org/ooxml/officeDocument/relationships"));
        SheetGrid g = only(read(RawXlsx.writeZip(dir.resolve("strict.xlsx"), parts)));
        assertThat(g.cell(0, 0).text()).isEqualTo("厳密");
        assertThat(g.cell(0, 1).isDate()).isTrue();
    }

    @Test
    void zip64Package() throws Exception {
        // more than 65,535 entries makes java.util.zip write ZIP64 end records
        Path file = dir.resolve("zip64.xlsx");
        java.util.Map<String, String> parts = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>64</v></c></row>")).parts();
        try (OutputStream out = Files.newOutputStream(file);
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(new java.io.BufferedOutputStream(out))) {
            for (int i = 0; i < 70_000; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("customXml/item" + i + ".xml"));
                zip.closeEntry();
            }
            for (java.util.Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertThat(only(read(file)).cell(0, 0).number()).isEqualTo(64);
    }

    @Test
    void xlsmWithMacrosPartIsReadLikeXlsx() throws Exception {
        Path file = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>"))
                .part("xl/vbaProject.bin", "not really vba")
                .write(dir.resolve("macro.xlsm"));
        assertThat(only(read(file)).cell(0, 0).number()).isEqualTo(7);
    }

    // ------------------------------------------------------------ damaged packages: refused, saying what is damaged

    private static final String CHI = "地域の見守り活動、地区の防災訓練、地元産品の販路拡大";

    private static ReadException refused(byte[] zip, Path file, String reason) throws IOException {
        return BadFilesTest.assertRefused(Files.write(file, zip), ReadException.Kind.UNREADABLE, reason);
    }

    private static Map<String, String> withSharedText() {
        StringBuilder sis = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sis.append("<si><t>").append(CHI).append(i).append("</t></si>");
            rows.append("<row r=\"").append(i + 1).append("\"><c r=\"A").append(i + 1).append("\" t=\"s\"><v>").append(i)
                    .append("</v></c></row>");
        }
        return new RawXlsx().sharedStrings(sis.toString()).sheet("S", RawXlsx.data(rows.toString())).parts();
    }

    /** Where an entry's data start and how long they are, in a ZIP's bytes. */
    private static long[] dataOf(byte[] zip, String name) throws IOException {
        try (ZipFile z = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            ZipArchiveEntry e = z.getEntry(name);
            return new long[] {e.getDataOffset(), e.getCompressedSize()};
        }
    }

    /**
     * Today's defect: a stored entry with 地 (E5 9C B0) turned into 圲 (E5 9C B2) by one byte was read,
     * and validated. Now its CRC-32 refuses it, naming the part.
     */
    @Test
    void aStoredPartWhoseCrcDoesNotMatchIsDamaged() throws Exception {
        byte[] zip = RawXlsx.zip(RawXlsx.utf8(withSharedText()), true);
        long[] data = dataOf(zip, "xl/sharedStrings.xml");
        byte[] chi = "地".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(zip, chi, (int) data[0]);
        assertThat(at).isBetween((int) data[0], (int) (data[0] + data[1]));
        zip[at + 2] = (byte) 0xB2; // 圲
        ReadException e = refused(zip, dir.resolve("crc-stored.xlsx"), "damaged-part");
        assertThat(e.args()).containsExactly("xl/sharedStrings.xml");
    }

    /**
     * One flipped bit in a part's deflate data that still inflates, to text of the same markup but
     * other characters: only the CRC-32 can tell, and it does.
     */
    @Test
    void aFlippedDeflateBitThatStillInflatesIsDamaged() throws Exception {
        byte[] zip = RawXlsx.zip(RawXlsx.utf8(withSharedText()), false);
        String original = withSharedText().get("xl/sharedStrings.xml");
        long[] data = dataOf(zip, "xl/sharedStrings.xml");
        byte[] damaged = null;
        search:
        for (int i = (int) data[0] + 20; i < data[0] + data[1] - 20; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] copy = zip.clone();
                copy[i] ^= (byte) (1 << bit);
                String inflated = inflate(copy, (int) data[0], (int) data[1]);
                if (inflated != null && !inflated.equals(original) && markup(inflated).equals(markup(original))) {
                    damaged = copy;
                    break search;
                }
            }
        }
        assertThat(damaged).as("a bit whose flip leaves well-formed XML with other text").isNotNull();
        ReadException e = refused(damaged, dir.resolve("crc-deflated.xlsx"), "damaged-part");
        assertThat(e.args()).containsExactly("xl/sharedStrings.xml");
        // and a flip that breaks the deflate data is the same finding, not an XML error
        byte[] broken = zip.clone();
        for (int i = (int) data[0]; i < data[0] + 8; i++) {
            broken[i] ^= (byte) 0xFF;
        }
        assertThat(refused(broken, dir.resolve("bad-deflate.xlsx"), "damaged-part").args())
                .containsExactly("xl/sharedStrings.xml");
    }

    /** The part's text, or null when the bytes do not inflate to a whole, decodable stream. */
    private static String inflate(byte[] zip, int off, int len) {
        java.util.zip.Inflater inf = new java.util.zip.Inflater(true);
        try {
            inf.setInput(java.util.Arrays.copyOfRange(zip, off, off + len + 1));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (java.util.zip.DataFormatException | java.nio.charset.CharacterCodingException e) {
            return null;
        } finally {
            inf.end();
        }
    }

    private static String markup(String xml) {
        return xml.replaceAll(">[^<]*<", "><");
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Two entries of one name: readers differ on which they take (ours took the first, others the last). */
    @Test
    void twoEntriesWithTheSameNameAreRefused() throws Exception {
        Map<String, String> parts = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")).parts();
        String other = parts.get("xl/worksheets/sheet1.xml").replace("<v>1</v>", "<v>2</v>");
        for (String second : new String[] {"xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml", "/xl/worksheets/sheet1.xml"}) {
            Path file = dir.resolve("twice.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                LimitsTest.HandZip zip = new LimitsTest.HandZip(out);
                for (Map.Entry<String, String> e : parts.entrySet()) {
                    zip.stored(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.stored(second, other.getBytes(StandardCharsets.UTF_8)); // part names ignore case (OPC)
                zip.finish();
            }
            ReadException e = BadFilesTest.assertRefused(file, ReadException.Kind.UNREADABLE, "duplicate-part");
            assertThat(e.args()).as(second).containsExactly(second.substring(second.startsWith("/") ? 1 : 0));
        }
    }

    /**
     * A part's name damaged in the ZIP directory, which no checksum covers: the styles part's became
     * xl/stylus.xml (found by fuzzing), and dates read as plain numbers. The workbook's relationship
     * names a part the package lacks, which is damage.
     */
    @Test
    void aRelationshipToAPartThePackageLacksIsDamage() throws Exception {
        Map<String, String> parts = new RawXlsx().styles("", 0, 14)
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45930</v></c></row>")).parts();
        parts.put("xl/stylus.xml", parts.remove("xl/styles.xml"));
        ReadException e = BadFilesTest.assertRefused(RawXlsx.writeZip(dir.resolve("stylus.xlsx"), parts),
                ReadException.Kind.UNREADABLE, "missing-part");
        assertThat(e.args()).containsExactly("xl/styles.xml");
        // the same damage to the workbook part's name: not "not a workbook"
        parts.put("xl/styles.xml", parts.remove("xl/stylus.xml"));
        parts.put("xl/workbooc.xml", parts.remove("xl/workbook.xml"));
        e = BadFilesTest.assertRefused(RawXlsx.writeZip(dir.resolve("workbooc.xlsx"), parts),
                ReadException.Kind.UNREADABLE, "missing-part");
        assertThat(e.args()).containsExactly("xl/workbook.xml");
    }

    /** XML the old parsers accepted: each is refused with the part, line and column. */
    @Test
    void malformedXmlInAnyPartIsRefusedWithWhereItIs() throws Exception {
        String ws = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\">";
        String rows = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>";
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("unclosed root", ws + rows);
        sheets.put("mismatched end tag", ws + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></sheetData></row></worksheet>");
        sheets.put("trailing garbage", ws + rows + "</worksheet>garbage");
        sheets.put("second root", ws + rows + "</worksheet><worksheet/>");
        for (Map.Entry<String, String> c : sheets.entrySet()) {
            Map<String, String> parts = new RawXlsx().sheet("S", "").parts();
            parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + c.getValue());
            ReadException e = BadFilesTest.assertRefused(RawXlsx.writeZip(dir.resolve("m.xlsx"), parts),
                    ReadException.Kind.UNREADABLE, "malformed-xml");
            assertThat(e.args()).as(c.getKey()).hasSize(3).startsWith("xl/worksheets/sheet1.xml", 2);
            assertThat((int) e.args()[2]).as(c.getKey()).isPositive();
        }
        Map<String, String> parts = new RawXlsx().sheet("S", rows).parts();
        String types = parts.get("[Content_Types].xml");
        parts.put("[Content_Types].xml", types.substring(0, types.length() / 2)); // cut in the middle
        ReadException e = BadFilesTest.assertRefused(RawXlsx.writeZip(dir.resolve("types.xlsx"), parts),
                ReadException.Kind.UNREADABLE, "malformed-xml");
        assertThat(e.args()[0]).isEqualTo("[Content_Types].xml");
        parts.remove("[Content_Types].xml");
        assertThat(BadFilesTest.assertRefused(RawXlsx.writeZip(dir.resolve("notypes.xlsx"), parts),
                ReadException.Kind.UNREADABLE, "missing-part").args()).containsExactly("[Content_Types].xml");
    }

    /**
     * {@code <c><v>6</v><v>7</v></c>} was read as 67. A cell has at most one value (CT_Cell), and
     * no spreadsheet program writes two; rather than guess which one counts, the cell is refused.
     */
    @Test
    void aCellWithTwoValuesIsRefused() throws Exception {
        for (String cell : new String[] {"<c r=\"B2\"><v>6</v><v>7</v></c>",
            "<c r=\"B2\" t=\"inlineStr\"><is><t>6</t></is><is><t>7</t></is></c>",
            "<c r=\"B2\" t=\"inlineStr\"><v>6</v><is><t>7</t></is></c>"}) {
            Path file = new RawXlsx().sheet("入力", RawXlsx.data("<row r=\"2\">" + cell + "</row>"))
                    .write(dir.resolve("two.xlsx"));
            ReadException e = BadFilesTest.assertRefused(file, ReadException.Kind.UNREADABLE, "two-values");
            assertThat(e.args()).as(cell).containsExactly("入力!B2");
        }
    }

    /** A damaged XML declaration made the JDK's parser print "[Fatal Error] …" on stderr: nothing may print. */
    @Test
    void aDamagedXmlDeclarationIsRefusedAndNothingIsPrinted() throws Exception {
        Map<String, byte[]> parts = RawXlsx.utf8(new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")).parts());
        byte[] wb = parts.get("xl/workbook.xml");
        wb[5] = (byte) 0x81; // "<?xml\u0081version…": not UTF-8, and not a declaration
        byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ReadException e = refused(RawXlsx.zip(parts, false), dir.resolve("decl.xlsx"), "malformed-xml");
            assertThat(e.args()[0]).isEqualTo("xl/workbook.xml");
            parts.put("xl/workbook.xml", new RawXlsx().sheet("S", "").parts().get("xl/workbook.xml")
                    .getBytes(StandardCharsets.UTF_8));
            sheet[sheet.length - 3] = (byte) 0xC3; // an invalid UTF-8 sequence in the last end tag
            parts.put("xl/worksheets/sheet1.xml", sheet);
            e = refused(RawXlsx.zip(parts, false), dir.resolve("utf8.xlsx"), "malformed-xml");
            assertThat(e.args()[0]).isEqualTo("xl/worksheets/sheet1.xml");
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    // ------------------------------------------------------------ legal packages that Excel, LibreOffice and POI open

    @Test
    void anEmptySharedStringReferenceIsAnEmptyCell() throws Exception {
        Path file = new RawXlsx()
                .sharedStrings("<si><t>目標</t></si>")
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v/></c><c r=\"B1\" t=\"s\"><v></v></c>"
                        + "<c r=\"C1\" t=\"s\"><v>0</v></c></row>"))
                .write(dir.resolve("empty-ref.xlsx"));
        SheetGrid g = only(read(file));
        assertThat(g.cell(0, 0)).isNull();
        assertThat(g.cell(0, 1)).isNull();
        assertThat(g.cell(0, 2).text()).isEqualTo("目標");
    }

    @Test
    void aSheetWithAnEmptyRelationshipIdIsLeftOut() throws Exception {
        Map<String, String> parts = new RawXlsx()
                .sheet("表紙", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))
                .sheet("壊れ", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"))
                .sheet("入力", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>"))
                .parts();
        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("r:id=\"rId2\"", "r:id=\"\""));
        List<SheetGrid> sheets = read(RawXlsx.writeZip(dir.resolve("empty-rid.xlsx"), parts)).sheets();
        assertThat(sheets).extracting(SheetGrid::name).containsExactly("表紙", "入力");
        assertThat(sheets.get(1).cell(0, 0).number()).isEqualTo(3);
    }

    @Test
    void theWorkbookPartIsWhereThePackageRelationshipSays() throws Exception {
        Map<String, String> parts = new RawXlsx()
                .sharedStrings("<si><t>別名</t></si>")
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")).parts();
        Map<String, String> moved = new LinkedHashMap<>();
        parts.forEach((name, xml) -> moved.put(switch (name) {
            case "xl/workbook.xml" -> "xl/book.xml";
            case "xl/_rels/workbook.xml.rels" -> "xl/_rels/book.xml.rels";
            default -> name;
        }, name.equals("_rels/.rels") ? xml.replace("Target=\"xl/workbook.xml\"", "Target=\"/xl/book.xml\"") : xml));
        SheetGrid g = only(read(RawXlsx.writeZip(dir.resolve("book.xlsx"), moved)));
        assertThat(g.cell(0, 0).text()).isEqualTo("別名");
    }

    /** One path for every part, whatever its encoding: UTF-16, Shift_JIS and ISO-8859-1 parts read as UTF-8 ones do. */
    @Test
    void partsInOtherEncodingsReadLikeUtf8() throws Exception {
        Map<String, String> parts = new RawXlsx()
                .sharedStrings("<si><t>政策企画部</t></si>")
                .sheet("Résumé", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>総務部</t></is></c></row>"))
                .parts();
        Map<String, byte[]> bytes = RawXlsx.utf8(parts);
        // UTF-16 as Windows writes it: little-endian after a byte-order mark
        bytes.put("xl/sharedStrings.xml", encoded(parts.get("xl/sharedStrings.xml"), "UTF-16", "\uFEFF", "UTF-16LE"));
        bytes.put("xl/worksheets/sheet1.xml", encoded(parts.get("xl/worksheets/sheet1.xml"), "Shift_JIS", "", "Shift_JIS"));
        bytes.put("xl/workbook.xml", encoded(parts.get("xl/workbook.xml"), "ISO-8859-1", "", "ISO-8859-1"));
        SheetGrid g = only(read(Files.write(dir.resolve("encodings.xlsx"), RawXlsx.zip(bytes, false))));
        assertThat(g.name()).isEqualTo("Résumé");
        assertThat(g.cell(0, 0).text()).isEqualTo("政策企画部");
        assertThat(g.cell(0, 1).text()).isEqualTo("総務部");

        // bytes that are not of the declared charset are refused, never replaced
        byte[] sjis = bytes.get("xl/worksheets/sheet1.xml");
        int at = indexOf(sjis, "総務部".getBytes(java.nio.charset.Charset.forName("Shift_JIS")), 0);
        sjis[at] = (byte) 0x85; // a lead byte with no character in Shift_JIS
        sjis[at + 1] = (byte) 0x40;
        refused(RawXlsx.zip(bytes, false), dir.resolve("bad-sjis.xlsx"), "malformed-xml");
    }

    private static byte[] encoded(String xml, String declared, String bom, String charset) {
        return (bom + xml.replace("encoding=\"UTF-8\"", "encoding=\"" + declared + "\""))
                .getBytes(java.nio.charset.Charset.forName(charset));
    }

    @Test
    void workbookWithNoVisibleSheetsIsEmpty() throws IOException, ReadException {
        Path file = new RawXlsx()
                .sheet("S", "hidden", RawXlsx.data(""))
                .write(dir.resolve("novisible.xlsx"));
        assertThat(read(file).sheets()).isEmpty();
    }
}
