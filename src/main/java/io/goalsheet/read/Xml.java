package io.goalsheet.read;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.fasterxml.aalto.stax.StreamReaderImpl;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Every part's XML, through Aalto's StAX parser set up so that no DTD, external entity or entity
 * expansion is ever used. A part is read from its XML declaration to the end of the document, so a
 * part that is not well-formed XML anywhere (an unclosed root, trailing garbage, a second root) is
 * refused, and its CRC-32 is checked at its end. Nothing is ever printed.
 */
final class Xml {

    /** Far deeper than any part of a workbook nests; bounds the parser's element stack. */
    static final int MAX_DEPTH = 512;

    private static final InputFactoryImpl FACTORY = factory();

    private Xml() {}

    private static InputFactoryImpl factory() {
        // Aalto's own factory, never whatever javax.xml.stream finds on the class path
        InputFactoryImpl f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // an entity other than the predefined five is reported, and refused by Part.next, not expanded
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        // element and attribute names as interned Strings, so the worksheet loops compare them with ==
        f.setProperty(XMLInputFactory2.P_INTERN_NAMES, true);
        return f;
    }

    /** What is read of one part, from its root element on. */
    @FunctionalInterface
    interface Body<T> {
        T read(Part p) throws ReadException, XMLStreamException;
    }

