package io.goalsheet.read;

/** A merged range, 0-based and inclusive. Only the top-left cell holds the value. */
public record MergedRegion(int firstRow, int lastRow, int firstCol, int lastCol) {

    public boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }

    public boolean isVertical() {
        return lastRow > firstRow;
    }
}
