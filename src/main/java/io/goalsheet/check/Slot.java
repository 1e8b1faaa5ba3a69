package io.goalsheet.check;

import io.goalsheet.text.JapaneseText;

/**
 * One field's value in one row and where it came from: the cell itself, a merged region above it
 * ({@code own} false), or carried down from the row above ({@code own} false). Checks that report
 * at a cell look only at values the row owns, so one mistake gives one finding.
 */
final class Slot {

    private final Object value;
    private final String text;
    private final int row;
    private final int col;
    private final boolean own;
    /** The folded comparison key, computed on first use and shared by the copies carried down. */
    private String comparable;

    /**
     * @param row 0-based row of the cell that holds the value
     * @param col 0-based column of that cell
     */
    Slot(Object value, String text, int row, int col, boolean own) {
        this.value = value;
        this.text = text;
        this.row = row;
        this.col = col;
        this.own = own;
    }

    Object value() {
        return value;
    }

    String text() {
        return text;
    }

    int row() {
        return row;
    }

    int col() {
        return col;
    }

    boolean own() {
        return own;
    }

    Slot inherited() {
        Slot s = new Slot(value, text, row, col, false);
        s.comparable = comparable;
        return s;
    }

    /** Sets the comparison key when the caller has it already (folded once for a text that repeats). */
    void comparable(String key) {
        this.comparable = key;
    }

    /** The key used to compare values: numbers by value, text loosely (see JapaneseText.fold). */
    String comparable() {
        if (comparable == null) {
            comparable = value instanceof String s ? JapaneseText.fold(s)
                    : value instanceof Long n && n >= 0 && n < NUMBERS.length ? NUMBERS[n.intValue()]
                    : String.valueOf(value);
        }
        return comparable;
    }

    /**
     * "0" to "1023": the numbers of goals, initiatives and items, shared instead of one string per row
     * (keys keep them for every row).
     */
    private static final String[] NUMBERS = java.util.stream.IntStream.range(0, 1024).mapToObj(String::valueOf)
            .toArray(String[]::new);
}
