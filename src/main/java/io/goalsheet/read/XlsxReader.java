package io.goalsheet.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * The lean .xlsx/.xlsm reader: ZIP and a StAX-like {@link XmlReader} over the workbook part, its
 * relationships, the shared strings, the number formats in the styles part and each visible
 * worksheet. No POI. Worksheets go through the {@link SheetScanner} first; a workbook with one it
 * leaves is read again with the XmlReader.
 *
 * <p>One instance reads one workbook on one thread.
 */
final class XlsxReader {

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final long DATE_1904_OFFSET = 1462;
    private static final long EPOCH_DAY_1899_12_30 = LocalDate.of(1899, 12, 30).toEpochDay();

    /**
     * Bounds on the small parts' lists, far above what Excel makes (it stops at 64,000 cell
     * formats), so that a hostile workbook part cannot fill the heap with them.
     */
    static final int MAX_STYLES = 65_536;
    static final int MAX_SHEETS = 65_536;
    static final int MAX_RELATIONSHIPS = ZipArchive.MAX_ENTRIES;

    /** Marks a shared string over the length limit; refused only if a visible cell uses it. */
    private static final String TOO_LONG = new String(new char[] {'\u0000'});

    private final ZipArchive zip;
    private final ReadLimits limits;
    /** Whether worksheets go through the {@link SheetScanner} (else the {@link XmlReader}). */
    private final boolean scan;
    private final Budget budget;
    private final int rawTextCap;
    private final StringBuilder sb = new StringBuilder(256);
    private final StringBuilder value = new StringBuilder(64);

    private String[] shared = new String[0];
    private NumberStyle[] xfStyles = new NumberStyle[0];
    private boolean date1904;

    // position while reading sheetData
    private int curRow;
    private int curCol;

    private XlsxReader(ZipArchive zip, ReadLimits limits, boolean scan) {
        this.zip = zip;
        this.limits = limits;
        this.scan = scan;
        this.budget = new Budget(limits);
        // escapes (_x000D_ is 7 characters for 1) may make the raw text longer than the value
        this.rawTextCap = (int) Math.min(Integer.MAX_VALUE - 16, 7L * limits.maxTextLength() + 7);
    }

    private record SheetRef(String name, String relId, boolean visible) {}

    private record Rel(String type, String target) {}

    /** Reads the package, or says which other format it is. */
    static Workbook read(ByteSource source, ReadLimits limits) throws ReadException, IOException, XMLStreamException {
        try {
            return read(source, limits, true);
        } catch (SheetScanner.Unsupported e) {
            // a worksheet the scanner leaves to the XmlReader: the whole package again, the general way, which
            // also decides the outcome (and the error) of anything that went wrong while scanning
            return read(source, limits, false);
        }
    }

    /** @param scan whether worksheets go through the {@link SheetScanner} */
    static Workbook read(ByteSource source, ReadLimits limits, boolean scan)
            throws ReadException, IOException, XMLStreamException {
        try (ZipArchive zip = ZipArchive.open(source)) {
            String workbookPart = findWorkbookPart(zip, limits);
            return new XlsxReader(zip, limits, scan).readWorkbook(workbookPart);
        }
    }

    private static String findWorkbookPart(ZipArchive zip, ReadLimits limits)
            throws ReadException, IOException, XMLStreamException {
        if (zip.has("xl/workbook.xml")) {
            return "xl/workbook.xml";
        }
        String office = null;
        if (zip.has("_rels/.rels")) {
            for (Rel rel : parseRels(zip, "_rels/.rels", "", limits).values()) {
                if (rel.type().endsWith(OFFICE_DOCUMENT)) {
                    office = rel.target();
                }
            }
        }
        if (office != null && zip.has(office)) {
            if (office.toLowerCase(Locale.ROOT).endsWith(".bin")) {
                throw new ReadException(ReadException.Kind.UNSUPPORTED_FORMAT, "xlsb");
            }
            if (office.toLowerCase(Locale.ROOT).contains("workbook")) {
                return office;
            }
        }
        if (zip.has("xl/workbook.bin")) {
            throw new ReadException(ReadException.Kind.UNSUPPORTED_FORMAT, "xlsb");
        }
        ZipArchive.Entry mime = zip.entry("mimetype");
        if (mime != null) {
            byte[] head;
            try (InputStream in = zip.open(mime, limits)) {
                head = in.readNBytes(200);
            }
            String type = new String(head, StandardCharsets.US_ASCII).trim();
            if (type.startsWith(ODS_MIME)) {
                throw new ReadException(ReadException.Kind.UNSUPPORTED_FORMAT, "ods");
            }
        }
        throw new ReadException(new IOException("a ZIP file without a workbook part"),
                ReadException.Kind.UNREADABLE, "not-a-workbook");
    }

