package io.goalsheet.check;

/**
 * One field's value in one row and where it came from: the cell itself, a merged region above it
 * ({@code own} false), or carried down from the row above ({@code own} false). Checks that report
 * at a cell look only at values the row owns, so one mistake gives one finding.
 *
 * @param row 0-based row of the cell that holds the value
 * @param col 0-based column of that cell
 */
record Slot(Object value, String text, int row, int col, boolean own) {

    Slot inherited() {
        return new Slot(value, text, row, col, false);
    }

    /** The key used to compare values: numbers by value, text loosely (see JapaneseText.fold). */
    String comparable() {
        if (value instanceof String s) {
            return io.goalsheet.text.JapaneseText.fold(s);
        }
        return String.valueOf(value);
    }
}
