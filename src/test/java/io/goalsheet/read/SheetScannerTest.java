package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worksheet scanner reads what StAX reads: for every part it takes, the same cells, merges and
 * errors; every part it leaves, StAX reads. Parts are given whole, prolog included.
 */
class SheetScannerTest {

    private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String ROOT = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\"" + RawXlsx.REL + "\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac\""
            + " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">";

    /** As Excel, openpyxl, POI and LibreOffice write them: the scanner reads these itself. */
    @ParameterizedTest
    @ValueSource(strings = {
        DECL + ROOT + "<dimension ref=\"A1:C2\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/>"
                + "</sheetViews><sheetFormatPr defaultRowHeight=\"18.75\" x14ac:dyDescent=\"0.4\"/>"
                + "<cols><col min=\"1\" max=\"2\" width=\"9\" customWidth=\"1\"/></cols><sheetData>"
                + "<row r=\"1\" spans=\"1:3\" x14ac:dyDescent=\"0.4\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" s=\"1\"><v>45930</v></c><c r=\"C1\"><f>B1+1</f><v>45931</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"C2\" t=\"str\"><f t=\"shared\" ref=\"C2:C3\" si=\"0\">A2&amp;\"x\"</f><v>a&lt;b&gt;c</v></c></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:A2\"/></mergeCells>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "</worksheet>",
        "<?xml version='1.0' encoding='utf-8'?>\n<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetPr><outlinePr"
                + " summaryBelow=\"1\" summaryRight=\"1\"/><pageSetUpPr/></sheetPr><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>重点目標 &#x3042;&#12354;</t></is></c><c r=\"B1\" t=\"n\"><v>1.0</v></c>"
                + "<c r=\"C1\" t=\"b\"><v>1</v></c></row>\n<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><rPr><b/>"
                + "<sz val=\"11\"/></rPr><t xml:space=\"preserve\"> 政策 </t></r><r><t>企画部</t></r>"
                + "<rPh sb=\"0\" eb=\"2\"><t>セイサク</t></rPh><phoneticPr fontId=\"1\"/></is></c>"
                + "<c r=\"B2\"/><c r=\"C2\" s=\"1\"><v/></c></row></sheetData></worksheet>",
        "\uFEFF<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row>"
                + "<row/><row r=\"5\"><c t=\"d\"><v>2025-09-30</v></c><c r=\"D5\"><v> 7 </v></c><c><is/></c></row>"
                + "<row>\r\n<c t=\"inlineStr\"><is><t>😀 _x000D_ x</t></is></c></row></sheetData>"
                + "<mergeCells><mergeCell ref=\"B2:A1\"/><mergeCell ref=\"A1\"/><mergeCell/></mergeCells></worksheet>",
        ROOT + "<sheetData><row><c t=\"inlineStr\"><is><t>a&#13;&#10;b&#x1F600;\tc\nd</t></is></c></row></sheetData>"
                + "</worksheet>",
        ROOT + "<sheetData><row><c t=\"inlineStr\"><is><t>&#95;x000D_ &#x5F;x0041_ a_x0042_</t></is></c>"
                + "<c t=\"inlineStr\"><is><r><t>_x00</t></r><r><t>43_</t></r></is></c></row></sheetData></worksheet>",
    })
    void theUsualPartsAreScannedAndReadAsStaxReadsThem(String part) throws Exception {
        byte[] xlsx = xlsx(part.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome(xlsx, true)).isEqualTo(outcome(xlsx, false));
        assertThat(outcome(xlsx, true)).doesNotStartWith("error");
    }

