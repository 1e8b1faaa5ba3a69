package io.goalsheet.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * A namespace-aware, non-validating XML 1.0 pull parser over UTF-8 bytes, for the parts of a
 * workbook. It accepts what the JDK's parser accepts for such documents and refuses what it
 * refuses — malformed UTF-8, characters XML does not allow, unbalanced or misnamed tags, unbound
 * prefixes, repeated attributes, undeclared entities, markup after the root element — and reports
 * the same elements, attributes (normalised as XML says: a tab or line break in a value is a space)
 * and text (CR LF read as LF). It never reads a DTD: a DOCTYPE is the DTD event, and nothing after.
 *
 * <p>The JDK's parser costs far more to set up than a small part costs to read, once per part, and
 * reads char by char through several layers; this reads the bytes once.
 *
 * <p>Limits, as the JDK's parser has them (JDK 17's values): 256 levels of elements (as set for it),
 * 10,000 attributes on one element, 1,000 characters in a name or prefix.
 */
final class Utf8XmlReader implements XmlReader {

    static final int MAX_DEPTH = 256;
    static final int MAX_ATTRIBUTES = 10_000;
    static final int MAX_NAME_LENGTH = 1_000;

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    private static final int BUFFER = 16 * 1024;

    private static final int PROLOG = 0;
    private static final int CONTENT = 1;
    private static final int EPILOG = 2;
    private static final int DONE = 3;

