package io.goalsheet.read;

import java.io.IOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/** Opening a part's XML, and the small helpers the parts' parsers share. */
final class Xml {

    private Xml() {}

    /**
     * A reader positioned on the root element. A document type declaration is refused: no part of a
     * workbook has one, and it is how entity tricks (XXE, billion laughs) begin.
     */
    static XmlReader openAtRoot(ZipArchive.EntryStream in, String part) throws XMLStreamException, ReadException, IOException {
        XmlReader r = XmlReader.open(in, in.sizeHint());
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return r;
            }
            if (ev == XMLStreamConstants.DTD) {
                r.close();
                throw new ReadException(new IOException("document type declaration in " + part),
                        ReadException.Kind.UNREADABLE, "corrupt");
            }
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                r.close();
                throw new ReadException(new IOException("no root element in " + part),
                        ReadException.Kind.UNREADABLE, "corrupt");
            }
        }
    }

    /** From a START_ELEMENT to just past its END_ELEMENT, ignoring everything inside. */
    static void skipElement(XmlReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Appends the character content of the current element (up to its END_ELEMENT; text of nested
     * elements too) to {@code sb}, but no more than {@code cap} characters in all.
     *
     * @return false when text was dropped because of {@code cap}
     */
    static boolean appendText(XmlReader r, StringBuilder sb, int cap) throws XMLStreamException {
        boolean complete = true;
        int depth = 1;
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int len = r.getTextLength();
                    int room = cap - sb.length();
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
    static String attribute(XmlReader r, String localName) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The value of the attribute with this local name in a namespace (e.g. r:id), or null. */
    static String namespacedAttribute(XmlReader r, String localName) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String ns = r.getAttributeNamespace(i);
            if (ns != null && !ns.isEmpty() && localName.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
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

    /** The next '_' from {@code from}, or -1; found by String's and StringBuilder's own search where it can. */
    private static int underscore(CharSequence s, int from) {
        if (s instanceof StringBuilder sb) {
            return sb.indexOf("_", from);
        }
        if (s instanceof String str) {
            return str.indexOf('_', from);
        }
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