    /**
     * Reads part {@code name} of {@code zip}: {@code body} gets the part at its root element and may
     * stop anywhere; the rest is then read to the document's end. XML that is not well-formed is
     * {@code malformed-xml}, bytes that do not match their CRC-32 {@code damaged-part}.
     */
    static <T> T read(ZipPackage zip, String name, Body<T> body) throws ReadException {
        ZipPackage.PartStream in = zip.open(name);
        Part p = null;
        try {
            StreamReaderImpl r = reader(FACTORY.createXMLStreamReader(in));
            Charset declared = declaredCharset(r.getCharacterEncodingScheme());
            if (declared != null) {
                // Aalto decodes charsets other than UTF-8, ISO-8859-1 and US-ASCII through an
                // InputStreamReader that turns bad bytes into U+FFFD: read the part again through the
                // JDK's decoder for the declared charset, refusing bytes that are not of it
                r.closeCompletely();
                in.close();
                in = zip.open(name);
                r = reader(FACTORY.createXMLStreamReader(new InputStreamReader(in, declared.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))));
            }
            p = new Part(name, r);
            p.root();
            T result = body.read(p);
            while (r.getEventType() != XMLStreamConstants.END_DOCUMENT) {
                p.next();
            }
            in.finish();
            return result;
        } catch (XMLStreamException | RuntimeException e) {
            Throwable cause = e instanceof UncheckedStreamException u && u.getCause() != null ? u.getCause() : e;
            ReadException inside = Abort.find(cause);
            if (inside != null) {
                throw inside;
            }
            ReadException damage = in.damage();
            if (damage != null) {
                throw damage;
            }
            Location at = cause instanceof XMLStreamException x ? x.getLocation() : null;
            throw new ReadException(cause, ReadException.Kind.UNREADABLE, "malformed-xml", name,
                    at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber());
        } catch (ReadException e) {
            // a value our checks refuse may come from damaged bytes: say so rather than what they became
            ReadException damage = e.kind() == ReadException.Kind.UNREADABLE ? in.damage() : null;
            throw damage != null ? damage : e;
        } catch (IOException e) {
            ReadException inside = Abort.find(e);
            throw inside != null ? inside : new ReadException(e, ReadException.Kind.UNREADABLE, "damaged-part", name);
        } finally {
            try {
                if (p != null) {
                    p.r.closeCompletely();
                }
                in.close();
            } catch (XMLStreamException | IOException ignored) {
                // nothing was written; the outcome is already decided
            }
        }
    }

    /**
     * Aalto's reader as its own class, not the StAX interface: its methods are final, so the quick
     * JIT compiler the launcher uses calls them directly on the path every cell takes.
     */
    private static StreamReaderImpl reader(javax.xml.stream.XMLStreamReader r) {
        return (StreamReaderImpl) r;
    }

    /** The charset a declaration names when it is not UTF-8 (which Aalto decodes itself), else null. */
    private static Charset declaredCharset(String encoding) throws XMLStreamException {
        if (encoding == null) {
            return null;
        }
        String e = encoding.trim().toUpperCase(Locale.ROOT);
        if (e.equals("UTF-8") || e.equals("UTF8")) {
            return null;
        }
        try {
            Charset cs = Charset.forName(encoding.trim());
            return cs.equals(StandardCharsets.UTF_8) ? null : cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e2) {
            throw new XMLStreamException("unknown encoding " + encoding);
        }
    }

    /** One part's parser, with the checks every event goes through. */
    static final class Part {

        final String name;
        final StreamReaderImpl r;

        Part(String name, StreamReaderImpl r) {
            this.name = name;
            this.r = r;
        }

        /** To the root element. A document type declaration is refused: no part has one, and entity tricks start there. */
        void root() throws XMLStreamException, ReadException {
            while (true) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
                if (ev == XMLStreamConstants.DTD) {
                    throw new ReadException(new IOException("document type declaration in " + name),
                            ReadException.Kind.UNREADABLE, "corrupt");
                }
                if (ev == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("no root element in " + name, r.getLocation());
                }
            }
        }

        /** The next event; an entity reference (one no DTD declared) or nesting past {@link #MAX_DEPTH} is malformed. */
        int next() throws XMLStreamException {
            int ev = r.next();
            if ((ev == XMLStreamConstants.START_ELEMENT && r.getDepth() > MAX_DEPTH)
                    || ev == XMLStreamConstants.ENTITY_REFERENCE || ev == XMLStreamConstants.DTD) {
                refuse(ev); // out of line: next() stays small enough for the quick compiler to inline
            }
            return ev;
        }

        private void refuse(int ev) throws XMLStreamException {
            throw new XMLStreamException(ev == XMLStreamConstants.START_ELEMENT ? "elements nested deeper than " + MAX_DEPTH
                    : "undeclared entity &" + r.getLocalName() + ";", r.getLocation());
        }

        /** From a START_ELEMENT to its END_ELEMENT, ignoring everything inside. */
        void skip() throws XMLStreamException {
            for (int depth = 1; depth > 0; ) {
                int ev = next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /**
         * Moves to the next child element of the current one, skipping text; false at the parent's end.
         * The caller reads or skips the child before asking for the next.
         */
        boolean child() throws XMLStreamException {
            while (true) {
                int ev = next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
            }
        }

        /**
         * Appends the character content of the current element (text of nested elements too) to
         * {@code sb}, but no more than {@code cap} characters in all; ends on its END_ELEMENT.
         *
         * @return false when text was dropped because of {@code cap}
         */
        boolean text(Chars sb, int cap) throws XMLStreamException {
            boolean complete = true;
            for (int depth = 1; ; ) {
                switch (next()) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        int len = r.getTextLength();
                        int room = cap - sb.len;
                        if (len > room) {
                            complete = false;
                            len = Math.max(room, 0);
                        }
                        if (len > 0) {
                            sb.append(r.getTextCharacters(), r.getTextStart(), len);
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (--depth == 0) {
                            return complete;
                        }
                    }
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        }

        /** The value of the attribute with this local name in any namespace (or none), or null. */
        String attribute(String localName) {
            for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
                if (localName.equals(r.getAttributeLocalName(i))) {
                    return r.getAttributeValue(i);
                }
            }
            return null;
        }

        /** The value of the attribute with this local name in a namespace (e.g. r:id), or null. */
        String namespacedAttribute(String localName) {
            for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
                String ns = r.getAttributeNamespace(i);
                if (ns != null && !ns.isEmpty() && localName.equals(r.getAttributeLocalName(i))) {
                    return r.getAttributeValue(i);
                }
            }
            return null;
        }
    }

    /**
     * Characters copied out of the parser's buffers without a String: a cell's attributes (Stax2
     * typed access, which trims whitespace around the value), its value, a rich text. Final, and
     * read through its fields, so the cell path makes no interface calls.
     */
    static final class Chars extends TypedValueDecoder implements CharSequence {

        char[] buf = new char[64];
        int len;
        private boolean present;

        /** Reads attribute {@code index} of the current element. */
        void read(StreamReaderImpl r, int index) throws XMLStreamException {
            r.getAttributeAs(index, this);
        }

        void clear() {
            len = 0;
            present = false;
        }

        /** Whether the element had the attribute at all. */
        boolean present() {
            return present;
        }

        void append(char[] chars, int start, int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
            }
            System.arraycopy(chars, start, buf, len, n);
            len += n;
        }

        boolean is(char[] s) {
            if (s.length != len) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (buf[i] != s[i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@link #decoded()}, taken from {@code recent} (a power of two of slots) when the same text
         * came lately: a sheet written with inline strings (as POI's streaming writer and many
         * systems' exports write them) repeats a few thousand texts in hundreds of thousands of cells.
         */
        String decoded(String[] recent) {
            int h = 0;
            for (int i = 0; i < len; i++) {
                char c = buf[i];
                if (c == '_') {
                    return decodeEscapes(this);
                }
                h = 31 * h + c;
            }
            int slot = (h ^ (h >>> 16)) & (recent.length - 1);
            String s = recent[slot];
            if (s == null || !s.contentEquals(this)) {
                s = toString();
                recent[slot] = s;
            }
            return s;
        }

        /** The text with Excel's escapes decoded (see {@link #decodeEscapes}). */
        String decoded() {
            for (int i = 0; i < len; i++) {
                if (buf[i] == '_') {
                    return decodeEscapes(this);
                }
            }
            return toString();
        }

        @Override
        public void decode(String s) {
            decode(s.toCharArray(), 0, s.length());
        }

        @Override
        public void decode(char[] chars, int start, int end) {
            len = 0;
            append(chars, start, end - start);
            present = true;
        }

        @Override
        public void handleEmptyValue() {
            len = 0;
            present = true;
        }

        @Override
        public int length() {
            return len;
        }

        @Override
        public char charAt(int index) {
            return buf[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        @Override
        public String toString() {
            return new String(buf, 0, len);
        }
    }

    /**
     * Decodes Excel's {@code _xHHHH_} escapes (how OOXML stores characters XML cannot, such as
     * {@code _x000D_} for a carriage return; {@code _x005F_} escapes an underscore).
     */
    static String decodeEscapes(CharSequence s) {
        int n = s.length();
        int i = indexOfEscape(s, 0);
        if (i < 0) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(n);
        int from = 0;
        while (i >= 0) {
            out.append(s, from, i);
            out.append((char) (hex(s.charAt(i + 2)) << 12 | hex(s.charAt(i + 3)) << 8
                    | hex(s.charAt(i + 4)) << 4 | hex(s.charAt(i + 5))));
            from = i + 7;
            i = indexOfEscape(s, from);
        }
        out.append(s, from, n);
        return out.toString();
    }

    private static int indexOfEscape(CharSequence s, int from) {
        for (int i = underscore(s, from), n = s.length() - 6; i >= 0 && i < n; i = underscore(s, i + 1)) {
            if (s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && hex(s.charAt(i + 2)) >= 0 && hex(s.charAt(i + 3)) >= 0
                    && hex(s.charAt(i + 4)) >= 0 && hex(s.charAt(i + 5)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int underscore(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '_') {
                return i;
            }
        }
        return -1;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