    /** Left to StAX: what the scanner does not take, and what is not well formed. */
    @ParameterizedTest
    @ValueSource(strings = {
        DECL + ROOT + "<!-- a comment --><sheetData/></worksheet>",
        DECL + "<?pi x?>" + ROOT + "<sheetData/></worksheet>",
        DECL + "<!DOCTYPE worksheet>" + ROOT + "<sheetData/></worksheet>",
        "<?xml version=\"1.1\"?>" + ROOT + "<sheetData/></worksheet>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + ROOT + "<sheetData/></worksheet>",
        "<x:worksheet xmlns:x=\"" + RawXlsx.MAIN + "\"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row>"
                + "</x:sheetData></x:worksheet>",
        ROOT + "<sheetData><row><c><v><![CDATA[5]]></v></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c t=\"inlineStr\"><is><t>a\rb</t></is></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c t=\"inlineStr\"><is><t>a&nbsp;b</t></is></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c t=\"inlineStr\"><is><t>a]]>b</t></is></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c t=\"inlineStr\"><is><t>a&#0;b</t></is></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c r=\"A1\" r=\"B1\"><v>1</v></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c r=\"A1\"t=\"n\"><v>1</v></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c r=A1><v>1</v></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row foo:bar=\"1\"><c><v>1</v></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row xmlns:foo=\"urn:x\" foo:bar=\"1\"><c><v>1</v></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c x14ac:r=\"B1\"><v>1</v></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c r=\"A&#49;\"><v>1</v></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c r=\"A1\"><v>1</v></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c r=\"A1\"><v>1<b/></v></c></row></sheetData></worksheet>",
        ROOT + "<sheetData><row><c r=\"A1\"><v>1</v></c></row></sheetData>",
        ROOT + "<sheetData><row><c r=\"A1\"><v>1</v></c></row>",
        ROOT + "<sheetData><row><c r=\"XFE1\"><v>1</v></c></row></sheetData></worksheet>",
    })
    void otherPartsAreReadByStax(String part) throws Exception {
        byte[] xlsx = xlsx(part.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> XlsxReader.read(source(xlsx), ReadLimits.defaults(), true))
                .isInstanceOf(SheetScanner.Unsupported.class);
        assertThat(outcome(xlsx, null)).isEqualTo(outcome(xlsx, false));
    }

