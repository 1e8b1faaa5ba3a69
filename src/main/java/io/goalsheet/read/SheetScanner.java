package io.goalsheet.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast way through a worksheet part: a byte-level scanner for the XML that spreadsheet programs
 * write (UTF-8; unprefixed elements; the five named entities and character references), about
 * twice as fast as StAX on a large sheet. It reads the part as {@link XlsxReader}'s StAX path does
 * — the same elements, skipped or stopped at in the same places — and makes the same calls on the
 * reader and the {@link SheetBuilder}.
 *
 * <p>Anything else stops it with {@link Unsupported}: a comment, CDATA, a processing instruction or
 * a document type, a prefixed element, a namespace declared below the root, a carriage return or a
 * control character in a value, an entity or a line break in an attribute, markup that is not well
 * formed, the end of the part too early. The workbook is then read again with StAX, which gives such
 * a part its usual result or error; so does any failure while scanning.
 *
 * <p>One instance scans one part on one thread.
 */
final class SheetScanner {

    /** The part needs the general parser. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }

        Unsupported(Throwable cause) {
            super(String.valueOf(cause), cause, false, false);
        }
    }

    private static final int START = 0;
    private static final int EMPTY = 1;
    private static final int END = 2;

    private static final int MAX_NAME = 64;
    private static final int MAX_ATTRIBUTES = 64;
    /**
     * Elements open at once (a text element inside is one more); below StAX's maxElementDepth (256),
     * so that a part near it is left to StAX.
     */
    private static final int MAX_DEPTH = 200;

    private final InputStream in;
    private final XlsxReader reader;
    private final SheetBuilder b;
    private final int cap;

    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;

    // the name of the tag just read, and of the attribute being read
    private final byte[] name = new byte[MAX_NAME];
    private int nameLength;
    private final byte[] attribute = new byte[MAX_NAME];
    private int attributeLength;

    // the attributes of the start tag just read: their names for the duplicate check, and the ones we use
    private final byte[] attributeNames = new byte[MAX_ATTRIBUTES * MAX_NAME];
    private final int[] attributeEnds = new int[MAX_ATTRIBUTES];
    private int attributes;
    private final Ascii r = new Ascii();
    private final Ascii s = new Ascii();
    private final Ascii t = new Ascii();
    private final Ascii ref = new Ascii();
    /** The cell's s attribute, kept while its children's attributes are read. */
    private final Ascii cellStyle = new Ascii();
    private boolean hasR;
    private boolean hasS;
    private boolean hasT;
    private boolean hasRef;

    // namespace prefixes the root declares; no other element may declare any
    private boolean atRoot;
    private String[] rootPrefixes;
    private String[] prefixes = new String[0];
    private String[] uris = new String[0];
    private final StringBuilder scratch = new StringBuilder(64);
    private final Ascii namespace = new Ascii();

    /** The elements open, outermost (the root) first. */
    private final String[] open = new String[MAX_DEPTH];
    private int depth;

    private final StringBuilder value = new StringBuilder(64);
    private final StringBuilder rich = new StringBuilder(256);

    SheetScanner(InputStream in, XlsxReader reader, SheetBuilder b, int rawTextCap) {
        this.in = in;
        this.reader = reader;
        this.b = b;
        this.cap = rawTextCap;
    }

    /** Reads the part, as XlsxReader's parseSheet does with StAX. */
    void scan() throws IOException, ReadException {
        prolog();
        atRoot = true;
        int kind = tag();
        atRoot = false;
        if (kind != START && kind != EMPTY) {
            throw unsupported("no root element");
        }
        if (kind == EMPTY) {
            return;
        }
        push(elementName());
        boolean afterData = false;
        while (true) {
            ignoreText();
            kind = tag();
            if (kind == END) {
                endOf(open[0]);
                return;
            }
            String ln = elementName();
            if (ln.equals("sheetData")) {
                reader.sheetDataStarts();
                if (kind == START) {
                    sheetData();
                }
                afterData = true;
            } else if (ln.equals("mergeCells")) {
                if (kind == START) {
                    mergeCells();
                }
                return;
            } else if (afterData && XlsxReader.comesAfterMerges(ln)) {
                return; // nothing we read can follow
            } else if (kind == START) {
                skip(ln);
            }
        }
    }

