package io.goalsheet.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.goalsheet.read.Cell;
import io.goalsheet.read.CellType;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.read.WorkbookReader;
import io.goalsheet.schema.ReportTemplateLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The streamed workbook writer, read back by goalsheet's own reader, by POI and as a package. */
class XlsxPackageTest {

    private static final Instant CREATED = Instant.parse("2025-10-01T09:00:00Z");

    /** Texts XML cannot carry as they are, or that a reader could take for something else. */
    private static final List<String> AWKWARD = List.of(
            "政策企画部", "=SUM(A1:A2)", "+81 3", "-5", "@home", "a & b < c > d \"q\" 'a'",
            "ctrl\u0001\u0008\u001f", "cr\r\nlf", "tab\there", "_x0041_ stays literal", "_x00", "_",
            "lone \ud800 surrogate", "𠮷野家 🍣", "  leading and trailing  ", "", "\ufffe", "１２３％");

    private static byte[] write(Instant created, boolean withChart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxPackage xlsx = new XlsxPackage(out, ReportTemplateLoader.loadBuiltIn(), created);
        StreamSheet a = xlsx.sheet("値");
        a.layout(new int[] {20, 10}, 1, 1, 1);
        a.row(0, 30);
        a.text(0, "見出し", Style.HEADER);
        for (String s : AWKWARD) {
            a.nextRow();
            a.text(0, s, Style.TEXT);
        }
        a.row(40, 0);
        a.number(0, 12, Style.INTEGER);
        a.number(1, -0.125, Style.NUMBER);
        a.row(41, 0);
        a.number(0, 1e20, Style.PLAIN);
        a.put(1, 60.5, Style.PERCENT);
        a.row(42, 0);
        a.put(0, LocalDate.of(2025, 9, 30), Style.PLAIN);
        a.put(1, LocalDate.of(1900, 2, 28), Style.DATE);
        a.row(43, 0);
        a.put(0, LocalDate.of(1900, 3, 1), Style.DATE);
        a.put(1, LocalDate.of(1899, 1, 1), Style.DATE);
        a.row(44, 0);
        a.formula(0, "SUM(A41:A41)", 12.0, Style.INTEGER);
        a.formula(1, "IFERROR(1/0,\"\")", "", Style.PERCENT);
        a.put(2, null, Style.TEXT);
        a.put(3, null, Style.PLAIN);
        a.autoFilter(44, 3);
        StreamSheet b = xlsx.sheet("O'Brien & 部");
        b.layout(new int[] {22, 11, 11}, 0, 3, 3);
        b.row(3, 0);
        b.text(0, "政策企画部", Style.TEXT);
        b.number(1, 3, Style.INTEGER);
        b.number(2, 1, Style.INTEGER);
        b.row(4, 0);
        b.text(0, "総務部", Style.TEXT);
        b.number(1, 2, Style.INTEGER);
        b.number(2, 0, Style.INTEGER);
        if (withChart) {
            // a title and a department name with what XML cannot carry as it is: the parts must stay well-formed
            b.chart(new Grid.StackedBarChart("内訳\u0007 \"&\"", "O'Brien & 部", 3, 4, 0, List.of("政策\u0001企画部", "総務部"),
                    List.of(new Grid.Series("◎", 2, 1, 1, "1B7F3B", List.of(3, 2)),
                            new Grid.Series("○", 2, 2, 2, "7CC05A", List.of(1, 0))), 0, 7, 6, 20));
        }
        xlsx.sheet("空");
        xlsx.finish();
        return out.toByteArray();
    }

    private static Path file(Path dir, byte[] bytes) throws IOException {
        Path p = dir.resolve("w.xlsx");
        Files.write(p, bytes);
        return p;
    }