    private Workbook readWorkbook(String workbookPart) throws ReadException, IOException, XMLStreamException {
        List<SheetRef> sheets = parseWorkbook(workbookPart);
        String base = directoryOf(workbookPart);
        String relsPart = base + "_rels/" + workbookPart.substring(base.length()) + ".rels";
        Map<String, Rel> rels = zip.has(relsPart) ? parseRels(zip, relsPart, base, limits) : Map.of();

        String sstPart = partOfType(rels, "/sharedStrings", base + "sharedStrings.xml");
        if (sstPart != null) {
            parseSharedStrings(sstPart);
        }
        String stylesPart = partOfType(rels, "/styles", base + "styles.xml");
        if (stylesPart != null) {
            parseStyles(stylesPart);
        }

        List<SheetGrid> grids = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (SheetRef s : sheets) {
            if (!s.visible()) {
                continue;
            }
            Rel rel = s.relId() == null ? null : rels.get(s.relId());
            if (rel == null) {
                throw corrupt("sheet " + s.name() + " has no relationship " + s.relId());
            }
            if (!rel.type().endsWith("/worksheet")) {
                continue; // chart sheets, dialog and macro sheets hold no cells
            }
            ZipArchive.Entry entry = zip.entry(rel.target());
            if (entry == null) {
                throw corrupt("missing part " + rel.target());
            }
            if (!read.add(entry.name())) {
                throw corrupt("two sheets share the part " + rel.target());
            }
            grids.add(parseSheet(s.name(), rel.target()));
        }
        return new Workbook(grids);
    }

    private String partOfType(Map<String, Rel> rels, String typeSuffix, String fallback) {
        for (Rel rel : rels.values()) {
            if (rel.type().endsWith(typeSuffix) && zip.has(rel.target())) {
                return rel.target();
            }
        }
        return zip.has(fallback) ? fallback : null;
    }

    // ---------------------------------------------------------------- parts

