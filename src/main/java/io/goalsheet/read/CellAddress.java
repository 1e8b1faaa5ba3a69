package io.goalsheet.read;

/** A1 references from 0-based indexes. */
public final class CellAddress {

    private CellAddress() {}

    /** "A", "Z", "AA", … "XFD" for 0-based column indexes. */
    public static String column(int col) {
        if (col < 0) {
            throw new IllegalArgumentException("column " + col);
        }
        StringBuilder sb = new StringBuilder(3);
        int n = col + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.reverse().toString();
    }

    /** "M41" for row 40, column 12 (both 0-based). */
    public static String a1(int row, int col) {
        return column(col) + (row + 1);
    }
}