    @Test
    void ourReaderGetsBackEveryTextNumberAndDate(@TempDir Path dir) throws Exception {
        var wb = WorkbookReader.read(file(dir, write(CREATED, true)), ReadOptions.defaults());
        assertThat(wb.sheets()).extracting(SheetGrid::name).containsExactly("値", "O'Brien & 部", "空");
        SheetGrid s = wb.sheets().get(0);
        assertThat(s.cell(0, 0).text()).isEqualTo("見出し");
        for (int i = 0; i < AWKWARD.size(); i++) {
            Cell c = s.cell(1 + i, 0);
            assertThat(c.type()).as(AWKWARD.get(i)).isEqualTo(CellType.STRING);
            assertThat(c.formula()).isFalse();
            assertThat(c.text()).as("row %d", i + 2).isEqualTo(AWKWARD.get(i));
        }
        assertThat(s.cell(40, 0).number()).isEqualTo(12);
        assertThat(s.cell(40, 1).number()).isEqualTo(-0.125);
        assertThat(s.cell(41, 0).number()).isEqualTo(1e20);
        assertThat(s.cell(41, 1).number()).isEqualTo(60.5);
        assertThat(s.cell(42, 0).isDate()).isTrue();
        assertThat(s.cell(42, 0).number()).isEqualTo(45930);   // Excel's serial of 2025-09-30
        assertThat(s.cell(42, 1).number()).isEqualTo(59);      // 1900-02-28, before Excel's phantom 29 February
        assertThat(s.cell(43, 0).number()).isEqualTo(61);      // 1900-03-01, after it
        assertThat(s.cell(43, 1).text()).isEqualTo("1899-01-01"); // no serial before 1900: kept as text
        assertThat(s.cell(44, 0).formula()).isTrue();
        assertThat(s.cell(44, 0).number()).isEqualTo(12);
        assertThat(s.cell(44, 1).text()).isEmpty();
        assertThat(wb.sheets().get(2).rowCount()).isZero();
    }

