package io.goalsheet.check;

import io.goalsheet.read.Cell;
import io.goalsheet.read.CellType;
import io.goalsheet.read.MergedRegion;
import io.goalsheet.read.NumberStyle;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.schema.Field;
import io.goalsheet.schema.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records read from a published-layout sheet, laid out as an entry table: a header row with every
 * field's title, then one row per record, a column per field. The table is checked like any entry
 * sheet; {@link CellPlaces} leads each of its cells back to the sheet cell and the line that held
 * the value. Group values (a goal's title, an initiative's) are written on the first record of their
 * group only, as merged cells would be, so a mistake in one is reported once.
 */
final class RecordTable implements SheetGrid, CellPlaces {

    /** Where a run of a cell's value came from: from {@code offset} on, the sheet cell and line. */
    private record Segment(int offset, Place place) {}

    private final String name;
    private final int fields;
    private final List<Cell[]> rows = new ArrayList<>();
    private final Map<Long, List<Segment>> segments = new HashMap<>();
    /** Per record row, the place that stands for a cell left empty (the goal's row in that column). */
    private final List<Place[]> empty = new ArrayList<>();
    private final Set<Long> explained = new HashSet<>();

    RecordTable(String sheetName, Schema schema) {
        this.name = sheetName;
        this.fields = schema.fields().size();
        Cell[] header = new Cell[fields];
        for (int f = 0; f < fields; f++) {
            Field field = schema.fields().get(f);
            header[f] = new Cell(0, f, CellType.STRING, field.title(), Double.NaN, NumberStyle.PLAIN, false);
        }
        rows.add(header);
        empty.add(new Place[fields]);
    }

    /** Starts the next record; {@code emptyPlaces} says where each field's cell would be in the sheet. */
    int addRecord(Place[] emptyPlaces) {
        rows.add(new Cell[fields]);
        empty.add(emptyPlaces.clone());
        return rows.size() - 1;
    }

    /** A text value gathered from one or more lines: {@code parts} in order, joined by line breaks. */
    void text(int row, int field, List<Piece> parts) {
        if (parts.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        List<Segment> segs = new ArrayList<>();
        for (Piece p : parts) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            segs.add(new Segment(sb.length(), p.place()));
            sb.append(p.text());
        }
        rows.get(row)[field] = new Cell(row, field, CellType.STRING, sb.toString(), Double.NaN, NumberStyle.PLAIN, false);
        segments.put(key(row, field), segs);
    }

    /** A number read from a line (or a goal's number cell). */
    void number(int row, int field, double value, Place from) {
        rows.get(row)[field] = new Cell(row, field, CellType.NUMBER, ValueParser.plain(value), value,
                NumberStyle.PLAIN, false);
        segments.put(key(row, field), List.of(new Segment(0, from)));
    }

    /** An empty cell whose absence another finding already explains. */
    void explain(int row, int field) {
        explained.add(key(row, field));
    }

    int records() {
        return rows.size() - 1;
    }

    /** The sheet row (0-based) a record stands for: where its target, or else its goal, was written. */
    int sheetRow(int row, int field) {
        return at(row, field, 0).row();
    }

    @Override
    public Place at(int row, int col, int offset) {
        List<Segment> segs = segments.get(key(row, col));
        if (segs == null) {
            Place p = row < empty.size() ? empty.get(row)[col] : null;
            return p != null ? p : new Place(0, 0, null);
        }
        Segment found = segs.get(0);
        for (Segment s : segs) {
            if (s.offset() <= offset) {
                found = s;
            }
        }
        return found.place();
    }

    @Override
    public boolean explained(int row, int col) {
        return explained.contains(key(row, col));
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public int columnCount() {
        return fields;
    }

    @Override
    public Cell cell(int row, int col) {
        return row < rows.size() && col < fields ? rows.get(row)[col] : null;
    }

    @Override
    public List<MergedRegion> mergedRegions() {
        return List.of();
    }

    @Override
    public MergedRegion mergedRegionAt(int row, int col) {
        return null;
    }

    /** A line's text (marker removed where the layout says so) and where it was written. */
    record Piece(String text, Place place) {}
}
