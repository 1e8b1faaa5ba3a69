package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed sheet and the merged-region index against plain maps, on random data. */
class CompactSheetTest {

    @Test
    void randomCellsInRandomOrderMatchAMap() throws ReadException {
        Random random = new Random(1);
        for (int round = 0; round < 20; round++) {
            SheetBuilder b = new SheetBuilder("S", new String[] {"共有0", "共有1"}, new Budget(ReadLimits.defaults()));
            Map<Long, Cell> expected = new HashMap<>();
            boolean sorted = round % 2 == 0;
            int n = 1 + random.nextInt(20_000);
            List<long[]> positions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                positions.add(new long[] {random.nextInt(sorted ? 5000 : 300), random.nextInt(sorted ? 200 : 40)});
            }
            if (sorted) {
                positions.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
            }
            for (long[] p : positions) {
                int row = (int) p[0];
                int col = (int) p[1];
                Cell c;
                switch (random.nextInt(5)) {
                    case 0 -> {
                        double d = random.nextInt(1000) / 8.0;
                        b.number(row, col, d, NumberStyle.DATE, false);
                        c = new Cell(row, col, CellType.NUMBER, CompactSheet.plainDecimal(d), d, NumberStyle.DATE, false);
                    }
                    case 1 -> {
                        int idx = random.nextInt(2);
                        b.shared(row, col, idx, NumberStyle.TEXT, false);
                        c = new Cell(row, col, CellType.STRING, "共有" + idx, Double.NaN, NumberStyle.TEXT, false);
                    }
                    case 2 -> {
                        String s = "t" + random.nextInt(50);
                        b.text(row, col, s, NumberStyle.PERCENT, true);
                        c = new Cell(row, col, CellType.STRING, s, Double.NaN, NumberStyle.PLAIN, true);
                    }
                    case 3 -> {
                        b.error(row, col, "#REF!", NumberStyle.PLAIN, true);
                        c = new Cell(row, col, CellType.ERROR, "#REF!", Double.NaN, NumberStyle.PLAIN, true);
                    }
                    default -> {
                        b.formulaWithoutValue(row, col, NumberStyle.PLAIN);
                        c = new Cell(row, col, CellType.FORMULA_WITHOUT_VALUE, "", Double.NaN, NumberStyle.PLAIN, true);
                    }
                }
                expected.put((long) row << 14 | col, c); // the last written wins
            }
            CompactSheet sheet = b.build();
            assertThat(sheet.cellCount()).isEqualTo(expected.size());
            int maxRow = -1;
            int maxCol = -1;
            for (Cell c : expected.values()) {
                assertThat(sheet.cell(c.row(), c.col())).isEqualTo(c);
                maxRow = Math.max(maxRow, c.row());
                maxCol = Math.max(maxCol, c.col());
            }
            assertThat(sheet.rowCount()).isEqualTo(maxRow + 1);
            assertThat(sheet.columnCount()).isEqualTo(maxCol + 1);
            for (int k = 0; k < 2000; k++) {
                int row = random.nextInt(maxRow + 2);
                int col = random.nextInt(maxCol + 2);
                assertThat(sheet.cell(row, col)).isEqualTo(expected.get((long) row << 14 | col));
            }
            assertThat(sheet.cell(-1, 0)).isNull();
            int someRow = expected.values().iterator().next().row();
            assertThat(sheet.rowCells(someRow)).isSortedAccordingTo((x, y) -> Integer.compare(x.col(), y.col()))
                    .allMatch(c -> c.equals(expected.get((long) c.row() << 14 | c.col())));
        }
    }

    @Test
    void emptySheet() {
        CompactSheet sheet = new SheetBuilder("空", new String[0], new Budget(ReadLimits.defaults())).build();
        assertThat(sheet.rowCount()).isZero();
        assertThat(sheet.columnCount()).isZero();
        assertThat(sheet.cell(0, 0)).isNull();
        assertThat(sheet.rowCells(0)).isEmpty();
        assertThat(sheet.mergedRegions()).isEmpty();
        assertThat(sheet.mergedRegionAt(0, 0)).isNull();
    }

    @Test
    void mergedIndexMatchesBruteForce() {
        Random random = new Random(2);
        for (int round = 0; round < 30; round++) {
            List<MergedRegion> input = new ArrayList<>();
            int n = random.nextInt(3000);
            for (int i = 0; i < n; i++) {
                int r = random.nextInt(2000);
                int c = random.nextInt(60);
                int h = random.nextInt(round % 3 == 0 ? 400 : 8);
                int w = random.nextInt(4);
                input.add(new MergedRegion(r, r + h, c, c + w));
            }
            MergedIndex index = MergedIndex.of(input);
            List<MergedRegion> kept = index.regions();
            // kept regions are pairwise disjoint, in file order, and every dropped one overlaps a kept one
            for (int i = 0; i < kept.size(); i++) {
                for (int j = i + 1; j < kept.size(); j++) {
                    assertThat(overlap(kept.get(i), kept.get(j))).isFalse();
                }
            }
            assertThat(input).containsSubsequence(kept);
            for (MergedRegion m : input) {
                assertThat(kept.stream().anyMatch(k -> overlap(k, m))).isTrue();
            }
            for (int k = 0; k < 3000; k++) {
                int row = random.nextInt(2500);
                int col = random.nextInt(70);
                MergedRegion expected = kept.stream().filter(m -> m.contains(row, col)).findFirst().orElse(null);
                assertThat(index.at(row, col)).as("(%d,%d)", row, col).isEqualTo(expected);
            }
        }
    }

    private static boolean overlap(MergedRegion a, MergedRegion b) {
        return a.firstRow() <= b.lastRow() && b.firstRow() <= a.lastRow()
                && a.firstCol() <= b.lastCol() && b.firstCol() <= a.lastCol();
    }

    @Test
    void plainDecimals() {
        assertThat(CompactSheet.plainDecimal(45930)).isEqualTo("45930");
        assertThat(CompactSheet.plainDecimal(-0.0)).isEqualTo("0");
        assertThat(CompactSheet.plainDecimal(0.1)).isEqualTo("0.1");
        assertThat(CompactSheet.plainDecimal(1e-7)).isEqualTo("0.0000001");
        assertThat(CompactSheet.plainDecimal(2.5e20)).isEqualTo("250000000000000000000");
        assertThat(CompactSheet.plainDecimal(-12.75)).isEqualTo("-12.75");
    }
}
