package io.goalsheet.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's cells in column-packed primitive blocks, sorted by row then column: per cell a short
 * column, a byte for type, formula flag and number style, and a long that is either the number's
 * bits or a string index. Rows are a sorted table of row numbers with each row's first cell.
 * About 11 bytes a cell; {@link Cell} objects are made only when asked for.
 */
final class CompactSheet implements SheetGrid {

    static final int SHIFT = 12;
    static final int BLOCK = 1 << SHIFT;
    static final int MASK = BLOCK - 1;

    // meta byte: bits 0-2 type, bit 3 formula, bits 4-5 number style
    static final CellType[] TYPES = CellType.values();
    static final NumberStyle[] STYLES = NumberStyle.values();

    private final String name;
    private final int cellCount;
    private final short[][] cols;
    private final byte[][] meta;
    private final long[][] values;
    private final int[] rowNumbers;
    private final int[] rowStarts;
    private final String[] shared;
    private final String[] local;
    private final int columnCount;
    private final MergedIndex merged;

    CompactSheet(String name, int cellCount, short[][] cols, byte[][] meta, long[][] values,
            int[] rowNumbers, int[] rowStarts, String[] shared, String[] local, MergedIndex merged) {
        this.name = name;
        this.cellCount = cellCount;
        this.cols = cols;
        this.meta = meta;
        this.values = values;
        this.rowNumbers = rowNumbers;
        this.rowStarts = rowStarts;
        this.shared = shared;
        this.local = local;
        this.merged = merged;
        int maxCol = -1;
        for (int r = 0; r < rowNumbers.length; r++) {
            // cells are sorted within a row: its last cell has the row's largest column
            maxCol = Math.max(maxCol, col(rowStarts[r + 1] - 1));
        }
        this.columnCount = maxCol + 1;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int rowCount() {
        return rowNumbers.length == 0 ? 0 : rowNumbers[rowNumbers.length - 1] + 1;
    }

    @Override
    public int columnCount() {
        return columnCount;
    }

    /** The number of non-empty cells. */
    int cellCount() {
        return cellCount;
    }

    @Override
    public Cell cell(int row, int col) {
        int r = rowSlot(row);
        if (r < 0) {
            return null;
        }
        int lo = rowStarts[r];
        int hi = rowStarts[r + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = col(mid);
            if (c < col) {
                lo = mid + 1;
            } else if (c > col) {
                hi = mid - 1;
            } else {
                return make(mid, row);
            }
        }
        return null;
    }

    @Override
    public List<Cell> rowCells(int row) {
        int r = rowSlot(row);
        if (r < 0) {
            return List.of();
        }
        List<Cell> out = new ArrayList<>(rowStarts[r + 1] - rowStarts[r]);
        for (int i = rowStarts[r]; i < rowStarts[r + 1]; i++) {
            out.add(make(i, row));
        }
        return out;
    }

    @Override
    public List<MergedRegion> mergedRegions() {
        return merged.regions();
    }

    @Override
    public MergedRegion mergedRegionAt(int row, int col) {
        return merged.at(row, col);
    }

    private int rowSlot(int row) {
        int lo = 0;
        int hi = rowNumbers.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = rowNumbers[mid];
            if (v < row) {
                lo = mid + 1;
            } else if (v > row) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int col(int i) {
        return cols[i >>> SHIFT][i & MASK];
    }

    private Cell make(int i, int row) {
        int m = meta[i >>> SHIFT][i & MASK];
        long v = values[i >>> SHIFT][i & MASK];
        CellType type = TYPES[m & 7];
        boolean formula = (m & 8) != 0;
        NumberStyle style = STYLES[(m >> 4) & 3];
        int col = col(i);
        return switch (type) {
            case NUMBER -> {
                double d = Double.longBitsToDouble(v);
                yield new Cell(row, col, type, plainDecimal(d), d, style, formula);
            }
            case STRING, ERROR -> new Cell(row, col, type, string(v), Double.NaN, textStyle(style), formula);
            case BOOLEAN -> new Cell(row, col, type, v != 0 ? "TRUE" : "FALSE", Double.NaN, textStyle(style), formula);
            case FORMULA_WITHOUT_VALUE -> new Cell(row, col, type, "", Double.NaN, textStyle(style), formula);
        };
    }

    private static NumberStyle textStyle(NumberStyle style) {
        return style == NumberStyle.TEXT ? NumberStyle.TEXT : NumberStyle.PLAIN;
    }

    private String string(long v) {
        return v >= 0 ? shared[(int) v] : local[(int) (-v - 1)];
    }

    /** "45000", "0.1", "-3.25", "0.000001": the number without exponent or trailing zeros. */
    static String plainDecimal(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