    // ---------------------------------------------------------------- the elements we read

    /** As XlsxReader.readSheetData: rows and cells at any depth, other elements skipped. */
    private void sheetData() throws IOException, ReadException {
        int base = depth;
        push("sheetData");
        while (depth > base) {
            ignoreText();
            int kind = tag();
            if (kind == END) {
                endOf(open[--depth]);
                continue;
            }
            String ln = elementName();
            if (ln.equals("c")) {
                cell(kind == EMPTY);
            } else if (ln.equals("row")) {
                reader.row(hasR ? r : null, b);
                if (kind == START) {
                    push(ln);
                }
            } else if (kind == START) {
                skip(ln);
            }
        }
    }

    private void cell(boolean empty) throws IOException, ReadException {
        String type = hasT ? type() : null;
        CharSequence style = hasS ? s : null;
        long p = reader.cellPosition(hasR ? r : null, b);
        boolean hasF = false;
        boolean hasV = false;
        boolean complete = true;
        String inline = null;
        value.setLength(0);
        if (!empty) {
            if (hasS) {
                // the attribute buffers are reused by the cell's children
                cellStyle.set(s);
                style = cellStyle;
            }
            push("c");
            while (true) {
                ignoreText();
                int kind = tag();
                if (kind == END) {
                    endOf(open[--depth]);
                    break;
                }
                String ln = elementName();
                if (ln.equals("v")) {
                    hasV = true;
                    if (kind == START) {
                        complete &= text(value, "v");
                    }
                } else if (ln.equals("f")) {
                    hasF = true;
                    if (kind == START) {
                        skip(ln);
                    }
                } else if (ln.equals("is")) {
                    inline = kind == START ? richText() : reader.richTextValue("", true);
                } else if (kind == START) {
                    skip(ln);
                }
            }
        }
        reader.cellValue(b, (int) (p >>> 14), (int) (p & 0x3FFF), type, style, hasF, hasV, complete, value, inline);
    }

    /** The cell's t attribute, without a new string for the usual ones. */
    private String type() {
        for (String known : TYPES) {
            if (known.contentEquals(t)) {
                return known;
            }
        }
        return t.toString();
    }

    private static final String[] TYPES = {"s", "n", "str", "inlineStr", "b", "e", "d"};

    /** As XlsxReader.richText: the {@code <t>} texts at any depth, but not those of phonetic runs. */
    private String richText() throws IOException {
        rich.setLength(0);
        boolean complete = true;
        boolean escapes = false;
        int base = depth;
        push("is");
        while (depth > base) {
            ignoreText();
            int kind = tag();
            if (kind == END) {
                endOf(open[--depth]);
                continue;
            }
            String ln = elementName();
            if (ln.equals("t")) {
                if (kind == START) {
                    complete &= text(rich, "t");
                    escapes |= underscore;
                }
            } else if (ln.equals("rPh") || ln.equals("phoneticPr")) {
                if (kind == START) {
                    skip(ln);
                }
            } else if (kind == START) {
                push(ln);
            }
        }
        return reader.richTextValue(rich, complete, escapes);
    }

    private void mergeCells() throws IOException, ReadException {
        while (true) {
            ignoreText();
            int kind = tag();
            if (kind == END) {
                endOf("mergeCells");
                return;
            }
            String ln = elementName();
            if (ln.equals("mergeCell")) {
                XlsxReader.merge(hasRef ? ref.toString() : null, b);
            }
            if (kind == START) {
                skip(ln);
            }
        }
    }

    /** Past the end tag of the element whose start tag was just read, checking what is inside. */
    private void skip(String element) throws IOException {
        int base = depth;
        push(element);
        while (depth > base) {
            ignoreText();
            int kind = tag();
            if (kind == END) {
                endOf(open[--depth]);
            } else if (kind == START) {
                push(elementName());
            }
        }
    }

    private void push(String element) {
        if (depth == MAX_DEPTH) {
            throw unsupported("elements nested too deep");
        }
        open[depth++] = element;
    }

    // ---------------------------------------------------------------- markup