    private List<SheetRef> parseWorkbook(String part) throws ReadException, IOException, XMLStreamException {
        List<SheetRef> sheets = new ArrayList<>();
        try (ZipArchive.EntryStream in = zip.open(zip.entry(part), limits)) {
            XmlReader r = Xml.openAtRoot(in, part);
            try {
                while (true) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String ln = r.getLocalName();
                        if (ln.equals("workbookPr")) {
                            String d = Xml.attribute(r, "date1904");
                            date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
                            Xml.skipElement(r);
                        } else if (ln.equals("sheets")) {
                            readSheetList(r, sheets);
                            break;
                        } else {
                            Xml.skipElement(r);
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                        break;
                    }
                }
            } finally {
                r.close();
            }
        }
        return sheets;
    }

    private static void readSheetList(XmlReader r, List<SheetRef> sheets) throws XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("sheet")) {
                    String name = Xml.attribute(r, "name");
                    String state = Xml.attribute(r, "state");
                    String id = Xml.namespacedAttribute(r, "id");
                    boolean visible = state == null || state.equals("visible");
                    if (sheets.size() >= MAX_SHEETS) {
                        throw new XMLStreamException("more than " + MAX_SHEETS + " sheets");
                    }
                    sheets.add(new SheetRef(name == null ? "" : name, id, visible));
                }
                Xml.skipElement(r);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    private static Map<String, Rel> parseRels(ZipArchive zip, String part, String base, ReadLimits limits)
            throws ReadException, IOException, XMLStreamException {
        Map<String, Rel> rels = new HashMap<>();
        try (ZipArchive.EntryStream in = zip.open(zip.entry(part), limits)) {
            XmlReader r = Xml.openAtRoot(in, part);
            try {
                while (true) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        if (r.getLocalName().equals("Relationship")) {
                            String id = Xml.attribute(r, "Id");
                            String type = Xml.attribute(r, "Type");
                            String target = Xml.attribute(r, "Target");
                            String mode = Xml.attribute(r, "TargetMode");
                            if (rels.size() >= MAX_RELATIONSHIPS) {
                                throw new XMLStreamException("more than " + MAX_RELATIONSHIPS + " relationships in " + part);
                            }
                            if (id != null && target != null && !"External".equalsIgnoreCase(mode)) {
                                rels.put(id, new Rel(type == null ? "" : type, resolve(base, target)));
                            }
                        }
                        Xml.skipElement(r);
                    } else if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                        break;
                    }
                }
            } finally {
                r.close();
            }
        }
        return rels;
    }

    private void parseSharedStrings(String part) throws ReadException, IOException, XMLStreamException {
        List<String> list = new ArrayList<>();
        int max = limits.maxSharedStrings();
        try (ZipArchive.EntryStream in = zip.open(zip.entry(part), limits)) {
            XmlReader r = Xml.openAtRoot(in, part);
            try {
                String unique = Xml.attribute(r, "uniqueCount");
                int hint = parseSmallInt(unique);
                if (hint > 0) {
                    list = new ArrayList<>(Math.min(hint, Math.min(max, 1 << 16)));
                }
                while (true) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        if (r.getLocalName().equals("si")) {
                            if (list.size() >= max) {
                                throw new ReadException(ReadException.Kind.TOO_LARGE, "shared-strings", max);
                            }
                            String s = richText(r);
                            if (s != TOO_LONG) {
                                budget.addChars(s.length());
                            }
                            list.add(s);
                        } else {
                            Xml.skipElement(r);
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                        break;
                    }
                }
            } finally {
                r.close();
            }
        }
        shared = list.toArray(new String[0]);
    }

    /**
     * The value of an {@code <si>} or {@code <is>}: its {@code <t>} text, or the concatenated
     * {@code <t>} of its {@code <r>} runs; phonetic runs ({@code <rPh>}, furigana) and
     * {@code <phoneticPr>} are not part of the value. Returns {@link #TOO_LONG} past the limit.
     */
    private String richText(XmlReader r) throws XMLStreamException {
        sb.setLength(0);
        boolean complete = true;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String ln = r.getLocalName();
                if (ln.equals("t")) {
                    complete &= Xml.appendText(r, sb, rawTextCap);
                } else if (ln.equals("rPh") || ln.equals("phoneticPr")) {
                    Xml.skipElement(r);
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return richTextValue(sb, complete);
    }

    /** The value of rich text whose {@code <t>} texts are in {@code sb}; {@link #TOO_LONG} past the limit. */
    String richTextValue(CharSequence sb, boolean complete) {
        return richTextValue(sb, complete, true);
    }

    /** @param escapes false when {@code sb} is known to hold no '_', so no _xHHHH_ escape either */
    String richTextValue(CharSequence sb, boolean complete, boolean escapes) {
        if (!complete) {
            return TOO_LONG;
        }
        String s = escapes ? Xml.decodeEscapes(sb) : sb.toString();
        return s.length() > limits.maxTextLength() ? TOO_LONG : s;
    }

    private void parseStyles(String part) throws ReadException, IOException, XMLStreamException {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> xfFormatIds = new ArrayList<>();
        try (ZipArchive.EntryStream in = zip.open(zip.entry(part), limits)) {
            XmlReader r = Xml.openAtRoot(in, part);
            try {
                boolean seenFormats = false;
                while (true) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String ln = r.getLocalName();
                        if (ln.equals("numFmts")) {
                            seenFormats = true;
                            while (nextChild(r, "numFmt")) {
                                int id = parseSmallInt(Xml.attribute(r, "numFmtId"));
                                String code = Xml.attribute(r, "formatCode");
                                if (id >= 0 && code != null && formats.size() < MAX_STYLES) {
                                    formats.put(id, code);
                                }
                                Xml.skipElement(r);
                            }
                        } else if (ln.equals("cellXfs")) {
                            while (nextChild(r, "xf")) {
                                if (xfFormatIds.size() < MAX_STYLES) { // later ones read as plain
                                    xfFormatIds.add(parseSmallInt(Xml.attribute(r, "numFmtId")));
                                }
                                Xml.skipElement(r);
                            }
                            if (seenFormats) {
                                break; // number formats come before cellXfs; the rest is about looks
                            }
                        } else {
                            Xml.skipElement(r);
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                        break;
                    }
                }
            } finally {
                r.close();
            }
        }
        Map<Integer, NumberStyle> byId = new HashMap<>();
        xfStyles = new NumberStyle[xfFormatIds.size()];
        for (int i = 0; i < xfStyles.length; i++) {
            int id = Math.max(0, xfFormatIds.get(i));
            NumberStyle style = byId.get(id);
            if (style == null) {
                style = NumberFormats.classify(id, formats.get(id));
                byId.put(id, style);
            }
            xfStyles[i] = style;
        }
    }

    /**
     * Moves to the next direct child named {@code name}, skipping others; false at the parent's end.
     * The caller skips the child's content (to its END_ELEMENT) before asking for the next.
     */
    private static boolean nextChild(XmlReader r, String name) throws XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals(name)) {
                    return true;
                }
                Xml.skipElement(r);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    // ---------------------------------------------------------------- worksheets

    private SheetGrid parseSheet(String name, String part) throws ReadException, IOException, XMLStreamException {
        SheetBuilder b = new SheetBuilder(name, shared, budget);
        if (scan) {
            try (ZipArchive.EntryStream in = zip.open(zip.entry(part), limits)) {
                new SheetScanner(in, this, b, rawTextCap).scan();
            } catch (ReadException | IOException | RuntimeException e) {
                throw e instanceof SheetScanner.Unsupported u ? u : new SheetScanner.Unsupported(e);
            }
            return b.build();
        }
        try (ZipArchive.EntryStream in = zip.open(zip.entry(part), limits)) {
            XmlReader r = Xml.openAtRoot(in, part);
            try {
                boolean afterData = false;
                while (true) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String ln = r.getLocalName();
                        if (ln.equals("sheetData")) {
                            readSheetData(r, b);
                            afterData = true;
                        } else if (ln.equals("mergeCells")) {
                            readMerges(r, b);
                            break;
                        } else if (afterData && comesAfterMerges(ln)) {
                            break; // nothing we read can follow
                        } else {
                            Xml.skipElement(r);
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                        break;
                    }
                }
            } finally {
                r.close();
            }
        }
        return b.build();
    }

    static boolean comesAfterMerges(String ln) {
        return switch (ln) {
            case "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions",
                    "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties",
                    "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
                    "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
                    "extLst" -> true;
            default -> false;
        };
    }

    private void readSheetData(XmlReader r, SheetBuilder b) throws ReadException, XMLStreamException {
        sheetDataStarts();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String ln = r.getLocalName();
                if (ln.equals("c")) {
                    readCell(r, b);
                } else if (ln.equals("row")) {
                    row(Xml.attribute(r, "r"), b);
                } else {
                    Xml.skipElement(r);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("sheetData")) {
                    return;
                }
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    /** A {@code <sheetData>} starts: rows and cells without references count from its top left. */
    void sheetDataStarts() {
        curRow = -1;
        curCol = -1;
    }

    /** A {@code <row>} starts; {@code rv} is its r attribute (null when it has none). */
    void row(CharSequence rv, SheetBuilder b) throws ReadException {
        if (rv == null) {
            curRow++;
        } else {
            int row = parseRowNumber(rv);
            if (row < 0) {
                throw corrupt("bad row number '" + rv + "' in " + b.name());
            }
            curRow = row;
        }
        curCol = -1;
    }

    private void readCell(XmlReader r, SheetBuilder b) throws ReadException, XMLStreamException {
        String ref = null;
        String t = null;
        String s = null;
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String an = r.getAttributeLocalName(i);
            if (an.length() == 1) {
                switch (an.charAt(0)) {
                    case 'r' -> ref = r.getAttributeValue(i);
                    case 't' -> t = r.getAttributeValue(i);
                    case 's' -> s = r.getAttributeValue(i);
                    default -> {
                        // not ours
                    }
                }
            }
        }
        long pos = cellPosition(ref, b);
        int row = (int) (pos >>> 14);
        int col = (int) (pos & 0x3FFF);

        boolean hasF = false;
        boolean hasV = false;
        boolean complete = true;
        String inline = null;
        value.setLength(0);
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String ln = r.getLocalName();
                if (ln.equals("v")) {
                    hasV = true;
                    complete &= Xml.appendText(r, value, rawTextCap);
                } else if (ln.equals("f")) {
                    hasF = true;
                    Xml.skipElement(r);
                } else if (ln.equals("is")) {
                    inline = richText(r);
                } else {
                    Xml.skipElement(r);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        cellValue(b, row, col, t, s, hasF, hasV, complete, value, inline);
    }

    /**
     * A cell's position, row &lt;&lt; 14 | column: from its r attribute, or the column after the cell
     * before. Moves the cursor that cells without a reference go by.
     */
    long cellPosition(CharSequence ref, SheetBuilder b) throws ReadException {
        int row;
        int col;
        if (ref != null) {
            long pos = parseRef(ref);
            if (pos < 0) {
                throw corrupt("bad cell reference '" + ref + "' in " + b.name());
            }
            row = (int) (pos >>> 14);
            col = (int) (pos & 0x3FFF);
            curRow = row;
        } else {
            row = Math.max(curRow, 0);
            col = curCol + 1;
            if (col > SheetBuilder.MAX_COL) {
                throw corrupt("more than 16,384 columns in " + b.name());
            }
            curRow = row;
        }
        curCol = col;
        return (long) row << 14 | col;
    }

    /**
     * Adds a cell from what its element held: type {@code t} and style {@code s} (attributes, null
     * when absent), whether it had an {@code <f>} and a {@code <v>}, the {@code <v>} text (complete
     * unless over the length cap) and the {@code <is>} value (null when none).
     */
    void cellValue(SheetBuilder b, int row, int col, String t, CharSequence s, boolean hasF, boolean hasV,
                   boolean complete, CharSequence value, String inline) throws ReadException {
        if (!complete) {
            throw tooLong(b, row, col);
        }
        NumberStyle style = NumberStyle.PLAIN;
        if (s != null) {
            int xf = parseSmallInt(s);
            if (xf >= 0 && xf < xfStyles.length) {
                style = xfStyles[xf];
            }
        }

        if (t == null || t.equals("n")) {
            if (hasV && value.length() > 0) {
                number(b, row, col, value, style, hasF);
            } else if (hasF) {
                b.formulaWithoutValue(row, col, style);
            }
            return;
        }
        switch (t) {
            case "s" -> {
                if (!hasV) {
                    noValue(b, row, col, style, hasF);
                    return;
                }
                int idx = parseSmallInt(value);
                if (idx < 0 || idx >= shared.length) {
                    throw corrupt("shared string " + value + " does not exist (" + b.name() + "!"
                            + CellAddress.a1(row, col) + ")");
                }
                if (shared[idx] == TOO_LONG) {
                    throw tooLong(b, row, col);
                }
                b.shared(row, col, idx, style, hasF);
            }
            case "str" -> {
                if (!hasV) {
                    noValue(b, row, col, style, hasF);
                    return;
                }
                text(b, row, col, Xml.decodeEscapes(value), style, hasF);
            }
            case "inlineStr" -> {
                if (inline == TOO_LONG) {
                    throw tooLong(b, row, col);
                }
                if (inline != null) {
                    text(b, row, col, inline, style, hasF);
                } else if (hasV) {
                    text(b, row, col, Xml.decodeEscapes(value), style, hasF);
                } else {
                    noValue(b, row, col, style, hasF);
                }
            }
            case "b" -> {
                if (!hasV || value.length() == 0) {
                    noValue(b, row, col, style, hasF);
                    return;
                }
                boolean v = value.length() == 1 ? value.charAt(0) != '0' : "true".equalsIgnoreCase(value.toString().trim());
                b.bool(row, col, v, style, hasF);
            }
            case "e" -> {
                if (!hasV || value.length() == 0) {
                    noValue(b, row, col, style, hasF);
                    return;
                }
                b.error(row, col, value.toString().trim(), style, hasF);
            }
            case "d" -> {
                if (!hasV || value.length() == 0) {
                    noValue(b, row, col, style, hasF);
                    return;
                }
                double serial = isoToSerial(value.toString().trim());
                if (Double.isNaN(serial)) {
                    text(b, row, col, value.toString(), style, hasF);
                } else {
                    b.number(row, col, serial, NumberStyle.DATE, hasF);
                }
            }
            default -> {
                if (hasV && value.length() > 0) {
                    number(b, row, col, value, style, hasF);
                } else {
                    noValue(b, row, col, style, hasF);
                }
            }
        }
    }

    private void number(SheetBuilder b, int row, int col, CharSequence value, NumberStyle style, boolean formula)
            throws ReadException {
        double d = parseNumber(value);
        if (Double.isNaN(d)) {
            // not a number after all: keep what is there rather than lose it
            text(b, row, col, value.toString(), style, formula);
            return;
        }
        if (date1904 && style == NumberStyle.DATE) {
            d += DATE_1904_OFFSET;
        }
        b.number(row, col, d, style, formula);
    }

    private void text(SheetBuilder b, int row, int col, String s, NumberStyle style, boolean formula)
            throws ReadException {
        if (s.length() > limits.maxTextLength()) {
            throw tooLong(b, row, col);
        }
        b.text(row, col, s, style, formula);
    }

    private static void noValue(SheetBuilder b, int row, int col, NumberStyle style, boolean formula)
            throws ReadException {
        if (formula) {
            b.formulaWithoutValue(row, col, style);
        }
    }

    private ReadException tooLong(SheetBuilder b, int row, int col) {
        return new ReadException(ReadException.Kind.TOO_LARGE, "text-length",
                b.name() + "!" + CellAddress.a1(row, col), limits.maxTextLength());
    }

    private static void readMerges(XmlReader r, SheetBuilder b) throws ReadException, XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("mergeCell")) {
                    merge(Xml.attribute(r, "ref"), b);
                }
                Xml.skipElement(r);
            } else if (ev == XMLStreamConstants.END_ELEMENT || ev == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    /** A {@code <mergeCell>}'s ref ("A1:B3"); one that is not a range of two cells is ignored. */
    static void merge(String ref, SheetBuilder b) throws ReadException {
        int colon = ref == null ? -1 : ref.indexOf(':');
        if (colon > 0) {
            long a = parseRef(ref.substring(0, colon));
            long z = parseRef(ref.substring(colon + 1));
            if (a >= 0 && z >= 0) {
                b.merge((int) (a >>> 14), (int) (z >>> 14), (int) (a & 0x3FFF), (int) (z & 0x3FFF));
            }
        }
    }

    // ---------------------------------------------------------------- small parsers

    /**
     * "M41" → row 40 &lt;&lt; 14 | column 12; -1 unless letters then digits within Excel's grid
     * (XFD1048576). A "$" before either part is tolerated.
     */
    static long parseRef(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '$') {
            i++;
        }
        int col = 0;
        int letters = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (++letters > 3) {
                return -1;
            }
        }
        if (letters == 0 || col - 1 > SheetBuilder.MAX_COL) {
            return -1;
        }
        if (i < n && s.charAt(i) == '$') {
            i++;
        }
        int row = 0;
        int digits = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || ++digits > 7) {
                return -1;
            }
            row = row * 10 + (c - '0');
        }
        if (row < 1 || row - 1 > SheetBuilder.MAX_ROW) {
            return -1;
        }
        return (long) (row - 1) << 14 | (col - 1);
    }

    /** "41" → 40 (0-based); -1 when not a row number of Excel's grid. */
    static int parseRowNumber(CharSequence s) {
        int n = parseSmallInt(s);
        return n < 1 || n - 1 > SheetBuilder.MAX_ROW ? -1 : n - 1;
    }

    /** A non-negative decimal int, or -1. */
    static int parseSmallInt(CharSequence s) {
        if (s == null) {
            return -1;
        }
        int n = s.length();
        if (n == 0 || n > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    /**
     * The number in a {@code <v>}, or NaN when it is none. Plain decimals of up to 15 digits
     * ("42", "-3", "45000.0", "0.25") take a fast path: digits and 10^k are both exact doubles, so
     * one division gives the correctly rounded value, the same as {@link Double#parseDouble}.
     */
    static double parseNumber(CharSequence s) {
        int n = s.length();
        if (n > 0 && n <= 17) {
            int i = s.charAt(0) == '-' ? 1 : 0;
            long v = 0;
            int digits = 0;
            int fraction = -1;
            boolean plain = i < n;
            for (int k = i; k < n; k++) {
                char c = s.charAt(k);
                if (c >= '0' && c <= '9') {
                    v = v * 10 + (c - '0');
                    digits++;
                    if (fraction >= 0) {
                        fraction++;
                    }
                } else if (c == '.' && fraction < 0) {
                    fraction = 0;
                } else {
                    plain = false;
                    break;
                }
            }
            if (plain && digits > 0 && digits <= 15) {
                double d = fraction > 0 ? v / POW10[fraction] : (double) v;
                return i == 1 ? -d : d;
            }
        }
        String str = s.toString().trim();
        if (str.isEmpty()) {
            return Double.NaN;
        }
        char last = str.charAt(str.length() - 1);
        if (!(last >= '0' && last <= '9') && last != '.') {
            return Double.NaN; // parseDouble would take "1d", "NaN", "Infinity"
        }
        try {
            double d = Double.parseDouble(str);
            return Double.isInfinite(d) ? Double.NaN : d;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** An ISO 8601 date or date-time (t="d" cells) as a serial in the 1900 date system; NaN if it is none. */
    static double isoToSerial(String s) {
        try {
            if (s.length() <= 10) {
                return LocalDate.parse(s).toEpochDay() - EPOCH_DAY_1899_12_30;
            }
            String local = s.endsWith("Z") ? s.substring(0, s.length() - 1) : s;
            LocalDateTime dt = LocalDateTime.parse(local);
            double days = dt.toLocalDate().toEpochDay() - EPOCH_DAY_1899_12_30;
            return days + dt.toLocalTime().toNanoOfDay() / (double) ChronoUnit.DAYS.getDuration().toNanos();
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    /** A relationship target as a part name: absolute ("/xl/…") or relative to {@code base}, dot segments resolved. */
    static String resolve(String base, String target) {
        String path = target.replace('\\', '/');
        String joined = path.startsWith("/") ? path.substring(1) : base + path;
        if (!joined.contains("./")) {
            return joined;
        }
        List<String> parts = new ArrayList<>();
        for (String seg : joined.split("/")) {
            if (seg.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!seg.equals(".") && !seg.isEmpty()) {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }

    private static String directoryOf(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    private static ReadException corrupt(String detail) {
        return new ReadException(new IOException(detail), ReadException.Kind.UNREADABLE, "corrupt");
    }
}
