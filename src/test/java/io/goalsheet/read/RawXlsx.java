package io.goalsheet.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes .xlsx packages part by part, for tests that need exact control over the XML. */
final class RawXlsx {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WS_TYPE = REL + "/worksheet";

    private record Sheet(String name, String state, String body) {}

    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<String, String> extra = new LinkedHashMap<>();
    private String sharedStrings;
    private String styles;
    private String workbookPr = "";
    private boolean absoluteTargets;

    /** A visible sheet whose {@code <worksheet>} holds {@code body} (e.g. "&lt;sheetData&gt;…&lt;/sheetData&gt;"). */
    RawXlsx sheet(String name, String body) {
        return sheet(name, null, body);
    }

    RawXlsx sheet(String name, String state, String body) {
        sheets.add(new Sheet(name, state, body));
        return this;
    }

    /** The {@code <si>} elements of the shared-strings part. */
    RawXlsx sharedStrings(String sis) {
        this.sharedStrings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"" + MAIN + "\">" + sis + "</sst>";
        return this;
    }

    /** A whole shared-strings part, as is. */
    RawXlsx sharedStringsPart(String xml) {
        this.sharedStrings = xml;
        return this;
    }

    /** {@code numFmts} (may be empty) and the numFmtIds of cellXfs, in order. */
    RawXlsx styles(String numFmts, int... xfFormatIds) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"")
                .append(MAIN).append("\">");
        if (!numFmts.isEmpty()) {
            sb.append("<numFmts>").append(numFmts).append("</numFmts>");
        }
        sb.append("<fonts count=\"1\"><font><sz val=\"11\"/></font></fonts>");
        sb.append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>");
        sb.append("<cellXfs count=\"").append(xfFormatIds.length).append("\">");
        for (int id : xfFormatIds) {
            sb.append("<xf numFmtId=\"").append(id).append("\" applyNumberFormat=\"1\"/>");
        }
        sb.append("</cellXfs></styleSheet>");
        this.styles = sb.toString();
        return this;
    }

    RawXlsx workbookPr(String attributes) {
        this.workbookPr = "<workbookPr " + attributes + "/>";
        return this;
    }

    RawXlsx absoluteTargets() {
        this.absoluteTargets = true;
        return this;
    }

    /** Adds or replaces a part. */
    RawXlsx part(String name, String content) {
        extra.put(name, content);
        return this;
    }

    Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">")
                .append(workbookPr).append("<sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        String prefix = absoluteTargets ? "/xl/" : "";
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            wb.append("<sheet name=\"").append(s.name()).append("\" sheetId=\"").append(i + 1).append('"');
            if (s.state() != null) {
                wb.append(" state=\"").append(s.state()).append('"');
            }
            wb.append(" r:id=\"rId").append(i + 1).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(WS_TYPE)
                    .append("\" Target=\"").append(prefix).append("worksheets/sheet").append(i + 1).append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + (i + 1) + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">" + s.body() + "</worksheet>");
        }
        wb.append("</sheets></workbook>");
        int n = sheets.size();
        if (sharedStrings != null) {
            rels.append("<Relationship Id=\"rId").append(++n).append("\" Type=\"").append(REL)
                    .append("/sharedStrings\" Target=\"").append(prefix).append("sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        if (styles != null) {
            rels.append("<Relationship Id=\"rId").append(++n).append("\" Type=\"").append(REL)
                    .append("/styles\" Target=\"").append(prefix).append("styles.xml\"/>");
            parts.put("xl/styles.xml", styles);
        }
        rels.append("</Relationships>");
        parts.put("xl/workbook.xml", wb.toString());
        parts.put("xl/_rels/workbook.xml.rels", rels.toString());
        parts.putAll(extra);
        return parts;
    }

    Path write(Path file) throws IOException {
        return writeZip(file, parts());
    }

    static Path writeZip(Path file, Map<String, String> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The parts' bytes, as UTF-8. */
    static Map<String, byte[]> utf8(Map<String, String> parts) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((name, xml) -> bytes.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    /** A ZIP of the parts, each stored (its bytes as they are in the file) or deflated. */
    static byte[] zip(Map<String, byte[]> parts, boolean stored) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (stored) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A sheet body from rows of cells, e.g. row(1, c("A1", "n", "5")). */
    static String data(String... rows) {
        return "<sheetData>" + String.join("", rows) + "</sheetData>";
    }
}