    /** The byte-order mark and XML declaration, up to and including the root's '&lt;'. */
    private void prolog() throws IOException {
        int c = next();
        if (c == 0xEF) {
            if (next() != 0xBB || next() != 0xBF) {
                throw unsupported("not UTF-8");
            }
            c = next();
        }
        if (c != '<') {
            throw unsupported("no markup first");
        }
        if (peek() != '?') {
            return;
        }
        next();
        expect("xml");
        if (!isSpace(peek())) {
            throw unsupported("processing instruction first");
        }
        String version = pseudoAttribute("version");
        if (!"1.0".equals(version)) {
            throw unsupported("XML version " + version);
        }
        String encoding = pseudoAttribute("encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("UTF-8")) {
            throw unsupported("encoding " + encoding);
        }
        String standalone = pseudoAttribute("standalone");
        if (standalone != null && !standalone.equals("yes") && !standalone.equals("no")) {
            throw unsupported("standalone " + standalone);
        }
        skipSpace();
        if (next() != '?' || next() != '>') {
            throw unsupported("XML declaration");
        }
        skipSpace();
        if (next() != '<') {
            throw unsupported("no root element next");
        }
    }

    /** {@code name="value"} in the XML declaration, or null (having read nothing but spaces) when another comes. */
    private String pseudoAttribute(String expected) throws IOException {
        boolean spaced = isSpace(peek());
        skipSpace();
        if (peek() != expected.charAt(0)) {
            return null;
        }
        if (!spaced) {
            throw unsupported("XML declaration");
        }
        expect(expected);
        skipSpace();
        if (next() != '=') {
            throw unsupported("XML declaration");
        }
        skipSpace();
        int quote = next();
        if (quote != '"' && quote != '\'') {
            throw unsupported("XML declaration");
        }
        scratch.setLength(0);
        for (int c = next(); c != quote; c = next()) {
            if (c < 0x21 || c > 0x7E) {
                throw unsupported("XML declaration");
            }
            scratch.append((char) c);
        }
        return scratch.toString();
    }

    /**
     * After a '&lt;': a start tag (its name in {@link #name}, the attributes we use captured), an
     * empty-element tag, or an end tag (its name in {@link #name}).
     */
    private int tag() throws IOException {
        int c = next();
        if (c == '/') {
            readName(next());
            skipSpace();
            if (next() != '>') {
                throw unsupported("end tag");
            }
            return END;
        }
        readName(c);
        return attributes();
    }

    /** An element name (no prefix) into {@link #name}, beginning with {@code c}. */
    private void readName(int c) throws IOException {
        nameLength = readName(c, name, false);
    }

    /** A name into {@code into}, beginning with {@code c}; a prefix only when {@code prefixed}. Returns its length. */
    private int readName(int c, byte[] into, boolean prefixed) throws IOException {
        if (!nameStart(c)) {
            throw unsupported("name");
        }
        int n = 0;
        boolean colon = false;
        while (true) {
            if (n == MAX_NAME) {
                throw unsupported("long name");
            }
            into[n++] = (byte) c;
            c = peek();
            if (nameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.') {
                pos++;
            } else if (c == ':' && prefixed && !colon) {
                colon = true;
                pos++;
                if (n == MAX_NAME) {
                    throw unsupported("long name");
                }
                into[n++] = ':';
                c = next();
                if (!nameStart(c)) {
                    throw unsupported("name");
                }
            } else {
                return n;
            }
        }
    }

