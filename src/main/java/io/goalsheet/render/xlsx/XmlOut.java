package io.goalsheet.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * XML written as UTF-8 into a buffer that goes to the stream as it fills. Hand-encoded because a
 * merge writes millions of cells and a Writer/encoder pair per cell costs more than the cells.
 * Text that XML 1.0 cannot carry (control characters, a lone surrogate) is written the way Excel
 * writes it, as {@code _xHHHH_}, and a literal {@code _xHHHH_} gets its underscore escaped.
 */
final class XmlOut {

    private final OutputStream out;
    private final byte[] buf;
    private int pos;

    XmlOut(OutputStream out) {
        this(out, 1 << 16);
    }

    private XmlOut(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[size];
    }

    /** {@link #text} for XML built as a String (the small parts: workbook, chart, drawing). */
    static String escapeText(String s) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(s.length() + 16);
        new XmlOut(b, 64).text(s).flush();
        return b.toString(StandardCharsets.UTF_8);
    }

    /** {@link #attr} for XML built as a String. */
    static String escapeAttribute(String s) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(s.length() + 16);
        new XmlOut(b, 64).attr(s).flush();
        return b.toString(StandardCharsets.UTF_8);
    }

    /** Markup known to be ASCII. */
    XmlOut ascii(String s) {
        int n = s.length();
        if (pos + n > buf.length) {
            flush();
            if (n > buf.length) {
                write(s.getBytes(StandardCharsets.US_ASCII));
                return this;
            }
        }
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
        return this;
    }

    XmlOut bytes(byte[] b) {
        if (pos + b.length > buf.length) {
            flush();
            if (b.length > buf.length) {
                write(b);
                return this;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        return this;
    }

    XmlOut number(long n) {
        if (pos + 20 > buf.length) {
            flush();
        }
        if (n < 0) {
            if (n == Long.MIN_VALUE) {
                return ascii(Long.toString(n));
            }
            buf[pos++] = '-';
            n = -n;
        }
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    /** Element text, escaped. */
    XmlOut text(String s) {
        return escaped(s, false);
    }

    /** An attribute value (without its quotes), escaped. */
    XmlOut attr(String s) {
        return escaped(s, true);
    }

    private XmlOut escaped(String s, boolean attribute) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (pos + 8 > buf.length) {
                flush();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '_') {
                    buf[pos++] = (byte) c;
                } else if (c == '&') {
                    put("&amp;");
                } else if (c == '<') {
                    put("&lt;");
                } else if (c == '>') {
                    put("&gt;");
                } else if (c == '"') {
                    put(attribute ? "&quot;" : "\"");
                } else if (c == '_') {
                    put(isEscapeLike(s, i) ? "_x005F_" : "_");
                } else if ((c == '\n' || c == '\t') && !attribute) {
                    buf[pos++] = (byte) c;
                } else {
                    hexEscape(c);
                }
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xc0 | c >> 6);
                buf[pos++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[pos++] = (byte) (0xf0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3f);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3f);
                buf[pos++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c) || c == 0xfffe || c == 0xffff) {
                hexEscape(c);
            } else {
                buf[pos++] = (byte) (0xe0 | c >> 12);
                buf[pos++] = (byte) (0x80 | c >> 6 & 0x3f);
                buf[pos++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return this;
    }

    /** "_x" + four hex digits + "_" at i: Excel would read it as an escape, so it must be escaped itself. */
    private static boolean isEscapeLike(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void hexEscape(char c) {
        put("_x");
        String hex = "0123456789ABCDEF";
        buf[pos++] = (byte) hex.charAt(c >> 12 & 0xf);
        buf[pos++] = (byte) hex.charAt(c >> 8 & 0xf);
        buf[pos++] = (byte) hex.charAt(c >> 4 & 0xf);
        buf[pos++] = (byte) hex.charAt(c & 0xf);
        buf[pos++] = '_';
    }

    private void put(String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            buf[pos++] = (byte) ascii.charAt(k);
        }
    }

    /** Hands what is buffered to the stream. */
    void flush() {
        write(buf, pos);
        pos = 0;
    }

    private void write(byte[] b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(byte[] b, int n) {
        try {
            out.write(b, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
