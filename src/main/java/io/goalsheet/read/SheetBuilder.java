package io.goalsheet.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects one sheet's cells as they stream by into the blocks of a {@link CompactSheet}, counting
 * them against the limits. Cells normally come sorted (Excel writes them so); when they do not,
 * or a cell comes twice, {@link #build()} sorts them and keeps the last of each position.
 */
final class SheetBuilder {

    static final int MAX_ROW = 1_048_575;
    static final int MAX_COL = 16_383;

    private static final int CACHE = 1 << 12;
    /**
     * Cells the first block starts with; it doubles up to a full block. Most sheets hold a few hundred
     * cells, and a batch reads thousands of them: full blocks from the start were a fifth of all the
     * memory a folder's run allocates.
     */
    private static final int FIRST_BLOCK = 256;

    private final String name;
    private final String[] shared;
    private final Budget budget;
    private final long maxCells;
    private final long maxWorkbookCells;

    private short[][] cols = new short[4][];
    private byte[][] meta = new byte[4][];
    private long[][] values = new long[4][];
    private int size;

    private int[] rowNumbers = new int[64];
    private int[] rowStarts = new int[65];
    private int rows;
    private int lastRow = -1;
    private int lastCol = -1;
    private boolean unsorted;

    private final List<String> local = new ArrayList<>();
    // a small direct-mapped cache to share repeated texts without a map entry per distinct text; made
    // for the first inline text (an Excel sheet keeps its texts in the shared strings and has none)
    private String[] cacheKeys;
    private int[] cacheSlots;

    private int[] mergeFirstRow = new int[0];
    private int[] mergeLastRow = new int[0];
    private int[] mergeFirstCol = new int[0];
    private int[] mergeLastCol = new int[0];
    private int merges;

    SheetBuilder(String name, String[] shared, Budget budget) {
        this.name = name;
        this.shared = shared;
        this.budget = budget;
        this.maxCells = budget.limits.maxCells();
        this.maxWorkbookCells = budget.limits.maxWorkbookCells();
    }

    String name() {
        return name;
    }

    static byte meta(CellType type, boolean formula, NumberStyle style) {
        return (byte) (type.ordinal() | (formula ? 8 : 0) | style.ordinal() << 4);
    }

    void number(int row, int col, double d, NumberStyle style, boolean formula) throws ReadException {
        add(row, col, meta(CellType.NUMBER, formula, style), Double.doubleToRawLongBits(d));
    }

    /** A string cell holding shared string {@code index} (already checked to be in range). */
    void shared(int row, int col, int index, NumberStyle style, boolean formula) throws ReadException {
        add(row, col, meta(CellType.STRING, formula, style), index);
    }

    void text(int row, int col, String s, NumberStyle style, boolean formula) throws ReadException {
        add(row, col, meta(CellType.STRING, formula, style), localIndex(s));
    }

    void error(int row, int col, String code, NumberStyle style, boolean formula) throws ReadException {
        add(row, col, meta(CellType.ERROR, formula, style), localIndex(code));
    }

    void bool(int row, int col, boolean b, NumberStyle style, boolean formula) throws ReadException {
        add(row, col, meta(CellType.BOOLEAN, formula, style), b ? 1 : 0);
    }

    void formulaWithoutValue(int row, int col, NumberStyle style) throws ReadException {
        add(row, col, meta(CellType.FORMULA_WITHOUT_VALUE, true, style), 0);
    }

    /** A merged range; single cells are not merges and are ignored. Counts as a cell against the limits. */
    void merge(int firstRow, int lastRow, int firstCol, int lastCol) throws ReadException {
        if (firstRow == lastRow && firstCol == lastCol) {
            return;
        }
        countOne(merges + size);
        if (merges == mergeFirstRow.length) {
            int cap = Math.max(16, merges * 2);
            mergeFirstRow = Arrays.copyOf(mergeFirstRow, cap);
            mergeLastRow = Arrays.copyOf(mergeLastRow, cap);
            mergeFirstCol = Arrays.copyOf(mergeFirstCol, cap);
            mergeLastCol = Arrays.copyOf(mergeLastCol, cap);
        }
        mergeFirstRow[merges] = Math.min(firstRow, lastRow);
        mergeLastRow[merges] = Math.max(firstRow, lastRow);
        mergeFirstCol[merges] = Math.min(firstCol, lastCol);
        mergeLastCol[merges] = Math.max(firstCol, lastCol);
        merges++;
    }

    private long localIndex(String s) throws ReadException {
        if (cacheKeys == null) {
            cacheKeys = new String[CACHE];
            cacheSlots = new int[CACHE];
        }
        int h = s.hashCode();
        int slot = (h ^ (h >>> 16)) & (CACHE - 1);
        String k = cacheKeys[slot];
        if (k != null && k.equals(s)) {
            return -(long) cacheSlots[slot] - 1;
        }
        budget.addChars(s.length());
        int idx = local.size();
        local.add(s);
        cacheKeys[slot] = s;
        cacheSlots[slot] = idx;
        return -(long) idx - 1;
    }

    private void countOne(long already) throws ReadException {
        long n = already + 1;
        if (n > maxCells) {
            throw new ReadException(ReadException.Kind.TOO_LARGE, "cells", name, maxCells);
        }
        if (budget.cells() + n > maxWorkbookCells) {
            throw new ReadException(ReadException.Kind.TOO_LARGE, "workbook-cells", maxWorkbookCells);
        }
    }

    private void add(int row, int col, byte m, long v) throws ReadException {
        countOne(size + merges);
        int b = size >>> CompactSheet.SHIFT;
        int o = size & CompactSheet.MASK;
        if (o == 0) {
            if (b == cols.length) {
                cols = Arrays.copyOf(cols, b * 2);
                meta = Arrays.copyOf(meta, b * 2);
                values = Arrays.copyOf(values, b * 2);
            }
            int n = b == 0 ? FIRST_BLOCK : CompactSheet.BLOCK;
            cols[b] = new short[n];
            meta[b] = new byte[n];
            values[b] = new long[n];
        } else if (b == 0 && o == cols[0].length) {
            // the first block is not full yet: it doubles, up to a whole block
            int n = o * 2;
            cols[0] = Arrays.copyOf(cols[0], n);
            meta[0] = Arrays.copyOf(meta[0], n);
            values[0] = Arrays.copyOf(values[0], n);
        }
        cols[b][o] = (short) col;
        meta[b][o] = m;
        values[b][o] = v;
        if (row != lastRow) {
            if (row < lastRow) {
                unsorted = true;
            }
            if (rows == rowNumbers.length) {
                rowNumbers = Arrays.copyOf(rowNumbers, rows * 2);
                rowStarts = Arrays.copyOf(rowStarts, rows * 2 + 1);
            }
            rowNumbers[rows] = row;
            rowStarts[rows] = size;
            rows++;
            lastRow = row;
        } else if (col <= lastCol) {
            unsorted = true;
        }
        lastCol = col;
        size++;
    }

    CompactSheet build() {
        budget.addCells(size + merges);
        if (unsorted) {
            sort();
        }
        rowStarts[rows] = size;
        int usedBlocks = (size + CompactSheet.MASK) >>> CompactSheet.SHIFT;
        short[][] c = Arrays.copyOf(cols, usedBlocks);
        byte[][] m = Arrays.copyOf(meta, usedBlocks);
        long[][] v = Arrays.copyOf(values, usedBlocks);
        int tail = size & CompactSheet.MASK;
        if (tail != 0 && c[usedBlocks - 1].length != tail) {
            // trim the last, partly used block
            c[usedBlocks - 1] = Arrays.copyOf(c[usedBlocks - 1], tail);
            m[usedBlocks - 1] = Arrays.copyOf(m[usedBlocks - 1], tail);
            v[usedBlocks - 1] = Arrays.copyOf(v[usedBlocks - 1], tail);
        }
        return new CompactSheet(name, size, c, m, v,
                Arrays.copyOf(rowNumbers, rows), Arrays.copyOf(rowStarts, rows + 1),
                shared, local.toArray(new String[0]),
                MergedIndex.of(mergeFirstRow, mergeLastRow, mergeFirstCol, mergeLastCol, merges));
    }

    /** Puts the cells in (row, col) order; of several at one position the last read wins. */
    private void sort() {
        int n = size;
        int idxBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
        long[] keys = new long[n];
        for (int r = 0; r < rows; r++) {
            int end = r + 1 < rows ? rowStarts[r + 1] : n;
            for (int i = rowStarts[r]; i < end; i++) {
                long pos = (long) rowNumbers[r] << 14 | cols[i >>> CompactSheet.SHIFT][i & CompactSheet.MASK];
                keys[i] = pos << idxBits | i;
            }
        }
        Arrays.sort(keys);
        long idxMask = (1L << idxBits) - 1;
        short[][] nc = new short[cols.length][];
        byte[][] nm = new byte[meta.length][];
        long[][] nv = new long[values.length][];
        int[] nRowNumbers = new int[Math.max(1, rows)];
        int[] nRowStarts = new int[Math.max(1, rows) + 1];
        int out = 0;
        int nRows = 0;
        int prevRow = -1;
        for (int k = 0; k < n; k++) {
            long pos = keys[k] >>> idxBits;
            if (k + 1 < n && (keys[k + 1] >>> idxBits) == pos) {
                continue; // a later cell at the same position replaces this one
            }
            int i = (int) (keys[k] & idxMask);
            int b = out >>> CompactSheet.SHIFT;
            int o = out & CompactSheet.MASK;
            if (o == 0) {
                nc[b] = new short[CompactSheet.BLOCK];
                nm[b] = new byte[CompactSheet.BLOCK];
                nv[b] = new long[CompactSheet.BLOCK];
            }
            nc[b][o] = cols[i >>> CompactSheet.SHIFT][i & CompactSheet.MASK];
            nm[b][o] = meta[i >>> CompactSheet.SHIFT][i & CompactSheet.MASK];
            nv[b][o] = values[i >>> CompactSheet.SHIFT][i & CompactSheet.MASK];
            int row = (int) (pos >>> 14);
            if (row != prevRow) {
                nRowNumbers[nRows] = row;
                nRowStarts[nRows] = out;
                nRows++;
                prevRow = row;
            }
            out++;
        }
        cols = nc;
        meta = nm;
        values = nv;
        rowNumbers = nRowNumbers;
        rowStarts = nRowStarts;
        rows = nRows;
        size = out;
    }
}
