package io.goalsheet.check;

/**
 * Where the values of a table that was rebuilt from another layout were written. The published
 * layout's records are checked as rows of a table of their own (see {@link OutlineSheet}); a finding
 * at one of those cells is reported at the sheet cell, and the line inside it, that held the value.
 */
interface CellPlaces {

    /** A cell of the sheet (0-based) and the 1-based line inside it, or null when the whole cell is meant. */
    record Place(int row, int col, Integer line) {}

    /**
     * The place of the text at {@code offset} (a UTF-16 index, 0 for the start) in the value of the
     * rebuilt table's cell (row, col), both 0-based.
     */
    Place at(int row, int col, int offset);

    /**
     * Whether an empty rebuilt cell is already explained by another finding (a column whose markers
     * do not match the initiatives): then it is not reported again as {@code required}.
     */
    boolean explained(int row, int col);
}
