package io.goalsheet.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Finds the merged region covering a cell in O(log² n). Regions are first made pairwise disjoint
 * (a region overlapping one already kept is dropped, as Excel's repair does), then held in a
 * centred interval tree over rows: every region in a node contains the node's centre row, so
 * those regions are disjoint in columns and one binary search by column finds the only candidate.
 */
final class MergedIndex {

    private static final MergedIndex EMPTY = new MergedIndex(List.of(), null);

    private final List<MergedRegion> regions;
    private final Node root;

    private MergedIndex(List<MergedRegion> regions, Node root) {
        this.regions = regions;
        this.root = root;
    }

    /** Builds the index over {@code input} (in file order); overlapping regions after the first are dropped. */
    static MergedIndex of(List<MergedRegion> input) {
        if (input.isEmpty()) {
            return EMPTY;
        }
        List<MergedRegion> kept = disjoint(input);
        MergedRegion[] arr = kept.toArray(new MergedRegion[0]);
        return new MergedIndex(List.copyOf(kept), build(arr));
    }

    List<MergedRegion> regions() {
        return regions;
    }

    MergedRegion at(int row, int col) {
        Node node = root;
        while (node != null) {
            MergedRegion[] byCol = node.byCol;
            int lo = 0;
            int hi = byCol.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (byCol[mid].firstCol() <= col) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (found >= 0) {
                MergedRegion m = byCol[found];
                if (m.lastCol() >= col && m.firstRow() <= row && m.lastRow() >= row) {
                    return m;
                }
            }
            if (row < node.center) {
                node = node.left;
            } else if (row > node.center) {
                node = node.right;
            } else {
                return null;
            }
        }
        return null;
    }

    private static final class Node {
        int center;
        MergedRegion[] byCol;
        Node left;
        Node right;
    }

    private static Node build(MergedRegion[] set) {
        if (set.length == 0) {
            return null;
        }
        long[] mids = new long[set.length];
        for (int i = 0; i < set.length; i++) {
            mids[i] = (long) set[i].firstRow() + set[i].lastRow();
        }
        Arrays.sort(mids);
        int center = (int) (mids[mids.length / 2] / 2);
        List<MergedRegion> left = new ArrayList<>();
        List<MergedRegion> right = new ArrayList<>();
        List<MergedRegion> here = new ArrayList<>();
        for (MergedRegion m : set) {
            if (m.lastRow() < center) {
                left.add(m);
            } else if (m.firstRow() > center) {
                right.add(m);
            } else {
                here.add(m);
            }
        }
        Node node = new Node();
        node.center = center;
        node.byCol = here.toArray(new MergedRegion[0]);
        Arrays.sort(node.byCol, Comparator.comparingInt(MergedRegion::firstCol));
        node.left = build(left.toArray(new MergedRegion[0]));
        node.right = build(right.toArray(new MergedRegion[0]));
        return node;
    }

    /** Keeps the regions that overlap no earlier kept one (sweeping rows top to bottom), in file order. */
    private static List<MergedRegion> disjoint(List<MergedRegion> input) {
        int n = input.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> input.get(i).firstRow())
                .thenComparingInt(i -> input.get(i).firstCol())
                .thenComparingInt(i -> i));
        boolean[] keep = new boolean[n];
        TreeMap<Integer, Integer> activeByFirstCol = new TreeMap<>();
        PriorityQueue<Integer> byLastRow = new PriorityQueue<>(Comparator.comparingInt(i -> input.get(i).lastRow()));
        boolean dropped = false;
        for (int idx : order) {
            MergedRegion m = input.get(idx);
            while (!byLastRow.isEmpty() && input.get(byLastRow.peek()).lastRow() < m.firstRow()) {
                int gone = byLastRow.poll();
                activeByFirstCol.remove(input.get(gone).firstCol(), gone);
            }
            Map.Entry<Integer, Integer> floor = activeByFirstCol.floorEntry(m.lastCol());
            if (floor != null && input.get(floor.getValue()).lastCol() >= m.firstCol()) {
                dropped = true;
                continue;
            }
            keep[idx] = true;
            activeByFirstCol.put(m.firstCol(), idx);
            byLastRow.add(idx);
        }
        if (!dropped) {
            return input;
        }
        List<MergedRegion> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept.add(input.get(i));
            }
        }
        return kept;
    }
}
