package io.goalsheet.read;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * Finds the merged region covering a cell in O(log² n), in primitive arrays (about 40 bytes a
 * region even for hostile counts). Regions are first made pairwise disjoint (one overlapping a
 * region already kept is dropped, as Excel's repair does), then held in a centred interval tree
 * over rows: every region in a node contains the node's centre row, so the node's regions are
 * disjoint in columns and one binary search by column finds the only candidate.
 */
final class MergedIndex {

    private static final MergedIndex EMPTY = new MergedIndex(0, new int[0], new int[0], new int[0], new int[0]);

    private final int count;
    private final int[] firstRow;
    private final int[] lastRow;
    private final int[] firstCol;
    private final int[] lastCol;
    private final List<MergedRegion> view;

    // the tree: node i holds ids[from[i] .. to[i]), sorted by first column
    private int[] ids;
    private int[] center;
    private int[] from;
    private int[] to;
    private int[] left;
    private int[] right;
    private int nodes;
    private int root = -1;

    private MergedIndex(int count, int[] firstRow, int[] lastRow, int[] firstCol, int[] lastCol) {
        this.count = count;
        this.firstRow = firstRow;
        this.lastRow = lastRow;
        this.firstCol = firstCol;
        this.lastCol = lastCol;
        this.view = new Regions();
    }

    /**
     * The index over the first {@code n} regions of the arrays (file order, each with first ≤ last);
     * overlapping regions after the first are dropped. The arrays become the index's.
     */
    static MergedIndex of(int[] firstRow, int[] lastRow, int[] firstCol, int[] lastCol, int n) {
        if (n == 0) {
            return EMPTY;
        }
        boolean[] keep = disjoint(firstRow, lastRow, firstCol, lastCol, n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                firstRow[k] = firstRow[i];
                lastRow[k] = lastRow[i];
                firstCol[k] = firstCol[i];
                lastCol[k] = lastCol[i];
                k++;
            }
        }
        MergedIndex index = new MergedIndex(k, Arrays.copyOf(firstRow, k), Arrays.copyOf(lastRow, k),
                Arrays.copyOf(firstCol, k), Arrays.copyOf(lastCol, k));
        index.buildTree();
        return index;
    }

    static MergedIndex of(List<MergedRegion> regions) {
        int n = regions.size();
        int[] fr = new int[n];
        int[] lr = new int[n];
        int[] fc = new int[n];
        int[] lc = new int[n];
        for (int i = 0; i < n; i++) {
            MergedRegion m = regions.get(i);
            fr[i] = m.firstRow();
            lr[i] = m.lastRow();
            fc[i] = m.firstCol();
            lc[i] = m.lastCol();
        }
        return of(fr, lr, fc, lc, n);
    }

    List<MergedRegion> regions() {
        return view;
    }

    MergedRegion at(int row, int col) {
        int node = root;
        while (node >= 0) {
            int lo = from[node];
            int hi = to[node] - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (firstCol[ids[mid]] <= col) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (found >= 0) {
                int m = ids[found];
                if (lastCol[m] >= col && firstRow[m] <= row && lastRow[m] >= row) {
                    return region(m);
                }
            }
            if (row < center[node]) {
                node = left[node];
            } else if (row > center[node]) {
                node = right[node];
            } else {
                return null;
            }
        }
        return null;
    }

    private MergedRegion region(int i) {
        return new MergedRegion(firstRow[i], lastRow[i], firstCol[i], lastCol[i]);
    }

    private final class Regions extends AbstractList<MergedRegion> implements RandomAccess {
        @Override
        public MergedRegion get(int i) {
            if (i < 0 || i >= count) {
                throw new IndexOutOfBoundsException(i);
            }
            return region(i);
        }

        @Override
        public int size() {
            return count;
        }
    }

    private static int idxBits(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
    }

    /**
     * Sweeps the regions top to bottom: the regions still open at a region's first row are
     * disjoint in columns (so there are at most 16,384 of them), and the one whose first column is
     * the greatest not after this region's last column is the only one that can overlap it.
     */
    private static boolean[] disjoint(int[] fr, int[] lr, int[] fc, int[] lc, int n) {
        int bits = idxBits(n);
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = (((long) fr[i] << 14) | fc[i]) << bits | i;
        }
        Arrays.sort(order);
        long mask = (1L << bits) - 1;
        boolean[] keep = new boolean[n];
        TreeMap<Integer, Integer> openByFirstCol = new TreeMap<>();
        PriorityQueue<Integer> byLastRow = new PriorityQueue<>((a, b) -> Integer.compare(lr[a], lr[b]));
        for (long key : order) {
            int i = (int) (key & mask);
            while (!byLastRow.isEmpty() && lr[byLastRow.peek()] < fr[i]) {
                int closed = byLastRow.poll();
                openByFirstCol.remove(fc[closed], closed);
            }
            Map.Entry<Integer, Integer> floor = openByFirstCol.floorEntry(lc[i]);
            if (floor != null && lc[floor.getValue()] >= fc[i]) {
                continue;
            }
            keep[i] = true;
            openByFirstCol.put(fc[i], i);
            byLastRow.add(i);
        }
        return keep;
    }

    private void buildTree() {
        int n = count;
        int bits = idxBits(n);
        long mask = (1L << bits) - 1;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) firstRow[i] + lastRow[i]) << bits | i;
        }
        Arrays.sort(keys);
        ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (int) (keys[i] & mask);
        }
        center = new int[n];
        from = new int[n];
        to = new int[n];
        left = new int[n];
        right = new int[n];
        root = build(0, n, new int[n], keys, bits, mask);
    }

    /**
     * Builds the node for ids[lo..hi), which are in order of their middle row. The centre is the
     * median middle row, so each side has at most half the regions and the depth is O(log n).
     * Partitions the range stably into [left | here | right], sorts "here" by first column and
     * recurses into the sides.
     */
    private int build(int lo, int hi, int[] tmp, long[] keys, int bits, long mask) {
        if (lo >= hi) {
            return -1;
        }
        int m = ids[lo + (hi - lo) / 2];
        int c = (int) (((long) firstRow[m] + lastRow[m]) / 2);
        int nl = 0;
        int nh = 0;
        for (int i = lo; i < hi; i++) {
            int id = ids[i];
            if (lastRow[id] < c) {
                nl++;
            } else if (firstRow[id] <= c) {
                nh++;
            }
        }
        int pl = lo;
        int ph = lo + nl;
        int pr = lo + nl + nh;
        for (int i = lo; i < hi; i++) {
            int id = ids[i];
            if (lastRow[id] < c) {
                tmp[pl++] = id;
            } else if (firstRow[id] <= c) {
                tmp[ph++] = id;
            } else {
                tmp[pr++] = id;
            }
        }
        System.arraycopy(tmp, lo, ids, lo, hi - lo);
        int hereFrom = lo + nl;
        int hereTo = hereFrom + nh;
        for (int i = hereFrom; i < hereTo; i++) {
            keys[i] = (long) firstCol[ids[i]] << bits | ids[i];
        }
        Arrays.sort(keys, hereFrom, hereTo);
        for (int i = hereFrom; i < hereTo; i++) {
            ids[i] = (int) (keys[i] & mask);
        }
        int node = nodes++;
        center[node] = c;
        from[node] = hereFrom;
        to[node] = hereTo;
        left[node] = build(lo, hereFrom, tmp, keys, bits, mask);
        right[node] = build(hereTo, hi, tmp, keys, bits, mask);
        return node;
    }
}