    @Test
    void poiReadsFormulasStylesPanesFilterPrintTitlesAndTheChart() throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(write(CREATED, true)))) {
            XSSFSheet s = wb.getSheet("値");
            assertThat(s.getRow(0).getHeightInPoints()).isEqualTo(30);
            assertThat(s.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("政策企画部");
            assertThat(s.getRow(2).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=SUM(A1:A2)");
            assertThat(s.getRow(41).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
            assertThat(s.getRow(42).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(DateUtil.isCellDateFormatted(s.getRow(42).getCell(0))).isTrue();
            assertThat(s.getRow(44).getCell(0).getCellFormula()).isEqualTo("SUM(A41:A41)");
            assertThat(s.getRow(44).getCell(0).getNumericCellValue()).isEqualTo(12);
            assertThat(s.getRow(44).getCell(1).getCellFormula()).isEqualTo("IFERROR(1/0,\"\")");
            assertThat(s.getRow(44).getCell(2).getCellStyle().getBorderTop())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(s.getRow(44).getCell(3)).isNull();
            assertThat(s.getColumnWidth(0)).isEqualTo(20 * 256);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D45");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(s.getFooter().getCenter()).isEqualTo("&P / &N");
            XSSFSheet b = wb.getSheet("O'Brien & 部");
            assertThat(b.getRepeatingRows().formatAsString()).isEqualTo("1:3");
            var charts = b.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var bar = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertThat(bar.getGrouping().getVal().toString()).isEqualTo("stacked");
            assertThat(bar.getSerArray()).hasSize(2);
            assertThat(bar.getSerArray(0).getVal().getNumRef().getF()).isEqualTo("'O''Brien & 部'!$B$4:$B$5");
            assertThat(bar.getSerArray(0).getCat().getStrRef().getStrCache().getPtArray(1).getV()).isEqualTo("総務部");
            assertThat(wb.getForceFormulaRecalculation()).isTrue();
        }
    }

    /** What Excel checks before it opens a file at all: every part typed, every relationship pointing at a part. */
    @Test
    void thePackageIsConsistent() throws Exception {
        Map<String, byte[]> parts = unzip(write(CREATED, true));
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Map<String, Document> xml = new HashMap<>();
        for (var e : parts.entrySet()) {
            xml.put(e.getKey(), dbf.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue())));
        }
        Set<String> typed = new HashSet<>();
        NodeList overrides = xml.get("[Content_Types].xml").getElementsByTagName("Override");
        for (int i = 0; i < overrides.getLength(); i++) {
            typed.add(((Element) overrides.item(i)).getAttribute("PartName").substring(1));
        }
        for (String part : parts.keySet()) {
            if (!part.endsWith(".rels") && !part.equals("[Content_Types].xml")) {
                assertThat(typed).as("content type of " + part).contains(part);
            }
        }
        assertThat(parts.keySet()).containsAll(typed);
        List<String> targets = new ArrayList<>();
        for (var e : xml.entrySet()) {
            if (!e.getKey().endsWith(".rels")) {
                continue;
            }
            String base = e.getKey().replaceFirst("_rels/[^/]*\\.rels$", "");
            NodeList rels = e.getValue().getElementsByTagName("Relationship");
            for (int i = 0; i < rels.getLength(); i++) {
                Path target = Path.of("/" + base).resolve(((Element) rels.item(i)).getAttribute("Target")).normalize();
                targets.add(target.toString().substring(1));
            }
        }
        assertThat(parts.keySet()).containsAll(targets);
        assertThat(targets).contains("xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/charts/chart1.xml",
                "xl/worksheets/sheet3.xml");
        Element cellXfs = (Element) xml.get("xl/styles.xml").getElementsByTagName("cellXfs").item(0);
        assertThat(cellXfs.getElementsByTagName("xf").getLength()).isEqualTo(Style.values().length)
                .isEqualTo(Integer.parseInt(cellXfs.getAttribute("count")));
        assertThat(new String(parts.get("docProps/core.xml"), "UTF-8")).contains("2025-10-01T09:00:00Z");
    }

    @Test
    void theSameContentAndTimeGiveTheSameBytes() throws Exception {
        assertThat(write(CREATED, true)).isEqualTo(write(CREATED, true))
                .isNotEqualTo(write(CREATED.plusSeconds(1), true));
        var entries = new ZipInputStream(new ByteArrayInputStream(write(CREATED, false)));
        for (ZipEntry e; (e = entries.getNextEntry()) != null; ) {
            assertThat(e.getLastModifiedTime().toInstant()).as(e.getName()).isEqualTo(CREATED);
        }
    }

    @Test
    void rowsAndCellsOutOfOrderOrPastTheSheetAreRefused() throws IOException {
        try (XlsxPackage xlsx = new XlsxPackage(new ByteArrayOutputStream(), ReportTemplateLoader.loadBuiltIn(),
                CREATED)) {
            StreamSheet s = xlsx.sheet("a");
            s.row(3, 0);
            s.text(2, "x", Style.TEXT);
            assertThatThrownBy(() -> s.text(2, "y", Style.TEXT)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.row(3, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.layout(new int[0], 0, 0, 0)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> s.row(MergeWorkbook.MAX_ROWS, 0)).hasMessageContaining("1,048,576");
            s.row(MergeWorkbook.MAX_ROWS - 1, 0);
        }
    }

    /** A stream that fails (a full disk) fails the write with its own error, and no thread is left waiting. */
    @Test
    void aFailingStreamFailsTheWrite() throws InterruptedException {
        OutputStream full = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 10_000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        assertThatThrownBy(() -> {
            try (XlsxPackage xlsx = new XlsxPackage(full, ReportTemplateLoader.loadBuiltIn(), CREATED)) {
                StreamSheet s = xlsx.sheet("a");
                for (int r = 0; r < 100_000; r++) {
                    s.row(r, 0);
                    s.number(0, r * 7919.0 % 104729, Style.INTEGER);
                }
                xlsx.finish();
            }
        }).satisfiesAnyOf(e -> assertThat(e).isInstanceOf(IOException.class),
                e -> assertThat(e).isInstanceOf(java.io.UncheckedIOException.class))
                .hasMessageContaining("No space left");
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("goalsheet-zip")) {
                t.join(5_000);
                assertThat(t.isAlive()).as("zip thread still running").isFalse();
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
