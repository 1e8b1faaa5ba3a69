package io.goalsheet.render.findings;

/**
 * Makes cell text safe to print. Values come from other people's workbooks: they may hold line
 * breaks (Alt+Enter), tabs, escape sequences or characters XML cannot carry.
 */
final class Clean {

    private Clean() {}

    /**
     * One line for a terminal or a log: tabs become spaces, line breaks "↵", other control
     * characters (ESC included, so no one's cell can colour or move a terminal) U+FFFD.
     */
    static String line(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\r' || c == '\n') {
                sb.append('↵');
            } else if (c == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(c)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Control characters other than line breaks and tabs become U+FFFD. */
    static String keepLines(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append(
                Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' ? '\uFFFD' : (char) c));
        return sb.toString();
    }

    /**
     * Only the characters XML 1.0 allows (#x9, #xA, #xD, #x20–#xD7FF, #xE000–#xFFFD,
     * #x10000–#x10FFFF); others, lone surrogates included, are dropped.
     */
    static String xml(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Clean::allowedInXml).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
