package io.goalsheet.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells file formats apart by their first bytes, never by the file name. */
final class FormatSniffer {

    enum Format {
        ZIP,
        OLE2,
        /** A bare BIFF2–BIFF4 stream (Excel 2.x–4.0), not inside an OLE2 container. */
        OLD_BIFF,
        CSV,
        HTML,
        /** Excel 2002/2003 "XML Spreadsheet" (SpreadsheetML 2003). */
        XML2003,
        UNKNOWN
    }

    static final int HEAD_BYTES = 8192;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private FormatSniffer() {}

    static Format sniff(byte[] head, int len) {
        if (len >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8))) {
            return Format.ZIP;
        }
        if (len >= 8 && startsWith(head, OLE2)) {
            return Format.OLE2;
        }
        if (len >= 8 && head[0] == 0x09 && (head[1] == 0x00 || head[1] == 0x02 || head[1] == 0x04)) {
            int recLen = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
            if (recLen >= 4 && recLen <= 16) {
                return Format.OLD_BIFF;
            }
        }
        String text = asText(head, len);
        if (text == null) {
            return Format.UNKNOWN;
        }
        String t = text.stripLeading().toLowerCase(Locale.ROOT);
        if (t.startsWith("mime-version:")) {
            return Format.HTML; // a "single file web page" (.mht) saved with an Excel name
        }
        if (t.startsWith("<")) {
            if (t.contains("urn:schemas-microsoft-com:office:spreadsheet") && t.contains("<workbook")) {
                return Format.XML2003;
            }
            if (t.contains("<html") || t.contains("<!doctype html") || t.contains("<table")
                    || t.contains("<meta") || t.contains("<body")) {
                return Format.HTML;
            }
            return Format.UNKNOWN;
        }
        if (t.isEmpty()) {
            return Format.UNKNOWN;
        }
        int newline = t.indexOf('\n');
        boolean severalLines = newline >= 0 && newline < t.length() - 1;
        if (t.indexOf(',') >= 0 || t.indexOf('\t') >= 0 || t.indexOf(';') >= 0 || severalLines) {
            return Format.CSV;
        }
        return Format.UNKNOWN;
    }

    /** The head decoded as text, or null when it looks binary. */
    private static String asText(byte[] head, int len) {
        if (len >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, len - 2, StandardCharsets.UTF_16LE);
        }
        if (len >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, len - 2, StandardCharsets.UTF_16BE);
        }
        int from = len >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        int control = 0;
        for (int i = from; i < len; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return null;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) || b == 0x7F) {
                control++;
            }
        }
        if (control * 100 > Math.max(1, len - from)) {
            return null;
        }
        // Shift_JIS and UTF-8 both keep ASCII as is, which is all the checks look at
        return new String(head, from, len - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
