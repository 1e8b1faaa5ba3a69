package io.goalsheet.render.findings;

import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Where a finding is, spelled for each format. */
final class Places {

    private static final String HEX = "0123456789ABCDEF";
    /** RFC 3986 pchar without ':' (a colon in a relative path's first segment reads as a scheme). */
    private static final String PATH_SAFE = "-._~!$&'()*+,;=@/";

    private Places() {}

    /** The finding's file, or the file it was reported for when the finding does not say. */
    static String file(FileResult result, Finding finding) {
        return finding.file() != null ? finding.file() : result.file();
    }

    /** "file:sheet!cell", "file:sheet" or "file", with the line inside the cell where there is one. */
    static String location(FileResult result, Finding finding, boolean japanese) {
        String location = finding.location(japanese);
        return finding.file() != null ? location : result.file() + location;
    }

    /** The 1-based index of a column letter ("A" → 1, "M" → 13, "AA" → 27), or null. */
    static Integer columnIndex(String letters) {
        if (letters == null || letters.isEmpty()) {
            return null;
        }
        int index = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c < 'A' || c > 'Z') {
                return null;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index;
    }

    /** A path with forward slashes, as GitHub and SARIF name files. */
    static String slashes(String path) {
        return path.replace('\\', '/');
    }

    /**
     * A path as a URI reference (RFC 3986): relative paths stay relative; absolute ones become
     * {@code file:} URIs. Everything outside the path characters, non-ASCII included, is
     * percent-encoded as UTF-8, so {@code URI.create(uri).getPath()} gives the path back.
     */
    static String uri(String path) {
        String p = slashes(path);
        if (p.matches("[A-Za-z]:/.*")) {
            return "file:///" + p.substring(0, 2) + encode(p.substring(2));
        }
        if (p.startsWith("//")) {
            return "file:" + encode(p);
        }
        return p.startsWith("/") ? "file://" + encode(p) : encode(p);
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9') || PATH_SAFE.indexOf(c) >= 0;
            if (plain) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return sb.toString();
    }
}