    private static boolean nameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    /** The attributes of a start tag, up to its '&gt;' or '/&gt;'. */
    private int attributes() throws IOException {
        attributes = 0;
        hasR = false;
        hasS = false;
        hasT = false;
        hasRef = false;
        boolean space = false;
        while (true) {
            int c = next();
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (c == '>' || c == '/') {
                if (c == '/' && next() != '>') {
                    throw unsupported("empty-element tag");
                }
                if (atRoot) {
                    checkRootPrefixes();
                }
                return c == '>' ? START : EMPTY;
            }
            if (!space) {
                throw unsupported("attribute");
            }
            space = false;
            attributeLength = readName(c, attribute, true);
            int colon = remember();
            Ascii into = null;
            String declares = null;
            if (colon < 0) {
                if (attributeLength == 1) {
                    switch (attribute[0]) {
                        case 'r' -> {
                            into = r;
                            hasR = true;
                        }
                        case 's' -> {
                            into = s;
                            hasS = true;
                        }
                        case 't' -> {
                            into = t;
                            hasT = true;
                        }
                        default -> {
                            // not ours
                        }
                    }
                } else if (attributeIs(0, "ref")) {
                    into = ref;
                    hasRef = true;
                } else if (attributeIs(0, "xmlns")) {
                    declares = "";
                }
            } else {
                String prefix = new String(attribute, 0, colon, StandardCharsets.US_ASCII);
                if (prefix.equals("xmlns")) {
                    declares = new String(attribute, colon + 1, attributeLength - colon - 1, StandardCharsets.US_ASCII);
                } else if (attributeIs(colon + 1, "r") || attributeIs(colon + 1, "s") || attributeIs(colon + 1, "t")
                        || attributeIs(colon + 1, "ref")) {
                    throw unsupported("prefixed attribute we read"); // StAX goes by local names
                } else if (atRoot) {
                    rootPrefixes = rootPrefixes == null ? new String[] {prefix} : append(rootPrefixes, prefix);
                } else {
                    checkPrefix(prefix);
                }
            }
            if (declares != null) {
                if (!atRoot) {
                    throw unsupported("namespace declared below the root");
                }
                into = namespace;
            }
            skipSpace();
            if (next() != '=') {
                throw unsupported("attribute");
            }
            skipSpace();
            attributeValue(into);
            if (declares != null) {
                declare(declares, namespace.toString());
            }
        }
    }