    @Test
    void aPartTheScannerLeavesIsReadAgainByStax() throws Exception {
        byte[] comment = xlsx((ROOT + "<!-- x --><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> XlsxReader.read(source(comment), ReadLimits.defaults(), true))
                .isInstanceOf(SheetScanner.Unsupported.class);
        assertThat(XlsxReader.read(source(comment), ReadLimits.defaults()).sheets().get(0).cell(0, 0).number())
                .isEqualTo(1);
    }

    @Test
    void deepNestingIsLeftToStax() throws Exception {
        for (int levels : new int[] {20, 220, 300}) {
            String part = ROOT + "<sheetData>" + "<row>".repeat(levels) + "<c><v>1</v></c>" + "</row>".repeat(levels)
                    + "</sheetData></worksheet>";
            byte[] xlsx = xlsx(part.getBytes(StandardCharsets.UTF_8));
            if (levels > 200) {
                assertThatThrownBy(() -> XlsxReader.read(source(xlsx), ReadLimits.defaults(), true))
                        .isInstanceOf(SheetScanner.Unsupported.class);
            }
            assertThat(outcome(xlsx, null)).isEqualTo(outcome(xlsx, false));
        }
    }

    @Test
    void invalidUtf8IsLeftToStax() throws Exception {
        byte[] head = (ROOT + "<sheetData><row><c t=\"inlineStr\"><is><t>a").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}, new byte[] {(byte) 0xF8})) {
            byte[] xlsx = xlsx(concat(head, bad, tail));
            assertThatThrownBy(() -> XlsxReader.read(source(xlsx), ReadLimits.defaults(), true))
                    .isInstanceOf(SheetScanner.Unsupported.class);
            assertThat(outcome(xlsx, null)).isEqualTo(outcome(xlsx, false));
        }
    }

    /** Random parts from the pieces above and more; each read both ways must agree, and most are scanned. */
    @Test
    void randomPartsReadAlikeBothWays() throws Exception {
        Random random = new Random(20251123);
        int scanned = 0;
        int cases = 1500;
        for (int i = 0; i < cases; i++) {
            byte[] xlsx = xlsx(randomPart(random));
            String stax = outcome(xlsx, false);
            String scan;
            try {
                scan = outcome(xlsx, true);
            } catch (SheetScanner.Unsupported e) {
                continue;
            }
            scanned++;
            assertThat(scan).as("case %d", i).isEqualTo(stax);
        }
        assertThat(scanned).isGreaterThan(cases / 3);
    }

    // ------------------------------------------------------------ random parts

    private static final String[] VALUES = {"1", "-3.5", " 42 ", "1e3", "abc", "0", "TRUE", "#DIV/0!", "2025-09-30",
        "2", "3", "45930.5", "&amp;x", "&#65;", "&#x3042;", "a&lt;b&gt;", "&quot;&apos;", "a\tb\nc", "あ😀",
        "x]y]z", "_x000D__x005F_", "", "１２３", "&#13;"};
    /** Values the scanner leaves to StAX, or that are not well formed. */
    private static final String[] ODD_VALUES = {"&#0;", "&foo;", "a\rb", "a\r\nb", "]]>", "x]]>z", "<![CDATA[5]]>",
        "<!--c-->7", "\u0001", "<b/>", "&#xD800;", "&#x110000;", "&#;", "&amp"};

    private static String value(Random r) {
        return r.nextInt(40) == 0 ? ODD_VALUES[r.nextInt(ODD_VALUES.length)] : VALUES[r.nextInt(VALUES.length)];
    }

    private static final String[] TYPES = {null, "n", "s", "str", "inlineStr", "b", "e", "d", "foo"};
    private static final String[] STYLES = {null, "0", "1", "2", "99", "x", "-1"};

    private static byte[] randomPart(Random r) {
        StringBuilder sb = new StringBuilder();
        int prolog = r.nextInt(12);
        boolean bom = prolog == 0;
        sb.append(switch (prolog) {
            case 1, 2, 3, 4 -> DECL;
            case 5 -> "<?xml version='1.0' encoding='UTF-8'?>";
            case 6 -> "<?xml version=\"1.0\"?>\r\n";
            case 7 -> r.nextBoolean() ? "<!-- c -->" : " ";
            case 8 -> "<?xml version=\"1.0\"encoding=\"UTF-8\"?>";
            default -> "";
        });
        boolean prefixed = r.nextInt(25) == 0;
        String p = prefixed ? "x:" : "";
        boolean declared = r.nextInt(4) > 0;
        sb.append(prefixed ? "<x:worksheet xmlns:x=\"" + RawXlsx.MAIN + "\">" : declared ? ROOT
                : "<worksheet xmlns=\"" + RawXlsx.MAIN + "\">");
        if (r.nextBoolean()) {
            sb.append("<").append(p).append("dimension ref=\"A1:C3\"/>");
        }
        if (r.nextInt(8) == 0) {
            sb.append("<").append(p).append("sheetViews><").append(p).append("sheetView workbookViewId=\"0\">")
                    .append(r.nextInt(4) == 0 ? "<!-- v -->" : "").append("</").append(p).append("sheetView></")
                    .append(p).append("sheetViews>");
        }
        if (r.nextInt(10) == 0) {
            sb.append("<").append(p).append("mergeCells><").append(p).append("mergeCell ref=\"A1:B1\"/></")
                    .append(p).append("mergeCells>");
        }
        sb.append("<").append(p).append("sheetData>");
        int rows = r.nextInt(6);
        for (int row = 1; row <= rows; row++) {
            int rowForm = r.nextInt(10);
            sb.append("<").append(p).append("row");
            if (rowForm < 6) {
                sb.append(" r=\"").append(rowForm == 0 ? row + r.nextInt(3) : row).append('"');
            } else if (rowForm == 6) {
                sb.append(" r=\"0\"");
            }
            if (r.nextInt(4) == 0) {
                sb.append(" spans=\"1:3\"");
            }
            if (r.nextInt(5) == 0) {
                sb.append(r.nextInt(4) == 0 ? " foo:y=\"1\"" : " x14ac:dyDescent=\"0.25\"");
            }
            if (r.nextInt(15) == 0) {
                sb.append("/>");
                continue;
            }
            sb.append(r.nextInt(6) == 0 ? "\n>" : ">");
            int cells = r.nextInt(5);
            for (int col = 0; col < cells; col++) {
                cell(r, sb, p, row, col);
                if (r.nextInt(10) == 0) {
                    sb.append(r.nextBoolean() ? "\n" : "\r\n  ");
                }
            }
            sb.append(r.nextInt(60) == 0 ? "" : "</" + p + "row>");
        }
        sb.append("</").append(p).append("sheetData>");
        if (r.nextInt(3) == 0) {
            sb.append("<").append(p).append("mergeCells count=\"2\">");
            for (String ref : new String[] {"A1:A2", r.nextBoolean() ? "B1:C3" : "C3:B1", "A1", "x:y"}) {
                if (r.nextBoolean()) {
                    sb.append("<").append(p).append("mergeCell ref=\"").append(ref).append("\"/>");
                }
            }
            sb.append("</").append(p).append("mergeCells>");
        }
        if (r.nextInt(4) == 0) {
            sb.append("<").append(p).append("pageMargins left=\"0.7\"/>");
        }
        if (r.nextInt(20) != 0) {
            sb.append("</").append(p).append("worksheet>");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        return bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes) : bytes;
    }

    private static void cell(Random r, StringBuilder sb, String p, int row, int col) {
        List<String> attributes = new ArrayList<>();
        int refForm = r.nextInt(8);
        if (refForm < 5) {
            attributes.add("r=\"" + (char) ('A' + col + (refForm == 0 ? 1 : 0)) + row + "\"");
        } else if (refForm == 5) {
            attributes.add("r=\"" + (r.nextBoolean() ? "XFE1" : "$A$" + row) + "\"");
        }
        String type = TYPES[r.nextInt(TYPES.length)];
        if (type != null) {
            attributes.add("t=\"" + type + "\"");
        }
        String style = STYLES[r.nextInt(STYLES.length)];
        if (style != null) {
            attributes.add("s='" + style + "'");
        }
        if (r.nextInt(8) == 0) {
            attributes.add("cm=\"1\"");
        }
        if (r.nextInt(40) == 0) {
            attributes.add(attributes.isEmpty() ? "t=\"n\" t=\"n\"" : attributes.get(0));
        }
        java.util.Collections.shuffle(attributes, r);
        sb.append("<").append(p).append("c");
        for (String a : attributes) {
            sb.append(r.nextInt(30) == 0 ? "\t" : " ").append(a);
        }
        int content = r.nextInt(12);
        if (content == 0) {
            sb.append("/>");
            return;
        }
        sb.append(">");
        String value = value(r);
        switch (content) {
            case 1, 2, 3, 4 -> sb.append("<").append(p).append("v>").append(value).append("</").append(p).append("v>");
            case 5 -> sb.append("<").append(p).append("f>SUM(A1)</").append(p).append("f><").append(p).append("v>")
                    .append(value).append("</").append(p).append("v>");
            case 6 -> sb.append("<").append(p).append("f t=\"shared\" ref=\"A1:A2\" si=\"0\"/>");
            case 7 -> sb.append("<").append(p).append("is><").append(p).append("t>").append(value).append("</")
                    .append(p).append("t></").append(p).append("is>");
            case 8 -> sb.append("<").append(p).append("is><").append(p).append("r><").append(p).append("rPr><")
                    .append(p).append("b/></").append(p).append("rPr><").append(p).append("t xml:space=\"preserve\">")
                    .append(value).append(" </").append(p).append("t></").append(p).append("r><").append(p)
                    .append("rPh sb=\"0\" eb=\"1\"><").append(p).append("t>ふり</").append(p).append("t></").append(p)
                    .append("rPh><").append(p).append("r><").append(p).append("t>").append(value).append("</")
                    .append(p).append("t></").append(p).append("r></").append(p).append("is>");
            case 9 -> sb.append("<").append(p).append(r.nextBoolean() ? "v/>" : "is/>");
            case 10 -> sb.append("<").append(p).append("extLst><").append(p).append("ext uri=\"x\">").append(value)
                    .append("</").append(p).append("ext></").append(p).append("extLst><").append(p).append("v>")
                    .append(value).append("</").append(p).append("v>");
            default -> sb.append(value);
        }
        sb.append(r.nextInt(80) == 0 ? "" : "</" + p + "c>");
    }

    // ------------------------------------------------------------ helpers

    /** A workbook of one sheet with this part, two shared strings and three cell formats (plain, date, percent). */
    private static byte[] xlsx(byte[] sheetPart) throws IOException {
        Map<String, String> parts = new RawXlsx()
                .sharedStrings("<si><t>共有</t></si><si><r><t>rich</t></r><rPh><t>ル</t></rPh></si>")
                .styles("", 0, 14, 10)
                .sheet("S", "")
                .parts();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buf)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getKey().equals("xl/worksheets/sheet1.xml") ? sheetPart
                        : e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return buf.toByteArray();
    }

    private static ByteSource source(byte[] xlsx) {
        return ByteSource.of(xlsx, xlsx.length);
    }

    /**
     * Everything a read gave, or the error it ended with, as text: with the scanner only (its
     * Unsupported passes through), with StAX only, or the usual way (scan = null).
     */
    private static String outcome(byte[] xlsx, Boolean scan) throws IOException {
        try {
            StringBuilder sb = new StringBuilder();
            Workbook wb = scan == null ? XlsxReader.read(source(xlsx), ReadLimits.defaults())
                    : XlsxReader.read(source(xlsx), ReadLimits.defaults(), scan);
            for (SheetGrid g : wb.sheets()) {
                sb.append(g.name()).append(' ').append(g.rowCount()).append('x').append(g.columnCount()).append('\n');
                for (int row = 0; row < g.rowCount(); row++) {
                    for (Cell c : g.rowCells(row)) {
                        sb.append(c).append('\n');
                    }
                }
                sb.append(g.mergedRegions()).append('\n');
            }
            return sb.toString();
        } catch (ReadException e) {
            return "error " + e.kind() + " " + e.reason() + " " + Arrays.toString(e.args());
        } catch (XMLStreamException | IOException e) {
            return "error " + e.getClass().getSimpleName() + " " + e.getMessage();
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
