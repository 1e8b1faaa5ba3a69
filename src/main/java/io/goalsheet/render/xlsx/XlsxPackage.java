package io.goalsheet.render.xlsx;

import io.goalsheet.schema.ReportTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * An .xlsx package written as a stream: each sheet goes into the zip as it is written, the parts
 * that list the sheets (workbook, relationships, content types) at the end. Used for the merged
 * workbook, whose thousand sheets and list of tens of thousands of rows POI would make slowly and
 * hold in memory. Only what goalsheet writes is supported: shared strings, the styles of
 * {@link Style}, frozen panes, autofilter, print setup, one stacked bar chart per sheet.
 * The same inputs and creation time give the same bytes.
 */
final class XlsxPackage implements AutoCloseable {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CT = "application/vnd.openxmlformats-officedocument.";

    private final BackgroundZip zip;
    private final XmlOut xml;
    private final ReportTemplate template;
    private final Instant created;
    private final FileTime time;
    private final List<Written> sheets = new ArrayList<>();
    private final SharedStrings strings = new SharedStrings();
    private int charts;
    private StreamSheet open;

    private record Written(String name, int part, String filterRange, String repeatedRows) {}

    /** @param created recorded as the document's creation time and as every entry's time */
    XlsxPackage(OutputStream out, ReportTemplate template, Instant created) {
        // level 1: the merged workbook is mostly repetitive XML; the default level takes three times
        // as long for a file about a fifth smaller
        this.zip = new BackgroundZip(out, Deflater.BEST_SPEED);
        this.xml = new XmlOut(zip);
        this.template = template;
        this.created = created.truncatedTo(ChronoUnit.SECONDS);
        this.time = FileTime.from(this.created);
    }

    /** Starts the next sheet (the previous one is finished); the first one is shown when opened. */
    StreamSheet sheet(String name) throws IOException {
        finishSheet();
        entry("xl/worksheets/sheet" + (sheets.size() + 1) + ".xml");
        open = new StreamSheet(xml, strings, name, template, sheets.isEmpty());
        return open;
    }