    /** Notes the attribute name just read, refusing a second one of the same name; the index of its ':' or -1. */
    private int remember() {
        int from = attributes == 0 ? 0 : attributeEnds[attributes - 1];
        for (int i = 0, start = 0; i < attributes; start = attributeEnds[i++]) {
            if (Arrays.equals(attributeNames, start, attributeEnds[i], attribute, 0, attributeLength)) {
                throw unsupported("attribute twice");
            }
        }
        if (attributes == MAX_ATTRIBUTES) {
            throw unsupported("many attributes");
        }
        System.arraycopy(attribute, 0, attributeNames, from, attributeLength);
        attributeEnds[attributes++] = from + attributeLength;
        for (int i = 0; i < attributeLength; i++) {
            if (attribute[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private boolean attributeIs(int from, String s) {
        if (attributeLength - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (attribute[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String[] append(String[] a, String s) {
        String[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = s;
        return out;
    }

    /** A namespace the root declares; "" for the default one. */
    private void declare(String prefix, String uri) {
        if (prefix.equals("xml") || prefix.equals("xmlns") || (!prefix.isEmpty() && uri.isEmpty())
                || uri.equals("http://www.w3.org/XML/1998/namespace") || uri.equals("http://www.w3.org/2000/xmlns/")) {
            throw unsupported("namespace declaration");
        }
        for (int i = 0; i < prefixes.length; i++) {
            if (!prefix.isEmpty() && !prefixes[i].isEmpty() && uris[i].equals(uri)) {
                throw unsupported("two prefixes for one namespace"); // the same attribute could then come twice
            }
        }
        prefixes = append(prefixes, prefix);
        uris = append(uris, uri);
    }

    /** The root's prefixed attributes, once all its declarations are known (they may come after them). */
    private void checkRootPrefixes() {
        if (rootPrefixes != null) {
            for (String p : rootPrefixes) {
                checkPrefix(p);
            }
        }
    }

    /** An attribute's prefix must be declared (by the root: no other element declares any). */
    private void checkPrefix(String prefix) {
        if (prefix.equals("xml")) {
            return;
        }
        for (String declared : prefixes) {
            if (declared.equals(prefix)) {
                return;
            }
        }
        throw unsupported("undeclared prefix " + prefix);
    }

    /** A quoted attribute value, into {@code into} (or only checked, when null). */
    private void attributeValue(Ascii into) throws IOException {
        int quote = next();
        if (quote != '"' && quote != '\'') {
            throw unsupported("attribute value");
        }
        if (into != null) {
            into.clear();
        }
        while (true) {
            if (pos == lim && !fill()) {
                throw unsupported("part ends early");
            }
            int start = pos;
            while (pos < lim) {
                int c = buf[pos] & 0xFF;
                if (c == quote || c < 0x20 || c >= 0x80 || c == '<' || c == '&') {
                    break;
                }
                pos++;
            }
            if (into != null) {
                into.append(buf, start, pos - start);
            }
            if (pos == lim) {
                continue;
            }
            int c = buf[pos++] & 0xFF;
            if (c == quote) {
                return;
            }
            if (c < 0x80 || into != null) {
                // line breaks and tabs would be normalised, entities resolved: StAX's job
                throw unsupported("attribute value");
            }
            utf8(c);
        }
    }

    /** An attribute value of ASCII characters, in a buffer used again for the next. */
    private static final class Ascii implements CharSequence {
        private byte[] bytes = new byte[32];
        private int length;

        void clear() {
            length = 0;
        }

        void append(byte[] from, int start, int n) {
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
            System.arraycopy(from, start, bytes, length, n);
            length += n;
        }

        void set(Ascii other) {
            clear();
            append(other.bytes, 0, other.length);
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return (char) bytes[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.US_ASCII);
        }
    }

    /** The end tag just read closes {@code element}. */
    private void endOf(String element) {
        if (!is(element)) {
            throw unsupported("end tag does not match");
        }
    }

    private boolean is(String s) {
        if (nameLength != s.length()) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if (name[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The element name just read, without a new string for the ones we look for. */
    private String elementName() {
        String known = switch (nameLength) {
            case 1 -> switch (name[0]) {
                case 'c' -> "c";
                case 'v' -> "v";
                case 't' -> "t";
                case 'f' -> "f";
                case 'r' -> "r";
                default -> null;
            };
            case 2 -> "is";
            case 3 -> name[0] == 'r' ? name[2] == 'w' ? "row" : name[2] == 'h' ? "rPh" : "rPr" : null;
            case 9 -> name[0] == 's' ? "sheetData" : "mergeCell";
            case 10 -> name[0] == 'm' ? "mergeCells" : "phoneticPr";
            default -> null;
        };
        return known != null && is(known) ? known : new String(name, 0, nameLength, StandardCharsets.US_ASCII);
    }

    // ---------------------------------------------------------------- text

    /** Character data that nobody reads (between tags), checked as StAX would; stops past the next '&lt;'. */
    private void ignoreText() throws IOException {
        int brackets = 0;
        while (true) {
            if (pos == lim && !fill()) {
                throw unsupported("part ends early");
            }
            int c = buf[pos++] & 0xFF;
            if (c == '<') {
                return;
            }
            if (c == ']') {
                brackets++;
                continue;
            }
            if (c == '>' && brackets >= 2) {
                throw unsupported("]]> in text");
            }
            brackets = 0;
            if (c < 0x20) {
                if (c != '\n' && c != '\t' && c != '\r') {
                    throw unsupported("control character");
                }
            } else if (c == '&') {
                entity();
            } else if (c >= 0x80) {
                utf8(c);
            }
        }
    }

    /**
     * The text of the element whose start tag was just read, up to its end tag, appended to
     * {@code into} but no more than the cap in all (as Xml.appendText); false when text was dropped.
     */
    private boolean text(StringBuilder into, String element) throws IOException {
        long room = cap - (long) into.length();
        underscore = false;
        long length = 0;
        int n = 0;
        int brackets = 0;
        while (true) {
            if (pos == lim && !fill()) {
                throw unsupported("part ends early");
            }
            int c = buf[pos++] & 0xFF;
            if (c == '<') {
                break;
            }
            if (n + 2 > chunk.length) {
                length += flush(into, n, room - length);
                n = 0;
            }
            if (c >= 0x20 && c < 0x80 && c != '&' && c != ']' && c != '>') {
                chunk[n++] = (char) c;
                underscore |= c == '_';
                brackets = 0;
                continue;
            }
            if (c >= 0xE1 && c <= 0xEC && pos + 1 < lim) {
                // most Japanese: three bytes, no surrogates or non-characters among them
                int c1 = buf[pos] & 0xFF;
                int c2 = buf[pos + 1] & 0xFF;
                if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80) {
                    pos += 2;
                    chunk[n++] = (char) ((c & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F));
                    brackets = 0;
                    continue;
                }
            }
            if (c == ']') {
                brackets++;
            } else {
                if (c == '>' && brackets >= 2) {
                    throw unsupported("]]> in text");
                }
                brackets = 0;
            }
            int cp;
            if (c < 0x80) {
                if (c < 0x20 && c != '\n' && c != '\t') {
                    throw unsupported("control character or carriage return in text");
                }
                cp = c == '&' ? entity() : c;
            } else {
                cp = utf8(c);
            }
            underscore |= cp == '_';
            n += Character.toChars(cp, chunk, n);
        }
        length += flush(into, n, room - length);
        if (tag() != END) {
            throw unsupported("element inside text");
        }
        endOf(element);
        return length <= room;
    }

    private final char[] chunk = new char[4096];
    /** Whether the text just read had an '_' (without one, it holds no _xHHHH_ escape). */
    private boolean underscore;

    /** Appends n chars of the chunk, or as many as there is room for; returns n. */
    private int flush(StringBuilder into, int n, long room) {
        into.append(chunk, 0, (int) Math.max(0, Math.min(n, room)));
        return n;
    }

    /** After a '&amp;': the character of a named entity or character reference. */
    private int entity() throws IOException {
        scratch.setLength(0);
        for (int c = next(); c != ';'; c = next()) {
            if (c < 0 || scratch.length() == 10) {
                throw unsupported("entity");
            }
            scratch.append((char) c);
        }
        int cp;
        String e = scratch.toString();
        switch (e) {
            case "lt" -> cp = '<';
            case "gt" -> cp = '>';
            case "amp" -> cp = '&';
            case "quot" -> cp = '"';
            case "apos" -> cp = '\'';
            default -> cp = characterReference(e);
        }
        return cp;
    }

    private int characterReference(String e) {
        int cp;
        try {
            if (e.startsWith("#x")) {
                cp = parseDigits(e, 2, 16);
            } else if (e.startsWith("#")) {
                cp = parseDigits(e, 1, 10);
            } else {
                throw unsupported("entity &" + e + ";");
            }
        } catch (NumberFormatException ex) {
            throw unsupported("character reference");
        }
        if (!(cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF)) {
            throw unsupported("character reference to a character XML does not allow");
        }
        return cp;
    }

    private static int parseDigits(String e, int from, int radix) {
        if (from == e.length()) {
            throw new NumberFormatException();
        }
        for (int i = from; i < e.length(); i++) {
            if (Character.digit(e.charAt(i), radix) < 0 || e.charAt(i) > 'f') {
                throw new NumberFormatException();
            }
        }
        return Integer.parseInt(e, from, e.length(), radix);
    }

    /** The code point a UTF-8 sequence beginning with {@code lead} encodes; anything XML does not allow is refused. */
    private int utf8(int lead) throws IOException {
        int cp;
        if (lead >= 0xC2 && lead <= 0xDF) {
            cp = (lead & 0x1F) << 6 | continuation();
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            int c1 = continuation();
            if (lead == 0xE0 && c1 < 0x20 || lead == 0xED && c1 >= 0x20) {
                throw unsupported("UTF-8"); // overlong, or a surrogate
            }
            cp = (lead & 0x0F) << 12 | c1 << 6 | continuation();
            if (cp == 0xFFFE || cp == 0xFFFF) {
                throw unsupported("not a character");
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            int c1 = continuation();
            if (lead == 0xF0 && c1 < 0x10 || lead == 0xF4 && c1 >= 0x10) {
                throw unsupported("UTF-8");
            }
            cp = (lead & 0x07) << 18 | c1 << 12 | continuation() << 6 | continuation();
        } else {
            throw unsupported("UTF-8");
        }
        return cp;
    }

    /** The six bits of a UTF-8 continuation byte. */
    private int continuation() throws IOException {
        int c = next();
        if ((c & 0xC0) != 0x80) {
            throw unsupported("UTF-8");
        }
        return c & 0x3F;
    }

    // ---------------------------------------------------------------- bytes

    private int next() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    private void skipSpace() throws IOException {
        while (isSpace(peek())) {
            pos++;
        }
    }

    private void expect(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            if (next() != s.charAt(i)) {
                throw unsupported("expected " + s);
            }
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static Unsupported unsupported(String why) {
        return new Unsupported(why);
    }
}
