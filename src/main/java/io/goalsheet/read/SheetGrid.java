package io.goalsheet.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One visible worksheet's cells and merged regions, held compactly so that a sheet of
 * 100,000 rows fits in a small heap. Indexes are 0-based. Hidden and very hidden sheets are
 * never returned by the reader. Once built a grid is only read, and may be read from several
 * threads at once (the checks read a large sheet's rows on two).
 */
public interface SheetGrid {

    String name();

    /** One past the last row index holding a cell; 0 for an empty sheet. */
    int rowCount();

    /** One past the last column index holding a cell; 0 for an empty sheet. */
    int columnCount();

    /** The cell at (row, col), or null when the workbook stores no value there. */
    Cell cell(int row, int col);

    /**
     * The non-empty cells of one row, left to right (empty for a row with none). Cheaper than asking
     * {@link #cell} for every column of a wide, sparse row.
     */
    default List<Cell> rowCells(int row) {
        List<Cell> out = new ArrayList<>();
        for (int col = 0, n = columnCount(); col < n; col++) {
            Cell c = cell(row, col);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    List<MergedRegion> mergedRegions();

    /** The merged region covering (row, col), or null. */
    MergedRegion mergedRegionAt(int row, int col);
}