    /** ASCII bytes that may start a name (no colon: names here are namespace names) and that may continue one. */
    private static final boolean[] NAME_START = new boolean[128];
    private static final boolean[] NAME_CHAR = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            NAME_START[c] = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            NAME_CHAR[c] = NAME_START[c] || c >= '0' && c <= '9' || c == '-' || c == '.';
        }
    }

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;

    private int state = PROLOG;
    /** The START_ELEMENT just reported was an empty-element tag: its END_ELEMENT comes next. */
    private boolean emptyElement;

    /**
     * The names seen on this thread, kept from part to part and workbook to workbook: the same few
     * dozen recur in all of them. Emptied when it grows past {@link Names#MAX} (a part with very
     * many names).
     */
    private static final ThreadLocal<Names> NAMES = new ThreadLocal<>();

    private final Names names;
    private byte[] name = new byte[64];

    private Name[] open = new Name[16];
    private int[] bindingsAt = new int[16];
    private int depth;
    private Name current;

    private String[] prefixes = new String[8];
    private String[] uris = new String[8];
    private int bindings;

    private Name[] attrNames = new Name[8];
    private String[] attrValues = new String[8];
    private String[] attrUris = new String[8];
    private int attrCount;

    private char[] text = new char[256];
    private int textLength;

    Utf8XmlReader(InputStream in) {
        this(in, BUFFER);
    }

    /** @param sizeHint about how many bytes {@code in} holds (any value is safe: it only sizes the buffer) */
    Utf8XmlReader(InputStream in, long sizeHint) {
        this.in = in;
        Names seen = NAMES.get();
        if (seen == null || seen.size > Names.MAX) {
            seen = new Names();
            NAMES.set(seen);
        }
        this.names = seen;
        this.buf = new byte[(int) Math.max(256, Math.min(BUFFER, sizeHint + 1))];
    }

    // ---------------------------------------------------------------- the prolog

    /**
     * Reads an optional UTF-8 byte order mark and XML declaration. False when the document is not
     * one this parser reads — another encoding (a UTF-16 mark, a zero byte, an encoding other than
     * UTF-8 declared), another version, or a declaration it does not recognise — and nothing is
     * consumed; then {@link #replay()} gives its bytes to another parser.
     */
    boolean readProlog() throws IOException {
        fillTo(buf.length);
        int p = limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF ? 3 : 0;
        if (p >= limit || buf[p] != '<' || (p + 1 < limit && buf[p + 1] == 0)) {
            return false;
        }
        if (startsWith(p, "<?xml") && p + 5 < limit && isSpace(buf[p + 5])) {
            p = declaration(p + 5);
            if (p < 0) {
                return false;
            }
        }
        pos = p;
        return true;
    }

    /** Everything read so far, then the rest: for the parser that takes over when {@link #readProlog()} is false. */
    InputStream replay() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, 0, limit), in);
    }

    /** After {@code <?xml }: version 1.0, encoding UTF-8 if any, standalone if any, then {@code ?>}. The end, or -1. */
    private int declaration(int p) {
        String[] keys = {"version", "encoding", "standalone"};
        int next = 0;
        while (true) {
            int spaces = p;
            while (p < limit && isSpace(buf[p])) {
                p++;
            }
            if (startsWith(p, "?>")) {
                return next == 0 ? -1 : p + 2;
            }
            if (p == spaces) {
                return -1;
            }
            int key = -1;
            for (int k = next; k < keys.length && key < 0; k++) {
                if (startsWith(p, keys[k])) {
                    key = k;
                }
            }
            if (key < 0 || (next == 0 && key != 0)) {
                return -1;
            }
            p += keys[key].length();
            while (p < limit && isSpace(buf[p])) {
                p++;
            }
            if (p >= limit || buf[p] != '=') {
                return -1;
            }
            p++;
            while (p < limit && isSpace(buf[p])) {
                p++;
            }
            if (p >= limit || (buf[p] != '"' && buf[p] != '\'')) {
                return -1;
            }
            byte quote = buf[p++];
            int start = p;
            while (p < limit && buf[p] != quote) {
                p++;
            }
            if (p >= limit) {
                return -1;
            }
            String value = new String(buf, start, p - start, StandardCharsets.ISO_8859_1);
            p++;
            boolean ok = switch (key) {
                case 0 -> value.equals("1.0");
                case 1 -> value.equalsIgnoreCase("UTF-8");
                default -> value.equals("yes") || value.equals("no");
            };
            if (!ok) {
                return -1;
            }
            next = key + 1;
        }
    }

    private boolean startsWith(int p, String s) {
        if (p + s.length() > limit) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- events

    @Override
    public int next() throws XMLStreamException {
        try {
            return advance();
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    private int advance() throws IOException, XMLStreamException {
        attrCount = 0;
        if (emptyElement) {
            emptyElement = false;
            return endElement();
        }
        while (true) {
            if (state == DONE) {
                throw error("read past the end of the document");
            }
            if (!ensure(1)) {
                if (state == CONTENT) {
                    throw error("the document ends inside element " + open[depth - 1].qname);
                }
                if (state == PROLOG) {
                    throw error("no root element");
                }
                state = DONE;
                return XMLStreamConstants.END_DOCUMENT;
            }
            if (buf[pos] != '<') {
                if (state == CONTENT) {
                    return text();
                }
                if (!isSpace(buf[pos])) {
                    throw error("text outside the root element");
                }
                pos++;
                continue;
            }
            ensure(9);
            byte b1 = pos + 1 < limit ? buf[pos + 1] : 0;
            if (b1 == '/') {
                if (state != CONTENT) {
                    throw error("an end tag outside the root element");
                }
                return endTag();
            } else if (b1 == '?') {
                instruction();
            } else if (b1 == '!') {
                if (startsWith(pos, "<!--")) {
                    comment();
                } else if (startsWith(pos, "<![CDATA[")) {
                    if (state != CONTENT) {
                        throw error("a CDATA section outside the root element");
                    }
                    if (cdata() > 0) {
                        return XMLStreamConstants.CHARACTERS;
                    }
                } else if (startsWith(pos, "<!DOCTYPE") && state == PROLOG) {
                    state = DONE; // a DTD is never read: whoever sees this event refuses the part
                    return XMLStreamConstants.DTD;
                } else {
                    throw error("markup that is not allowed here");
                }
            } else {
                if (state == EPILOG) {
                    throw error("a second root element");
                }
                return startTag();
            }
        }
    }

    private int startTag() throws IOException, XMLStreamException {
        pos++;
        Name element = qname(false);
        int declaredFrom = bindings;
        boolean empty;
        while (true) {
            boolean spaced = skipSpaces();
            if (!ensure(1)) {
                throw error("the document ends inside a start tag");
            }
            byte b = buf[pos];
            if (b == '>') {
                pos++;
                empty = false;
                break;
            }
            if (b == '/') {
                if (!ensure(2) || buf[pos + 1] != '>') {
                    throw error("'/' not followed by '>' in start tag " + element.qname);
                }
                pos += 2;
                empty = true;
                break;
            }
            if (!spaced) {
                throw error("no space before an attribute of " + element.qname);
            }
            Name attribute = qname(false);
            skipSpaces();
            if (!ensure(1) || buf[pos] != '=') {
                throw error("no '=' after attribute " + attribute.qname);
            }
            pos++;
            skipSpaces();
            if (!ensure(1) || (buf[pos] != '"' && buf[pos] != '\'')) {
                throw error("attribute " + attribute.qname + " has no quoted value");
            }
            String value = attributeValue(buf[pos++]);
            if (attrCount + (bindings - declaredFrom) >= MAX_ATTRIBUTES) {
                throw error("more than " + MAX_ATTRIBUTES + " attributes on " + element.qname);
            }
            if (attribute.prefix == null && attribute.local.equals("xmlns")) {
                declare(declaredFrom, "", value);
            } else if ("xmlns".equals(attribute.prefix)) {
                declare(declaredFrom, attribute.local, value);
            } else {
                addAttribute(attribute, value);
            }
        }
        if ("xmlns".equals(element.prefix)) {
            throw error("element " + element.qname + " has the prefix xmlns");
        }
        if (element.prefix != null && uri(element.prefix) == null) {
            throw error("the prefix of element " + element.qname + " is not bound");
        }
        resolveAttributes();
        if (depth == MAX_DEPTH) {
            throw error("elements nested deeper than " + MAX_DEPTH);
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            bindingsAt = Arrays.copyOf(bindingsAt, depth * 2);
        }
        open[depth] = element;
        bindingsAt[depth] = declaredFrom;
        depth++;
        current = element;
        state = CONTENT;
        emptyElement = empty;
        return XMLStreamConstants.START_ELEMENT;
    }

    private int endTag() throws IOException, XMLStreamException {
        pos += 2;
        Name expected = open[depth - 1];
        Name name = isAt(expected) ? expected : qname(false);
        skipSpaces();
        if (!ensure(1) || buf[pos] != '>') {
            throw error("end tag " + name.qname + " not closed by '>'");
        }
        pos++;
        if (name != open[depth - 1]) {
            throw error("end tag " + name.qname + " does not match start tag " + open[depth - 1].qname);
        }
        return endElement();
    }

    /**
     * Whether {@code name} is written at pos, whole (the byte after it cannot continue a name); if
     * so it is read. An end tag is almost always its element's name, checked here without a lookup.
     */
    private boolean isAt(Name name) {
        byte[] b = name.bytes;
        int n = b.length;
        if (limit - pos <= n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[pos + i] != b[i]) {
                return false;
            }
        }
        byte after = buf[pos + n];
        if (after < 0 || NAME_CHAR[after] || after == ':') {
            return false;
        }
        pos += n;
        return true;
    }

    private int endElement() {
        depth--;
        current = open[depth];
        bindings = bindingsAt[depth];
        if (depth == 0) {
            state = EPILOG;
        }
        return XMLStreamConstants.END_ELEMENT;
    }

    // ---------------------------------------------------------------- namespaces and attributes

    private void declare(int declaredFrom, String prefix, String uri) throws XMLStreamException {
        for (int i = declaredFrom; i < bindings; i++) {
            if (prefixes[i].equals(prefix)) {
                throw error("namespace " + (prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix) + " declared twice");
            }
        }
        if (prefix.equals("xmlns") || uri.equals(XMLNS_NS)) {
            throw error("the xmlns prefix or namespace bound");
        }
        if (prefix.equals("xml") != uri.equals(XML_NS)) {
            throw error("the xml prefix or namespace bound otherwise");
        }
        if (!prefix.isEmpty() && uri.isEmpty()) {
            throw error("prefix " + prefix + " bound to no namespace");
        }
        if (bindings == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, bindings * 2);
            uris = Arrays.copyOf(uris, bindings * 2);
        }
        prefixes[bindings] = prefix;
        uris[bindings] = uri;
        bindings++;
    }

    /** The namespace bound to {@code prefix} here, or null. */
    private String uri(String prefix) {
        if (prefix.equals("xml")) {
            return XML_NS;
        }
        for (int i = bindings - 1; i >= 0; i--) {
            if (prefixes[i].equals(prefix)) {
                return uris[i];
            }
        }
        return null;
    }

    private void addAttribute(Name attribute, String value) throws XMLStreamException {
        if (attrCount == attrNames.length) {
            attrNames = Arrays.copyOf(attrNames, attrCount * 2);
            attrValues = Arrays.copyOf(attrValues, attrCount * 2);
            attrUris = Arrays.copyOf(attrUris, attrCount * 2);
        }
        attrNames[attrCount] = attribute;
        attrValues[attrCount] = value;
        attrCount++;
    }

    /** Namespaces of the prefixed attributes; no two attributes with one name, nor one namespace and local name. */
    private void resolveAttributes() throws XMLStreamException {
        for (int i = 0; i < attrCount; i++) {
            Name a = attrNames[i];
            attrUris[i] = null;
            if (a.prefix != null) {
                attrUris[i] = uri(a.prefix);
                if (attrUris[i] == null) {
                    throw error("the prefix of attribute " + a.qname + " is not bound");
                }
            }
        }
        if (attrCount <= 16) {
            for (int i = 1; i < attrCount; i++) {
                for (int j = 0; j < i; j++) {
                    if (sameAttribute(i, j)) {
                        throw error("attribute " + attrNames[i].qname + " given twice");
                    }
                }
            }
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < attrCount; i++) {
                // an unprefixed name has no '{'; two prefixed ones with one namespace and local name clash
                String key = attrUris[i] == null ? attrNames[i].qname : "{" + attrUris[i] + "}" + attrNames[i].local;
                if (!seen.add(key)) {
                    throw error("attribute " + attrNames[i].qname + " given twice");
                }
            }
        }
    }

    private boolean sameAttribute(int i, int j) {
        if (attrNames[i] == attrNames[j]) {
            return true;
        }
        return attrUris[i] != null && attrUris[i].equals(attrUris[j]) && attrNames[i].local.equals(attrNames[j].local);
    }

    // ---------------------------------------------------------------- names

    /**
     * A name at pos, interned: a QName (NCName, or NCName:NCName) — or, as the JDK's parser takes
     * them, one that starts with its colon (":a", no prefix), or for a processing instruction's
     * target ({@code anyColons}) any XML name.
     */
    private Name qname(boolean anyColons) throws IOException, XMLStreamException {
        Name usual = asciiName();
        return usual != null ? usual : anyName(anyColons);
    }

    /**
     * The usual name, read where it lies in the buffer: ASCII, at most one colon and not first or
     * last, shorter than the limit, ending before the buffer does. Else null, and nothing is read.
     */
    private Name asciiName() {
        int p = pos;
        int colon = -1;
        int h = 1;
        while (p < limit) {
            byte b = buf[p];
            if (b < 0) {
                return null;
            }
            if (p == pos || p == colon + 1 ? NAME_START[b] : NAME_CHAR[b]) {
                h = 31 * h + b;
                p++;
            } else if (b == ':' && colon < 0 && p > pos) {
                colon = p;
                h = 31 * h + b;
                p++;
            } else if (b == ':') {
                return null;
            } else {
                break;
            }
        }
        int n = p - pos;
        if (p == limit || n == 0 || colon == p - 1 || n > MAX_NAME_LENGTH) {
            return null;
        }
        pos = p;
        return names.get(buf, p - n, n, h);
    }

    private Name anyName(boolean anyColons) throws IOException, XMLStreamException {
        int n = 0;
        int colon = -1;
        int chars = 0;
        int prefixChars = -1;
        while (true) {
            if (pos == limit && !ensure(1)) {
                break;
            }
            int b = buf[pos] & 0xFF;
            // a name's first character, and a local name's after a prefix, must be a start character
            boolean start = n == 0 || (n == colon + 1 && colon > 0);
            if (b < 0x80) {
                if (!(start ? NAME_START[b] : NAME_CHAR[b])) {
                    if (b != ':' || (colon >= 0 && !anyColons)) {
                        break;
                    }
                    if (colon < 0) {
                        colon = n;
                        prefixChars = chars;
                    }
                }
                pos++;
            } else {
                int from = pos;
                pos++;
                int c = decode(b);
                if (!(start ? isNameStart(c) : isNameChar(c))) {
                    throw error("a character not allowed in a name");
                }
                int len = pos - from;
                name = grow(name, n + len);
                System.arraycopy(buf, from, name, n, len);
                n += len;
                chars += c < 0x10000 ? 1 : 2;
                continue;
            }
            name = grow(name, n + 1);
            name[n++] = (byte) b;
            chars++;
        }
        if (n == 0 || (colon > 0 && colon == n - 1 && !anyColons)) {
            throw error("a name is missing or ends with ':'");
        }
        if ((colon <= 0 || anyColons ? chars : Math.max(prefixChars, chars - prefixChars - 1)) > MAX_NAME_LENGTH) {
            throw error("a name or prefix longer than " + MAX_NAME_LENGTH + " characters");
        }
        return names.get(name, 0, n, Names.hash(name, 0, n));
    }

    private static byte[] grow(byte[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    /** XML 1.0 (fifth edition) NameStartChar beyond ASCII. */
    private static boolean isNameStart(int c) {
        return c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c >= 0x200C && c <= 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c <= 0xEFFFF;
    }

    private static boolean isNameChar(int c) {
        return isNameStart(c) || c == 0xB7 || c >= 0x300 && c <= 0x36F || c >= 0x203F && c <= 0x2040;
    }

    /** Names seen in this part, by their bytes: each is made once, and tags match by identity. */
    private static final class Names {
        static final int MAX = 4096;

        private Name[] table = new Name[256];
        private int size;

        static int hash(byte[] bytes, int from, int n) {
            int h = 1;
            for (int i = from; i < from + n; i++) {
                h = 31 * h + bytes[i];
            }
            return h;
        }

        private static boolean same(byte[] name, byte[] bytes, int from) {
            for (int i = 0; i < name.length; i++) {
                if (name[i] != bytes[from + i]) {
                    return false;
                }
            }
            return true;
        }

        /** The name of {@code n} bytes from {@code from}, whose {@link #hash} is {@code h}. */
        Name get(byte[] bytes, int from, int n, int h) {
            int mask = table.length - 1;
            for (int i = h & mask; ; i = (i + 1) & mask) {
                Name e = table[i];
                if (e == null) {
                    break;
                }
                if (e.hash == h && e.bytes.length == n && same(e.bytes, bytes, from)) {
                    return e;
                }
            }
            Name e = new Name(Arrays.copyOfRange(bytes, from, from + n), h);
            if (2 * (size + 1) > table.length) {
                Name[] old = table;
                table = new Name[old.length * 2];
                for (Name o : old) {
                    if (o != null) {
                        put(o);
                    }
                }
            }
            put(e);
            size++;
            return e;
        }

        private void put(Name e) {
            int mask = table.length - 1;
            int i = e.hash & mask;
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = e;
        }
    }

    /** A name as written ({@code qname}), split at its colon: {@code prefix} is null when it has none. */
    private static final class Name {
        final byte[] bytes;
        final int hash;
        final String qname;
        final String prefix;
        final String local;

        Name(byte[] bytes, int hash) {
            this.bytes = bytes;
            this.hash = hash;
            this.qname = new String(bytes, StandardCharsets.UTF_8);
            int colon = qname.indexOf(':');
            this.prefix = colon <= 0 ? null : qname.substring(0, colon);
            this.local = colon <= 0 ? qname : qname.substring(colon + 1);
        }
    }

    // ---------------------------------------------------------------- character data

    /** Text up to the next markup (one CHARACTERS event). */
    private int text() throws IOException, XMLStreamException {
        textLength = 0;
        while (true) {
            // the usual bytes, copied in one tight loop
            int p = pos;
            int end = limit;
            char[] t = ensureText(end - p);
            int n = textLength;
            while (p < end) {
                byte b = buf[p];
                if (b >= 0x20 && b != '<' && b != '&' && b != ']') {
                    t[n++] = (char) b;
                    p++;
                } else if ((b & 0xF0) == 0xE0 && p + 2 < end) {
                    // three bytes of UTF-8 (kana, kanji), well formed and a character XML allows
                    int b1 = buf[p + 1];
                    int b2 = buf[p + 2];
                    int c = (b & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F);
                    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)
                            || c >= 0xFFFE) {
                        break; // the careful way below says what is wrong
                    }
                    t[n++] = (char) c;
                    p += 3;
                } else {
                    break;
                }
            }
            textLength = n;
            pos = p;
            if (p == end) {
                if (!ensure(1)) {
                    throw error("the document ends inside element " + open[depth - 1].qname);
                }
                continue;
            }
            byte b = buf[pos];
            if (b == '<') {
                return XMLStreamConstants.CHARACTERS;
            }
            pos++;
            if (b == '&') {
                reference();
            } else if (b == ']') {
                if (ensure(2) && buf[pos] == ']' && buf[pos + 1] == '>') {
                    throw error("']]>' in text");
                }
                append(']');
            } else {
                character(b & 0xFF);
            }
        }
    }

    /** The section's text into the text buffer; returns its length. */
    private int cdata() throws IOException, XMLStreamException {
        pos += 9;
        textLength = 0;
        while (true) {
            if (!ensure(3)) {
                throw error("the document ends inside a CDATA section");
            }
            byte b = buf[pos];
            if (b == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                pos += 3;
                return textLength;
            }
            pos++;
            if (b >= 0x20 && b != ']') {
                append((char) b);
            } else if (b == ']') {
                append(']');
            } else {
                character(b & 0xFF);
            }
        }
    }

    /** A byte of text that is not plain ASCII: a tab, a line end, or the start of a UTF-8 sequence. */
    private void character(int b) throws IOException, XMLStreamException {
        if (b == '\n' || b == '\t') {
            append((char) b);
        } else if (b == '\r') {
            // CR LF and a lone CR are both read as LF
            if (ensure(1) && buf[pos] == '\n') {
                pos++;
            }
            append('\n');
        } else if (b < 0x80) {
            throw error("a control character in text");
        } else {
            appendCodePoint(decode(b));
        }
    }

    private String attributeValue(byte quote) throws IOException, XMLStreamException {
        // the usual value, printable ASCII with no reference, taken straight from the buffer
        for (int p = pos; p < limit; p++) {
            byte b = buf[p];
            if (b == quote) {
                String value = new String(buf, pos, p - pos, StandardCharsets.ISO_8859_1);
                pos = p + 1;
                return value;
            }
            if (b < 0x20 || b == '<' || b == '&') {
                break;
            }
        }
        textLength = 0;
        while (true) {
            int p = pos;
            int end = limit;
            char[] t = ensureText(end - p);
            int n = textLength;
            while (p < end) {
                byte b = buf[p];
                if (b < 0x20 || b == quote || b == '<' || b == '&') {
                    break;
                }
                t[n++] = (char) b;
                p++;
            }
            textLength = n;
            pos = p;
            if (p == end) {
                if (!ensure(1)) {
                    throw error("the document ends inside an attribute value");
                }
                continue;
            }
            byte b = buf[pos++];
            if (b == quote) {
                String value = new String(text, 0, textLength);
                textLength = 0;
                return value;
            }
            if (b == '<') {
                throw error("'<' in an attribute value");
            }
            if (b == '&') {
                reference();
            } else if (b == '\t' || b == '\n') {
                append(' ');
            } else if (b == '\r') {
                if (ensure(1) && buf[pos] == '\n') {
                    pos++;
                }
                append(' ');
            } else if (b >= 0) {
                throw error("a control character in an attribute value");
            } else {
                appendCodePoint(decode(b & 0xFF));
            }
        }
    }

    /** After '&': a character reference or one of the five predefined entities. */
    private void reference() throws IOException, XMLStreamException {
        ensure(12);
        if (pos < limit && buf[pos] == '#') {
            pos++;
            int radix = 10;
            if (pos < limit && buf[pos] == 'x') {
                radix = 16;
                pos++;
            }
            int value = 0;
            int digits = 0;
            while (true) {
                if (!ensure(1)) {
                    throw error("the document ends inside a character reference");
                }
                int d = Character.digit(buf[pos], radix);
                if (d < 0) {
                    break;
                }
                value = value * radix + d;
                if (value > Character.MAX_CODE_POINT) {
                    throw error("a character reference beyond Unicode");
                }
                digits++;
                pos++;
            }
            if (digits == 0 || buf[pos] != ';') {
                throw error("a malformed character reference");
            }
            pos++;
            if (!isXmlChar(value)) {
                throw error("a character reference to a character XML does not allow");
            }
            appendCodePoint(value);
            return;
        }
        int start = pos;
        while (pos < limit && pos - start < 8 && buf[pos] != ';') {
            pos++;
        }
        String entity = pos < limit && buf[pos] == ';' ? new String(buf, start, pos - start, StandardCharsets.ISO_8859_1) : "";
        char c = switch (entity) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "apos" -> '\'';
            case "quot" -> '"';
            default -> throw error("an entity reference other than &lt; &gt; &amp; &apos; &quot;");
        };
        pos++;
        append(c);
    }

    private static boolean isXmlChar(int c) {
        return c >= 0x20 && c <= 0xD7FF || c == 0x9 || c == 0xA || c == 0xD || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * The code point of the UTF-8 sequence whose lead byte {@code b0} was just read: shortest form
     * only, no surrogates, a character XML allows.
     */
    private int decode(int b0) throws IOException, XMLStreamException {
        int more;
        int min;
        int c;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            more = 1;
            min = 0x80;
            c = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            more = 2;
            min = 0x800;
            c = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            more = 3;
            min = 0x10000;
            c = b0 & 0x07;
        } else {
            throw error("malformed UTF-8");
        }
        if (!ensure(more)) {
            throw error("malformed UTF-8 at the end of the document");
        }
        for (int i = 0; i < more; i++) {
            int b = buf[pos++] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                throw error("malformed UTF-8");
            }
            c = c << 6 | (b & 0x3F);
        }
        if (c < min || c > Character.MAX_CODE_POINT || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) {
            throw error("malformed UTF-8, or a character XML does not allow");
        }
        return c;
    }

    private void appendCodePoint(int c) {
        if (c < 0x10000) {
            append((char) c);
        } else {
            append(Character.highSurrogate(c));
            append(Character.lowSurrogate(c));
        }
    }

    private void append(char c) {
        ensureText(1)[textLength++] = c;
    }

    private char[] ensureText(int more) {
        if (textLength + more > text.length) {
            text = Arrays.copyOf(text, Math.max(textLength + more, text.length * 2));
        }
        return text;
    }

    // ---------------------------------------------------------------- markup that is skipped

    private void comment() throws IOException, XMLStreamException {
        pos += 4;
        while (true) {
            if (!ensure(3) && pos == limit) {
                throw error("the document ends inside a comment");
            }
            int b = buf[pos++] & 0xFF;
            if (b == '-' && pos < limit && buf[pos] == '-') {
                if (pos + 1 < limit && buf[pos + 1] == '>') {
                    pos += 2;
                    return;
                }
                throw error("'--' inside a comment");
            }
            skipCharacter(b);
        }
    }

    private void instruction() throws IOException, XMLStreamException {
        pos += 2;
        Name target = qname(true);
        if (target.qname.equalsIgnoreCase("xml")) {
            throw error("an XML declaration that is not at the start");
        }
        if (ensure(2) && buf[pos] == '?' && buf[pos + 1] == '>') {
            pos += 2;
            return;
        }
        if (!skipSpaces()) {
            throw error("no space after processing instruction target " + target.qname);
        }
        while (true) {
            if (!ensure(2) && pos == limit) {
                throw error("the document ends inside a processing instruction");
            }
            int b = buf[pos++] & 0xFF;
            if (b == '?' && pos < limit && buf[pos] == '>') {
                pos++;
                return;
            }
            skipCharacter(b);
        }
    }

    /** Checks one character of a comment or instruction, which is read and dropped. */
    private void skipCharacter(int b) throws IOException, XMLStreamException {
        if (b >= 0x80) {
            decode(b);
        } else if (b < 0x20 && b != '\n' && b != '\t' && b != '\r') {
            throw error("a control character");
        }
    }

    // ---------------------------------------------------------------- bytes

    private boolean skipSpaces() throws IOException {
        boolean any = false;
        while ((pos < limit || ensure(1)) && buf[pos] <= ' ' && isSpace(buf[pos])) {
            pos++;
            any = true;
        }
        return any;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    /** At least {@code n} bytes from pos, unless the part ends first. */
    private boolean ensure(int n) throws IOException {
        if (limit - pos >= n) {
            return true;
        }
        if (eof) {
            return false;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        fillTo(n);
        return limit >= n;
    }

    private void fillTo(int n) throws IOException {
        while (limit < n && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
    }

    private XMLStreamException error(String what) {
        return new XMLStreamException("not well-formed XML: " + what);
    }

    // ---------------------------------------------------------------- the reader's view

    @Override
    public String getLocalName() {
        return current.local;
    }

    @Override
    public int getAttributeCount() {
        return attrCount;
    }

    @Override
    public String getAttributeLocalName(int index) {
        return attrNames[index].local;
    }

    @Override
    public String getAttributeNamespace(int index) {
        return attrUris[index];
    }

    @Override
    public String getAttributeValue(int index) {
        return attrValues[index];
    }

    @Override
    public char[] getTextCharacters() {
        return text;
    }

    @Override
    public int getTextStart() {
        return 0;
    }

    @Override
    public int getTextLength() {
        return textLength;
    }

    @Override
    public void close() {
        state = DONE;
    }
}