    private void finishSheet() throws IOException {
        if (open == null) {
            return;
        }
        try {
            open.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.closeEntry();
        int part = sheets.size() + 1;
        sheets.add(new Written(open.name(), part, open.filterRange(), open.repeatedRows()));
        if (open.chart() != null) {
            charts++;
            part("xl/worksheets/_rels/sheet" + part + ".xml.rels", relationships(
                    rel("rId1", REL + "/drawing", "../drawings/drawing" + charts + ".xml")));
            part("xl/drawings/drawing" + charts + ".xml", drawing(open.chart()));
            part("xl/drawings/_rels/drawing" + charts + ".xml.rels", relationships(
                    rel("rId1", REL + "/chart", "../charts/chart" + charts + ".xml")));
            part("xl/charts/chart" + charts + ".xml", ChartXml.stackedBars(open.chart()));
        }
        open = null;
    }

    /** Writes the parts that list the sheets and finishes the zip (the stream under it stays open). */
    void finish() throws IOException {
        finishSheet();
        part("[Content_Types].xml", contentTypes());
        part("_rels/.rels", relationships(
                rel("rId1", REL + "/officeDocument", "xl/workbook.xml")
                        + rel("rId2", PKG_REL + "/metadata/core-properties", "docProps/core.xml")
                        + rel("rId3", REL + "/extended-properties", "docProps/app.xml")));
        part("docProps/app.xml", head() + "<Properties xmlns=\"" + MAIN.replace("spreadsheetml/2006/main",
                "officeDocument/2006/extended-properties") + "\"><Application>goalsheet</Application></Properties>");
        part("docProps/core.xml", head() + "<cp:coreProperties xmlns:cp=\"" + PKG_REL.replace("relationships",
                "metadata/core-properties") + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:creator>goalsheet</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created
                + "</dcterms:created></cp:coreProperties>");
        part("xl/workbook.xml", workbook());
        StringBuilder rels = new StringBuilder();
        for (Written s : sheets) {
            rels.append(rel("rId" + s.part(), REL + "/worksheet", "worksheets/sheet" + s.part() + ".xml"));
        }
        rels.append(rel("rId" + (sheets.size() + 1), REL + "/styles", "styles.xml"));
        rels.append(rel("rId" + (sheets.size() + 2), REL + "/sharedStrings", "sharedStrings.xml"));
        part("xl/_rels/workbook.xml.rels", relationships(rels.toString()));
        part("xl/styles.xml", STYLES);
        entry("xl/sharedStrings.xml");
        try {
            strings.write(xml);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.closeEntry();
        zip.finish();
    }

    /** After {@link #finish()}, nothing; before it (a failure), stops writing: the output is to be discarded. */
    @Override
    public void close() {
        zip.abandon();
    }

    private String workbook() {
        StringBuilder sb = new StringBuilder(head()).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
                .append(REL).append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (Written s : sheets) {
            sb.append("<sheet name=\"").append(XmlOut.escapeAttribute(s.name())).append("\" sheetId=\"").append(s.part())
                    .append("\" r:id=\"rId").append(s.part()).append("\"/>");
        }
        sb.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            Written s = sheets.get(i);
            if (s.filterRange() != null) {
                names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                        .append("\" hidden=\"1\">").append(XmlOut.escapeText(reference(s.name()) + s.filterRange()))
                        .append("</definedName>");
            }
            if (s.repeatedRows() != null) {
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                        .append(XmlOut.escapeText(reference(s.name()) + s.repeatedRows())).append("</definedName>");
            }
        }
        if (names.length() > 0) {
            sb.append("<definedNames>").append(names).append("</definedNames>");
        }
        // the 集計 formulas are saved with their values; recalculating on open keeps them honest after edits
        return sb.append("<calcPr calcId=\"0\" fullCalcOnLoad=\"1\"/></workbook>").toString();
    }

    /** 'sheet name'! with quotes doubled, as formulas and defined names refer to a sheet. */
    static String reference(String sheet) {
        return "'" + sheet.replace("'", "''") + "'!";
    }

    private String contentTypes() {
        StringBuilder sb = new StringBuilder(head())
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        override(sb, "/xl/workbook.xml", CT + "spreadsheetml.sheet.main+xml");
        override(sb, "/xl/styles.xml", CT + "spreadsheetml.styles+xml");
        override(sb, "/xl/sharedStrings.xml", CT + "spreadsheetml.sharedStrings+xml");
        for (Written s : sheets) {
            override(sb, "/xl/worksheets/sheet" + s.part() + ".xml", CT + "spreadsheetml.worksheet+xml");
        }
        for (int i = 1; i <= charts; i++) {
            override(sb, "/xl/drawings/drawing" + i + ".xml", CT + "drawing+xml");
            override(sb, "/xl/charts/chart" + i + ".xml", CT + "drawingml.chart+xml");
        }
        override(sb, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(sb, "/docProps/app.xml", CT + "extended-properties+xml");
        return sb.append("</Types>").toString();
    }

    private static void override(StringBuilder sb, String part, String type) {
        sb.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    /** The anchor of a chart: from one cell's corner to another's. */
    private static String drawing(Grid.StackedBarChart c) {
        return head() + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<xdr:twoCellAnchor editAs=\"twoCell\"><xdr:from><xdr:col>" + c.fromCol() + "</xdr:col><xdr:colOff>0"
                + "</xdr:colOff><xdr:row>" + c.fromRow() + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to>"
                + "<xdr:col>" + c.toCol() + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + c.toRow()
                + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>"
                + "<xdr:cNvPr id=\"2\" name=\"" + XmlOut.escapeAttribute(c.title()) + "\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
                + "<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
                + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"" + REL
                + "\" r:id=\"rId1\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>"
                + "</xdr:twoCellAnchor></xdr:wsDr>";
    }

    private static String relationships(String rels) {
        return head() + "<Relationships xmlns=\"" + PKG_REL + "\">" + rels + "</Relationships>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    static String head() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    }

    private void part(String name, String content) throws IOException {
        entry(name);
        zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void entry(String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(time);
        zip.putNextEntry(e);
    }

    /**
     * The styles of {@link Style}, in its order (cellXfs index = ordinal): fonts regular, bold,
     * bold 14 pt, all {@link JapaneseFont}; fills grey (header) and lemon (totals); thin borders;
     * formats #,##0, #,##0.##, 0.0"%" (進捗度 is held in percent points) and yyyy/m/d.
     */
    private static final String STYLES = head() + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.##\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.0&quot;%&quot;\"/><numFmt numFmtId=\"166\" formatCode=\"yyyy/m/d\"/>"
            + "</numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><color indexed=\"8\"/>" + JapaneseFont.xml() + "</font>"
            + "<font><b/><sz val=\"11\"/>" + JapaneseFont.xml() + "</font>"
            + "<font><b/><sz val=\"14\"/>" + JapaneseFont.xml() + "</font></fonts>"
            + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
            + "</fill><fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/>"
            + "</patternFill></fill><fill><patternFill patternType=\"solid\"><fgColor indexed=\"26\"/>"
            + "<bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>"
            + "<left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
            + "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom>"
            + "<diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"" + Style.values().length + "\">"
            + xf(0, 0, 0, 0, null)                                                   // PLAIN
            + xf(0, 2, 0, 0, null)                                                   // TITLE
            + xf(0, 1, 0, 0, null)                                                   // LABEL
            + xf(0, 1, 2, 1, "horizontal=\"center\" vertical=\"center\" wrapText=\"1\"") // HEADER
            + xf(0, 0, 0, 1, "vertical=\"top\" wrapText=\"1\"")                      // TEXT
            + xf(0, 0, 0, 1, "horizontal=\"center\" vertical=\"top\"")               // CENTER
            + xf(3, 0, 0, 1, "vertical=\"top\"")                                     // INTEGER
            + xf(164, 0, 0, 1, "vertical=\"top\"")                                   // NUMBER
            + xf(165, 0, 0, 1, "vertical=\"top\"")                                   // PERCENT
            + xf(166, 0, 0, 1, "vertical=\"top\"")                                   // DATE
            + xf(0, 1, 3, 1, "vertical=\"top\"")                                     // TOTAL_TEXT
            + xf(3, 1, 3, 1, "vertical=\"top\"")                                     // TOTAL_INTEGER
            + xf(165, 1, 3, 1, "vertical=\"top\"")                                   // TOTAL_PERCENT
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private static String xf(int format, int font, int fill, int border, String alignment) {
        StringBuilder sb = new StringBuilder("<xf numFmtId=\"").append(format).append("\" fontId=\"").append(font)
                .append("\" fillId=\"").append(fill).append("\" borderId=\"").append(border).append("\" xfId=\"0\"");
        if (format != 0) {
            sb.append(" applyNumberFormat=\"1\"");
        }
        if (font != 0) {
            sb.append(" applyFont=\"1\"");
        }
        if (fill != 0) {
            sb.append(" applyFill=\"1\"");
        }
        if (border != 0) {
            sb.append(" applyBorder=\"1\"");
        }
        if (alignment == null) {
            return sb.append("/>").toString();
        }
        return sb.append(" applyAlignment=\"1\"><alignment ").append(alignment).append("/></xf>").toString();
    }
}
