package io.goalsheet.read;

/** A1 references from 0-based indexes, and back. */
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

    /** 0-based column index of the letters at the start of {@code ref} ("M41" → 12); -1 when there are none. */
    public static int columnIndex(CharSequence ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? -1 : col - 1;
    }

    /** 0-based row index of the digits after the letters ("M41" → 40); -1 when there are none. */
    public static int rowIndex(CharSequence ref) {
        int row = 0;
        boolean digits = false;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
                digits = true;
            } else if (digits) {
                break;
            }
        }
        return digits ? row - 1 : -1;
    }
}
