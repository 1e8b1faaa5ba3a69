package io.goalsheet.read;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import com.fasterxml.aalto.stax.StreamReaderImpl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * The .xlsx/.xlsm reader: the package through {@link ZipPackage} (Commons Compress), every part
 * through {@link Xml} (Aalto's StAX): the content types, the package's and the workbook's
 * relationships, the workbook part, the shared strings, the number formats of the styles part and
 * each visible worksheet. No POI.
 *
 * <p>One instance reads one workbook on one thread.
 */
final class XlsxReader {

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final long DATE_1904_OFFSET = 1462;
    private static final long EPOCH_DAY_1899_12_30 = LocalDate.of(1899, 12, 30).toEpochDay();

    /**
     * Bounds on the small parts' lists, far above what Excel makes (it stops at 64,000 cell
     * formats), so that a hostile workbook part cannot fill the heap with them.
     */
    static final int MAX_STYLES = 65_536;
    static final int MAX_SHEETS = 65_536;
    static final int MAX_RELATIONSHIPS = ZipPackage.MAX_ENTRIES;

    /** Marks a shared string over the length limit; refused only if a visible cell uses it. */
    private static final String TOO_LONG = new String(new char[] {'\u0000'});

    // a cell's t attribute
    private static final int NUMBER = 0;
    private static final int SHARED = 1;
    private static final int FORMULA_STRING = 2;
    private static final int INLINE = 3;
    private static final int BOOLEAN = 4;
    private static final int ERROR = 5;
    private static final int ISO_DATE = 6;
    private static final char[] INLINE_STR = "inlineStr".toCharArray();
    private static final char[] STR = "str".toCharArray();

    private final ZipPackage zip;
    private final ReadLimits limits;
    private final Budget budget;
    private final int rawTextCap;
    private final Xml.Chars sb = new Xml.Chars();
    /** Inline texts lately read (made when the first is), so that a repeated one is one String. */
    private String[] recentInline;
    private final Xml.Chars value = new Xml.Chars();
    // a cell's attributes, read without a String each
    private final Xml.Chars ref = new Xml.Chars();
    private final Xml.Chars type = new Xml.Chars();
    private final Xml.Chars style = new Xml.Chars();

    private String[] shared = new String[0];
    private NumberStyle[] xfStyles = new NumberStyle[0];
    private boolean date1904;

    // position while reading sheetData
    private int curRow;
    private int curCol;

    private XlsxReader(ZipPackage zip, ReadLimits limits) {
        this.zip = zip;
        this.limits = limits;
        this.budget = new Budget(limits);
        // escapes (_x000D_ is 7 characters for 1) may make the raw text longer than the value
        this.rawTextCap = (int) Math.min(Integer.MAX_VALUE - 16, 7L * limits.maxTextLength() + 7);
    }

    private record SheetRef(String name, String relId, boolean visible) {}

    private record Rel(String type, String target) {}

    /** Reads the package on {@code channel} (left open), or says which other format it is. */
    static Workbook read(SeekableByteChannel channel, ReadLimits limits) throws ReadException {
        try (ZipPackage zip = ZipPackage.open(channel, limits)) {
            String workbookPart = findWorkbookPart(zip);
            if (!zip.has(CONTENT_TYPES)) {
                throw missing(CONTENT_TYPES);
            }
            // read for its well-formedness: nothing in it changes how the other parts are read
            Xml.read(zip, CONTENT_TYPES, p -> null);
            return new XlsxReader(zip, limits).readWorkbook(workbookPart);
        }
    }

    /** The workbook part: the target of the package's officeDocument relationship, else where Excel puts it. */
    private static String findWorkbookPart(ZipPackage zip) throws ReadException {
        if (zip.has("_rels/.rels")) {
            for (Rel rel : parseRels(zip, "_rels/.rels", "").values()) {
                if (rel.type().endsWith(OFFICE_DOCUMENT)) {
                    if (rel.target().toLowerCase(Locale.ROOT).endsWith(".bin")) {
                        throw new ReadException(ReadException.Kind.UNSUPPORTED_FORMAT, "xlsb");
                    }
                    if (!zip.has(rel.target())) {
                        throw missing(rel.target());
                    }
                    return rel.target();
                }
            }
        }
        if (zip.has("xl/workbook.xml")) {
            return "xl/workbook.xml";
        }
        if (zip.has("xl/workbook.bin")) {
            throw new ReadException(ReadException.Kind.UNSUPPORTED_FORMAT, "xlsb");
        }
        if (zip.has("mimetype")) {
            byte[] head;
            try (InputStream in = zip.open("mimetype")) {
                head = in.readNBytes(200);
            } catch (IOException e) {
                ReadException inside = Abort.find(e);
                throw inside != null ? inside : new ReadException(e, ReadException.Kind.UNREADABLE, "damaged-part", "mimetype");
            }
            if (new String(head, StandardCharsets.US_ASCII).trim().startsWith(ODS_MIME)) {
                throw new ReadException(ReadException.Kind.UNSUPPORTED_FORMAT, "ods");
            }
        }
        throw new ReadException(new IOException("a ZIP file without a workbook part"),
                ReadException.Kind.UNREADABLE, "not-a-workbook");
    }

    private Workbook readWorkbook(String workbookPart) throws ReadException {
        List<SheetRef> sheets = Xml.read(zip, workbookPart, this::parseWorkbook);
        String base = directoryOf(workbookPart);
        String relsPart = base + "_rels/" + workbookPart.substring(base.length()) + ".rels";
        Map<String, Rel> rels = zip.has(relsPart) ? parseRels(zip, relsPart, base) : Map.of();

        String sstPart = partOfType(rels, "/sharedStrings", base + "sharedStrings.xml");
        if (sstPart != null) {
            shared = Xml.read(zip, sstPart, this::parseSharedStrings);
        }
        String stylesPart = partOfType(rels, "/styles", base + "styles.xml");
        if (stylesPart != null) {
            xfStyles = Xml.read(zip, stylesPart, XlsxReader::parseStyles);
        }

        List<SheetGrid> grids = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (SheetRef s : sheets) {
            if (!s.visible()) {
                continue;
            }
            Rel rel = rels.get(s.relId());
            if (rel == null) {
                throw corrupt("sheet " + s.name() + " has no relationship " + s.relId());
            }
            if (!rel.type().endsWith("/worksheet")) {
                continue; // chart sheets, dialog and macro sheets hold no cells
            }
            if (!zip.has(rel.target())) {
                throw missing(rel.target());
            }
            if (!read.add(rel.target().toLowerCase(Locale.ROOT))) {
                throw corrupt("two sheets share the part " + rel.target());
            }
            grids.add(Xml.read(zip, rel.target(), p -> parseSheet(p, s.name())));
        }
        return new Workbook(grids);
    }

    /**
     * The part the workbook's relationship of this type names, else the usual part when there is one.
     * A relationship to a part the package lacks is damage (a name changed in the ZIP directory, which
     * no checksum covers): without it the styles would silently read as none.
     */
    private String partOfType(Map<String, Rel> rels, String typeSuffix, String fallback) throws ReadException {
        for (Rel rel : rels.values()) {
            if (rel.type().endsWith(typeSuffix)) {
                if (!zip.has(rel.target())) {
                    throw missing(rel.target());
                }
                return rel.target();
            }
        }
        return zip.has(fallback) ? fallback : null;
    }

    // ---------------------------------------------------------------- parts

    private List<SheetRef> parseWorkbook(Xml.Part p) throws ReadException, XMLStreamException {
        if (!p.r.getLocalName().equals("workbook")) {
            // the officeDocument of a document or presentation
            throw new ReadException(new IOException("the main part's root is " + p.r.getLocalName()),
                    ReadException.Kind.UNREADABLE, "not-a-workbook");
        }
        List<SheetRef> sheets = new ArrayList<>();
        while (p.child()) {
            String ln = p.r.getLocalName();
            if (ln.equals("workbookPr")) {
                String d = p.attribute("date1904");
                date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
            } else if (ln.equals("sheets")) {
                while (p.child()) {
                    if (p.r.getLocalName().equals("sheet")) {
                        String name = p.attribute("name");
                        String state = p.attribute("state");
                        String id = p.namespacedAttribute("id");
                        if (sheets.size() >= MAX_SHEETS) {
                            throw new XMLStreamException("more than " + MAX_SHEETS + " sheets");
                        }
                        // a sheet with no relationship id has no part: Excel, LibreOffice and POI leave it out
                        if (id != null && !id.isEmpty()) {
                            sheets.add(new SheetRef(name == null ? "" : name, id, state == null || state.equals("visible")));
                        }
                    }
                    p.skip();
                }
                continue;
            }
            p.skip();
        }
        return sheets;
    }

    private static Map<String, Rel> parseRels(ZipPackage zip, String part, String base) throws ReadException {
        return Xml.read(zip, part, p -> {
            Map<String, Rel> rels = new LinkedHashMap<>();
            while (p.child()) {
                if (p.r.getLocalName().equals("Relationship")) {
                    String id = p.attribute("Id");
                    String type = p.attribute("Type");
                    String target = p.attribute("Target");
                    String mode = p.attribute("TargetMode");
                    if (rels.size() >= MAX_RELATIONSHIPS) {
                        throw new XMLStreamException("more than " + MAX_RELATIONSHIPS + " relationships in " + part);
                    }
                    if (id != null && target != null && !"External".equalsIgnoreCase(mode)) {
                        rels.put(id, new Rel(type == null ? "" : type, resolve(base, target)));
                    }
                }
                p.skip();
            }
            return rels;
        });
    }

    private String[] parseSharedStrings(Xml.Part p) throws ReadException, XMLStreamException {
        int max = limits.maxSharedStrings();
        int hint = parseSmallInt(p.attribute("uniqueCount"));
        List<String> list = new ArrayList<>(hint > 0 ? Math.min(hint, Math.min(max, 1 << 16)) : 16);
        while (p.child()) {
            if (p.r.getLocalName().equals("si")) {
                if (list.size() >= max) {
                    throw new ReadException(ReadException.Kind.TOO_LARGE, "shared-strings", max);
                }
                String s = richText(p, false);
                if (s != TOO_LONG) {
                    budget.addChars(s.length());
                }
                list.add(s);
            } else {
                p.skip();
            }
        }
        return list.toArray(new String[0]);
    }

    /**
     * The value of an {@code <si>} or {@code <is>}: its {@code <t>} text, or the concatenated
     * {@code <t>} of its {@code <r>} runs; phonetic runs ({@code <rPh>}, furigana) and
     * {@code <phoneticPr>} are not part of the value. Returns {@link #TOO_LONG} past the limit.
     * An inline text ({@code inline}) that came lately is the String made then: unlike the shared
     * strings, inline texts repeat.
     */
    private String richText(Xml.Part p, boolean inline) throws XMLStreamException {
        sb.clear();
        boolean complete = true;
        for (int depth = 1; depth > 0; ) {
            int ev = p.next();
            if (ev == START_ELEMENT) {
                String ln = p.r.getLocalName();
                if (ln == "t") {
                    complete &= p.text(sb, rawTextCap);
                } else if (ln == "rPh" || ln == "phoneticPr") {
                    p.skip();
                } else {
                    depth++;
                }
            } else if (ev == END_ELEMENT) {
                depth--;
            }
        }
        if (!complete) {
            return TOO_LONG;
        }
        if (inline && recentInline == null) {
            recentInline = new String[1 << 10];
        }
        String s = inline ? sb.decoded(recentInline) : sb.decoded();
        return s.length() > limits.maxTextLength() ? TOO_LONG : s;
    }

    /** The number style of each cell format (cellXfs), from the number format it names. */
    private static NumberStyle[] parseStyles(Xml.Part p) throws XMLStreamException {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> xfFormatIds = new ArrayList<>();
        while (p.child()) {
            String ln = p.r.getLocalName();
            if (ln.equals("numFmts")) {
                while (p.child()) {
                    if (p.r.getLocalName().equals("numFmt")) {
                        int id = parseSmallInt(p.attribute("numFmtId"));
                        String code = p.attribute("formatCode");
                        if (id >= 0 && code != null && formats.size() < MAX_STYLES) {
                            formats.put(id, code);
                        }
                    }
                    p.skip();
                }
            } else if (ln.equals("cellXfs")) {
                while (p.child()) {
                    if (p.r.getLocalName().equals("xf") && xfFormatIds.size() < MAX_STYLES) { // later ones read as plain
                        xfFormatIds.add(parseSmallInt(p.attribute("numFmtId")));
                    }
                    p.skip();
                }
            } else {
                p.skip();
            }
        }
        Map<Integer, NumberStyle> byId = new HashMap<>();
        NumberStyle[] styles = new NumberStyle[xfFormatIds.size()];
        for (int i = 0; i < styles.length; i++) {
            int id = Math.max(0, xfFormatIds.get(i));
            styles[i] = byId.computeIfAbsent(id, k -> NumberFormats.classify(k, formats.get(k)));
        }
        return styles;
    }

    // ---------------------------------------------------------------- worksheets

    private SheetGrid parseSheet(Xml.Part p, String name) throws ReadException, XMLStreamException {
        SheetBuilder b = new SheetBuilder(name, shared, budget);
        while (p.child()) {
            String ln = p.r.getLocalName();
            if (ln.equals("sheetData")) {
                readSheetData(p, b);
            } else if (ln.equals("mergeCells")) {
                while (p.child()) {
                    if (p.r.getLocalName().equals("mergeCell")) {
                        merge(p.attribute("ref"), b);
                    }
                    p.skip();
                }
            } else {
                p.skip();
            }
        }
        return b.build();
    }

    // The loops below, which every cell takes, compare names with ==: the parser interns them (see Xml)
    // and string literals are interned.

    private void readSheetData(Xml.Part p, SheetBuilder b) throws ReadException, XMLStreamException {
        StreamReaderImpl r = p.r;
        // rows and cells without references count from the top left
        curRow = -1;
        curCol = -1;
        while (p.child()) {
            if (r.getLocalName() != "row") {
                p.skip();
                continue;
            }
            ref.clear();
            for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
                if (r.getAttributeLocalName(i) == "r") {
                    ref.read(r, i);
                }
            }
            if (!ref.present()) {
                curRow++;
            } else {
                int row = parseRowNumber(ref.buf, ref.len);
                if (row < 0) {
                    throw corrupt("bad row number '" + ref + "' in " + b.name());
                }
                curRow = row;
            }
            curCol = -1;
            while (p.child()) {
                if (r.getLocalName() == "c") {
                    readCell(p, b);
                } else {
                    p.skip();
                }
            }
        }
    }

    private void readCell(Xml.Part p, SheetBuilder b) throws ReadException, XMLStreamException {
        StreamReaderImpl r = p.r;
        ref.clear();
        type.clear();
        style.clear();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String an = r.getAttributeLocalName(i);
            if (an == "r") {
                ref.read(r, i);
            } else if (an == "t") {
                type.read(r, i);
            } else if (an == "s") {
                style.read(r, i);
            }
        }
        long pos = cellPosition(b);
        int row = (int) (pos >>> 14);
        int col = (int) (pos & 0x3FFF);

        boolean hasF = false;
        boolean hasV = false;
        boolean complete = true;
        String inline = null;
        value.clear();
        while (p.child()) {
            String ln = r.getLocalName();
            if (ln == "v" || ln == "is") {
                // a cell has at most one value (CT_Cell); which of two a reader shows is anyone's guess
                if (hasV || inline != null) {
                    throw new ReadException(new IOException("a cell with two values"), ReadException.Kind.UNREADABLE,
                            "two-values", b.name() + "!" + CellAddress.a1(row, col));
                }
                if (ln == "v") {
                    hasV = true;
                    complete = p.text(value, rawTextCap);
                } else {
                    inline = richText(p, true);
                }
            } else {
                hasF |= ln == "f";
                p.skip();
            }
        }
        cellValue(b, row, col, hasF, hasV, complete, inline);
    }

    /**
     * A cell's position, row &lt;&lt; 14 | column: from its r attribute, or the column after the cell
     * before. Moves the cursor that cells without a reference go by.
     */
    private long cellPosition(SheetBuilder b) throws ReadException {
        int row;
        int col;
        if (ref.present()) {
            long pos = parseRef(ref.buf, ref.len);
            if (pos < 0) {
                throw corrupt("bad cell reference '" + ref + "' in " + b.name());
            }
            row = (int) (pos >>> 14);
            col = (int) (pos & 0x3FFF);
        } else {
            row = Math.max(curRow, 0);
            col = curCol + 1;
            if (col > SheetBuilder.MAX_COL) {
                throw corrupt("more than 16,384 columns in " + b.name());
            }
        }
        curRow = row;
        curCol = col;
        return (long) row << 14 | col;
    }

    private int cellType() {
        if (!type.present()) {
            return NUMBER;
        }
        if (type.len == 1) {
            switch (type.buf[0]) {
                case 's' -> {
                    return SHARED;
                }
                case 'b' -> {
                    return BOOLEAN;
                }
                case 'e' -> {
                    return ERROR;
                }
                case 'd' -> {
                    return ISO_DATE;
                }
                default -> {
                    return NUMBER; // "n", or an unknown type: a number if it is one
                }
            }
        }
        return type.is(INLINE_STR) ? INLINE : type.is(STR) ? FORMULA_STRING : NUMBER;
    }

    /**
     * Adds a cell from what its element held (its t and s attributes are in {@link #type} and
     * {@link #style}): whether it had an {@code <f>} and a {@code <v>}, the {@code <v>} text in
     * {@link #value} (complete unless over the length cap) and the {@code <is>} value (null when none).
     */
    private void cellValue(SheetBuilder b, int row, int col, boolean hasF, boolean hasV, boolean complete,
                           String inline) throws ReadException {
        if (!complete) {
            throw tooLong(b, row, col);
        }
        NumberStyle numberStyle = NumberStyle.PLAIN;
        if (style.present()) {
            int xf = parseSmallInt(style.buf, style.len);
            if (xf >= 0 && xf < xfStyles.length) {
                numberStyle = xfStyles[xf];
            }
        }
        boolean empty = !hasV || value.len == 0;
        switch (cellType()) {
            case SHARED -> {
                if (empty) { // <v/>: a reference to no string, which Excel, LibreOffice and POI show as an empty cell
                    noValue(b, row, col, numberStyle, hasF);
                    return;
                }
                int idx = parseSmallInt(value.buf, value.len);
                if (idx < 0 || idx >= shared.length) {
                    throw corrupt("shared string " + value + " does not exist (" + b.name() + "!"
                            + CellAddress.a1(row, col) + ")");
                }
                if (shared[idx] == TOO_LONG) {
                    throw tooLong(b, row, col);
                }
                b.shared(row, col, idx, numberStyle, hasF);
            }
            case FORMULA_STRING -> {
                if (hasV) {
                    text(b, row, col, value.decoded(), numberStyle, hasF);
                } else {
                    noValue(b, row, col, numberStyle, hasF);
                }
            }
            case INLINE -> {
                if (inline == TOO_LONG) {
                    throw tooLong(b, row, col);
                }
                if (inline != null) {
                    text(b, row, col, inline, numberStyle, hasF);
                } else if (hasV) {
                    text(b, row, col, value.decoded(), numberStyle, hasF);
                } else {
                    noValue(b, row, col, numberStyle, hasF);
                }
            }
            case BOOLEAN -> {
                if (empty) {
                    noValue(b, row, col, numberStyle, hasF);
                    return;
                }
                boolean v = value.len == 1 ? value.buf[0] != '0' : "true".equalsIgnoreCase(value.toString().trim());
                b.bool(row, col, v, numberStyle, hasF);
            }
            case ERROR -> {
                if (empty) {
                    noValue(b, row, col, numberStyle, hasF);
                    return;
                }
                b.error(row, col, value.toString().trim(), numberStyle, hasF);
            }
            case ISO_DATE -> {
                if (empty) {
                    noValue(b, row, col, numberStyle, hasF);
                    return;
                }
                double serial = isoToSerial(value.toString().trim());
                if (Double.isNaN(serial)) {
                    text(b, row, col, value.toString(), numberStyle, hasF);
                } else {
                    b.number(row, col, serial, NumberStyle.DATE, hasF);
                }
            }
            default -> {
                if (!empty) {
                    number(b, row, col, numberStyle, hasF);
                } else {
                    noValue(b, row, col, numberStyle, hasF);
                }
            }
        }
    }

    private void number(SheetBuilder b, int row, int col, NumberStyle style, boolean formula) throws ReadException {
        double d = parseNumber(value.buf, value.len);
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

    /** {@link #parseRef(char[], int)} of a String. */
    static long parseRef(String s) {
        return parseRef(s.toCharArray(), s.length());
    }

    /**
     * "M41" → row 40 &lt;&lt; 14 | column 12; -1 unless letters then digits within Excel's grid
     * (XFD1048576). A "$" before either part is tolerated.
     */
    static long parseRef(char[] s, int n) {
        int i = 0;
        if (i < n && s[i] == '$') {
            i++;
        }
        int col = 0;
        int letters = 0;
        for (; i < n; i++) {
            char c = s[i];
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
        if (i < n && s[i] == '$') {
            i++;
        }
        int row = 0;
        int digits = 0;
        for (; i < n; i++) {
            char c = s[i];
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
    static int parseRowNumber(char[] s, int len) {
        int n = parseSmallInt(s, len);
        return n < 1 || n - 1 > SheetBuilder.MAX_ROW ? -1 : n - 1;
    }

    /** A non-negative decimal int, or -1 (also for null). */
    static int parseSmallInt(String s) {
        return s == null ? -1 : parseSmallInt(s.toCharArray(), s.length());
    }

    static int parseSmallInt(char[] s, int n) {
        if (n == 0 || n > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
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

    /** {@link #parseNumber(char[], int)} of a String. */
    static double parseNumber(String s) {
        return parseNumber(s.toCharArray(), s.length());
    }

    /**
     * The number in a {@code <v>}, or NaN when it is none. Plain decimals of up to 15 digits
     * ("42", "-3", "45000.0", "0.25") take a fast path: digits and 10^k are both exact doubles, so
     * one division gives the correctly rounded value, the same as {@link Double#parseDouble}.
     */
    static double parseNumber(char[] s, int n) {
        if (n > 0 && n <= 17) {
            int i = s[0] == '-' ? 1 : 0;
            long v = 0;
            int digits = 0;
            int fraction = -1;
            boolean plain = i < n;
            for (int k = i; k < n; k++) {
                char c = s[k];
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
        String str = new String(s, 0, n).trim();
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

    /** A part the package needs, or its relationships name, is not in it. */
    private static ReadException missing(String part) {
        return new ReadException(new IOException("missing part " + part), ReadException.Kind.UNREADABLE, "missing-part", part);
    }

    private static ReadException corrupt(String detail) {
        return new ReadException(new IOException(detail), ReadException.Kind.UNREADABLE, "corrupt");
    }
}
