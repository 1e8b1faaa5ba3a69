package io.goalsheet.check;

import io.goalsheet.check.CellPlaces.Place;
import io.goalsheet.check.RecordTable.Piece;
import io.goalsheet.model.Severity;
import io.goalsheet.read.Cell;
import io.goalsheet.read.MergedRegion;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.schema.Group;
import io.goalsheet.schema.Outline;
import io.goalsheet.schema.OutlineColumn;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.DateParse;
import io.goalsheet.text.Figures;
import io.goalsheet.text.JapaneseDates;
import io.goalsheet.text.JapaneseText;
import io.goalsheet.text.Ordinals;
import io.goalsheet.text.OutlineLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One goal of a published-layout sheet turned into records. The lines of the structure column
 * (具体的な重点取組項目) make the units: each initiative ①, or each of its items (1). Every other column's
 * lines are given to a unit by their own markers, as the seed aligns them (target ① (1) belongs to
 * initiative ① item (1)); in a goal of several rows, a cell that starts without a marker belongs to the
 * unit the structure column is at in that row. A unit whose target and progress hold the same number
 * of entries of two or more (rows, or bullets that state figures) gives one record per entry (LINE and
 * YouTube under one item); otherwise it gives one record. Lines that cannot be aligned are outline-mismatch findings.
 */
final class OutlineGoal {

    /** 「1 次期総合計画…」「1．…」「重点目標1 …」: the goal's number in front of its title. */
    private static final Pattern NUMBERED = Pattern.compile("^([0-9０-９]{1,3})(?:[\\s\u3000.．、:：)）]+|$)(.*)$", Pattern.DOTALL);

    /**
     * A line of a cell and where it is; {@code parsed} is its marker and the text after it (null for
     * a line already taken apart).
     */
    private static final class Line {
        private final String typed;
        private final OutlineLine parsed;
        private final int row;
        private final int col;
        private final int line;
        /** The figures of an arrow line, asked for by the pairing of entries and by the record: found once. */
        private Figures.Arrow arrow;
        private boolean arrowRead;

        Line(String typed, OutlineLine parsed, int row, int col, int line) {
            this.typed = typed;
            this.parsed = parsed;
            this.row = row;
            this.col = col;
            this.line = line;
        }

        String typed() {
            return typed;
        }

        OutlineLine parsed() {
            return parsed;
        }

        int row() {
            return row;
        }

        int col() {
            return col;
        }

        int line() {
            return line;
        }

        Place place() {
            return new Place(row, col, line);
        }

        Figures.Arrow arrow() {
            if (!arrowRead) {
                arrow = Figures.arrow(parsed.text());
                arrowRead = true;
            }
            return arrow;
        }

        /**
         * The line as a record holds it: a number's line without its number, a bullet without its mark
         * when {@code bullet} says so, anything else as typed (trimmed); a line already taken apart
         * (no {@code parsed}) as it is.
         */
        String shown(boolean bullet) {
            if (parsed == null) {
                return typed;
            }
            boolean strip = parsed.kind() == OutlineLine.Kind.INITIATIVE || parsed.kind() == OutlineLine.Kind.ITEM
                    || (bullet && parsed.kind() == OutlineLine.Kind.BULLET);
            return strip ? parsed.text() : JapaneseText.trim(typed);
        }
    }

    /** Initiative n, item k (k null for an initiative without numbered items). */
    private record UnitKey(int initiative, Integer item) {
        // written out: a record's generated equals and hashCode were a tenth of a sheet's time
        @Override
        public boolean equals(Object o) {
            return o instanceof UnitKey k && k.initiative == initiative && Objects.equals(k.item, item);
        }

        @Override
        public int hashCode() {
            return initiative * 31 + (item == null ? 0 : item);
        }

        /** 「②(1)」; 「(1)」 for an item met before any initiative (initiative 0). */
        String label() {
            return (initiative > 0 ? Ordinals.circled(initiative) : "") + (item == null ? "" : Ordinals.parenthesized(item));
        }
    }

    /** One unit of the structure: its key, the lines of its titles, and the row its marker is in. */
    private static final class Unit {
        final UnitKey key;
        final int row;
        final List<Line> initiative;
        final List<Line> item;

        Unit(UnitKey key, int row, List<Line> initiative, List<Line> item) {
            this.key = key;
            this.row = row;
            this.initiative = initiative;
            this.item = item;
        }
    }

    /** What one aligned column gave a unit: its lines, and whether its marker was seen. */
    private static final class Slice {
        final List<Line> lines = new ArrayList<>();
        boolean marked;
    }

    /**
     * One aligned column of the goal: each unit's slice; whether a unit's missing marker was warned
     * about (its empty cell is then not reported again as required); whether the column is empty for
     * the whole goal (reported once, on the goal's first record).
     */
    private record Aligned(Map<UnitKey, Slice> slices, boolean missingWarned, boolean empty) {
        /** Whether the record's empty cell in this column is already told by another finding. */
        boolean explains(UnitKey unit, boolean firstRecord) {
            Slice s = slices.get(unit);
            return (missingWarned && s.lines.isEmpty() && !s.marked) || (empty && !firstRecord);
        }
    }

    private final OutlineSheet sheet;
    private final SheetGrid grid;
    private final Schema schema;
    private final OutlineSheet.Columns cols;
    private final OutlineSheet.Block block;
    private final FindingCollector out;
    private final String sheetName;
    private final Fields f;

    /**
     * Where each field a record is filled in sits among the schema's fields: looked up once per schema,
     * not for every sheet or record. -1 for a field the schema lacks.
     *
     * @param aligned   per outline column, its text field; {@code from}, {@code unit}, {@code to}: the
     *                  fields its arrow figures go to
     * @param baseline  the progress rule's fields (基準値, 目標値, 実績値, 進捗度): what the labelled figures
     *                  of the Excel report's notation 「基準値 … → 目標値 … ／ 実績値 …」「進捗度 …%」 stand for
     */
    record Fields(int goalNo, int goal, int evaluation, int initiativeNo, int structure, int itemNo, int itemTitle,
                  int[] aligned, int[] from, int[] unit, int[] to, int[] date,
                  int baseline, int target, int actual, int rate) {

        static Fields of(Schema schema) {
            Outline o = schema.outline();
            List<OutlineColumn> cols = o.columns();
            Group items = schema.groups().size() > 2 ? schema.groups().get(2) : null;
            io.goalsheet.schema.Derived rule = schema.derived().stream().filter(d -> d.rule().equals("progress"))
                    .findFirst().orElse(null);
            return new Fields(index(schema, schema.groups().get(0).key()), index(schema, o.goal()),
                    index(schema, o.evaluation()), index(schema, schema.groups().get(1).key()), index(schema, o.structure()),
                    items == null ? -1 : index(schema, items.key()),
                    items == null || items.fields().isEmpty() ? -1 : index(schema, items.fields().get(0)),
                    cols.stream().mapToInt(c -> index(schema, c.field())).toArray(),
                    cols.stream().mapToInt(c -> index(schema, c.from())).toArray(),
                    cols.stream().mapToInt(c -> index(schema, c.unit())).toArray(),
                    cols.stream().mapToInt(c -> index(schema, c.to())).toArray(),
                    cols.stream().mapToInt(c -> index(schema, c.date())).toArray(),
                    rule == null ? -1 : index(schema, rule.baseline()), rule == null ? -1 : index(schema, rule.target()),
                    rule == null ? -1 : index(schema, rule.actual()), rule == null ? -1 : index(schema, rule.name()));
        }

        private static int index(Schema schema, String field) {
            return field == null ? -1 : schema.fieldIndex(field);
        }

        boolean hasProgressRule() {
            return rate >= 0;
        }
    }

    OutlineGoal(OutlineSheet sheet, Schema schema, Fields fields, OutlineSheet.Block block, FindingCollector out) {
        this.sheet = sheet;
        this.grid = sheet.grid();
        this.schema = schema;
        this.cols = sheet.columns();
        this.block = block;
        this.out = out;
        this.sheetName = grid.name();
        this.f = fields;
    }

    /**
     * Adds the goal's records to {@code table}; returns the goal's number ({@code previous} + 1 when the
     * sheet gives none).
     */
    int addTo(RecordTable table, int previous) {
        // the goal cell: number, title and mark
        Cell goalCell = cols.goal() < 0 ? null : grid.cell(block.firstRow(), cols.goal());
        Integer number = null;
        List<Line> title = new ArrayList<>();
        Line mark = null;
        if (goalCell != null && goalCell.isNumber() && goalCell.number() == Math.rint(goalCell.number())) {
            number = (int) goalCell.number();
        } else if (goalCell != null && goalCell.text() != null) {
            for (Line l : lines(goalCell)) {
                String t = withoutLabel(JapaneseText.trim(l.typed()), sheet.goalLabel());
                if (t.isEmpty()) {
                    continue;
                }
                Line m = markLine(l, t);
                if (m != null) {
                    mark = m;
                    continue;
                }
                if (number == null && title.isEmpty()) {
                    Matcher nm = NUMBERED.matcher(t);
                    OutlineLine circled = OutlineLine.parse(t); // ① 次期総合計画…
                    if (nm.matches()) {
                        number = Integer.parseInt(JapaneseText.nfkc(nm.group(1)));
                        t = JapaneseText.trim(nm.group(2));
                    } else if (circled.kind() == OutlineLine.Kind.INITIATIVE) {
                        number = circled.number();
                        t = circled.text();
                    }
                }
                if (!t.isEmpty()) {
                    title.add(new Line(t, null, l.row(), l.col(), l.line()));
                }
            }
        }
        // the 「重点目標 | title | 各部署の自己評価 | ○」 row above
        if (block.titleRow() >= 0) {
            List<Cell> cells = grid.rowCells(block.titleRow());
            Cell label = OutlineSheet.firstFilled(cells);
            Integer banded = sheet.bandNumber(label.text()); // 「重点目標 1」
            if (number == null && banded != null && banded > 0) {
                number = banded;
            }
            boolean afterMarkLabel = false;
            for (Cell c : cells) {
                if (c.col() <= label.col() || OutlineSheet.blank(c)) {
                    continue;
                }
                if (sheet.isEvaluationLabel(c.text())) {
                    afterMarkLabel = true;
                } else if (afterMarkLabel) {
                    if (mark == null) {
                        mark = new Line(cellText(c), null, c.row(), c.col(), 1);
                    }
                    afterMarkLabel = false;
                } else if (title.isEmpty()) {
                    for (Line l : lines(c)) {
                        Line m = markLine(l, JapaneseText.trim(l.typed()));
                        if (m != null) {
                            mark = mark == null ? m : mark;
                        } else if (!JapaneseText.isBlank(l.typed())) {
                            title.add(l);
                        }
                    }
                }
            }
        }
        // the mark column
        if (cols.evaluation() >= 0) {
            for (int r = block.firstRow(); r <= block.lastRow(); r++) {
                Cell c = grid.cell(r, cols.evaluation());
                if (!OutlineSheet.blank(c) && !block.isRepeated(r)) {
                    mark = new Line(cellText(c), null, r, c.col(), 1);
                    break;
                }
            }
        }

        // the structure column
        List<Line> structure = columnLines(cols.structure());
        int i = 0;
        // leading 「重点目標 …」 lines are the title, not initiatives
        while (i < structure.size() && structure.get(i).parsed().kind() == OutlineLine.Kind.TEXT) {
            Line l = structure.get(i);
            String t = JapaneseText.trim(l.typed());
            String rest = withoutLabel(t, sheet.goalLabel());
            Line m = markLine(l, rest);
            if (m == null && rest.equals(t) && !(title.isEmpty() && i == 0 && hasMarkers(structure))) {
                break;
            }
            if (m != null) {
                mark = mark == null ? m : mark;
            } else if (!rest.isEmpty() && title.isEmpty()) {
                title.add(new Line(rest, null, l.row(), l.col(), l.line()));
            } else if (!rest.isEmpty()) {
                break;
            }
            i++;
        }
        List<Unit> units = units(structure.subList(i, structure.size()));

        int goalNo = number != null ? number : previous + 1;
        Place goalPlace = goalCell != null ? new Place(goalCell.row(), goalCell.col(), null)
                : new Place(block.firstRow(), cols.structure(), null);

        // the aligned columns
        List<Aligned> aligned = new ArrayList<>();
        for (int c = 0; c < f.aligned().length; c++) {
            aligned.add(align(c, units));
        }

        // records
        boolean first = true;
        UnitKey lastInitiative = null;
        UnitKey lastItem = null;
        for (Unit u : units) {
            List<List<Line>> entries = new ArrayList<>();
            for (int c = 0; c < f.aligned().length; c++) {
                entries.add(aligned.get(c).slices().get(u.key).lines);
            }
            List<List<List<Line>>> split = new ArrayList<>();
            int n = -1;
            for (List<Line> e : entries) {
                List<List<Line>> s = entries(e);
                split.add(s);
                n = n == -1 ? s.size() : n == s.size() ? n : 0;
            }
            int records = n >= 2 ? n : 1;
            for (int k = 0; k < records; k++) {
                int row = table.addRecord(emptyPlaces(u, goalPlace));
                boolean opening = first;
                if (first) {
                    table.number(row, f.goalNo(), goalNo, goalPlace);
                    table.text(row, f.goal(), pieces(title, false));
                    if (mark != null && f.evaluation() >= 0) {
                        table.text(row, f.evaluation(), List.of(new Piece(mark.typed(), mark.place())));
                    }
                    first = false;
                }
                UnitKey iniKey = new UnitKey(u.key.initiative(), null);
                if (!iniKey.equals(lastInitiative)) {
                    Line marker = u.initiative.stream().filter(l -> l.parsed().kind() == OutlineLine.Kind.INITIATIVE)
                            .findFirst().orElse(u.initiative.isEmpty() ? null : u.initiative.get(0));
                    table.number(row, f.initiativeNo(), u.key.initiative(), marker != null ? marker.place() : goalPlace);
                    table.text(row, f.structure(), pieces(u.initiative, false));
                    lastInitiative = iniKey;
                    lastItem = null;
                }
                if (f.itemNo() >= 0 && !u.key.equals(lastItem)) {
                    if (u.key.item() != null) {
                        table.number(row, f.itemNo(), u.key.item(), u.item.get(0).place());
                    }
                    if (f.itemTitle() >= 0) {
                        table.text(row, f.itemTitle(), pieces(u.item, u.key.item() == null));
                    }
                    lastItem = u.key;
                }
                for (int c = 0; c < f.aligned().length; c++) {
                    List<Line> lines = records == 1 ? entries.get(c) : split.get(c).get(k);
                    fill(table, row, c, lines, records > 1);
                    if (aligned.get(c).explains(u.key, opening)) {
                        table.explain(row, f.aligned()[c]);
                    }
                }
            }
        }
        return goalNo;
    }

    /** Where a record's empty cells would be: the goal's first row, in each field's column. */
    private Place[] emptyPlaces(Unit u, Place goalPlace) {
        Place[] p = new Place[schema.fields().size()];
        java.util.Arrays.fill(p, goalPlace);
        p[f.structure()] = new Place(u.row, cols.structure(), null);
        if (f.itemTitle() >= 0) {
            p[f.itemTitle()] = new Place(u.row, cols.structure(), null);
        }
        for (int c = 0; c < f.aligned().length; c++) {
            p[f.aligned()[c]] = new Place(rowAlignedRow(u), cols.aligned()[c], null);
        }
        if (f.evaluation() >= 0 && cols.evaluation() >= 0) {
            p[f.evaluation()] = new Place(block.firstRow(), cols.evaluation(), null);
        }
        return p;
    }

    private int rowAlignedRow(Unit u) {
        return block.lastRow() > block.firstRow() ? u.row : block.firstRow();
    }

    /** The initiatives and items of the structure column. */
    private List<Unit> units(List<Line> lines) {
        List<Unit> units = new ArrayList<>();
        Integer initiative = null;
        int initiativeRow = block.firstRow();
        List<Line> initiativeLines = null;
        List<Line> loose = new ArrayList<>(); // lines under an initiative before any (1)
        List<Unit> items = new ArrayList<>();
        List<Line> beforeFirst = new ArrayList<>(); // text above the first ①: kept with the first initiative
        boolean anyMarker = hasMarkers(lines);
        for (Line l : lines) {
            OutlineLine p = l.parsed();
            switch (p.kind()) {
                case INITIATIVE -> {
                    if (initiative != null) {
                        closeInitiative(units, initiative, initiativeRow, initiativeLines, loose, items);
                    }
                    initiative = p.number();
                    initiativeRow = l.row();
                    initiativeLines = new ArrayList<>();
                    initiativeLines.add(l);
                    loose = new ArrayList<>();
                    items = new ArrayList<>();
                }
                case ITEM -> {
                    if (initiative == null) {
                        initiative = 1;
                        initiativeRow = l.row();
                        initiativeLines = new ArrayList<>();
                    }
                    List<Line> itemLines = new ArrayList<>();
                    itemLines.add(l);
                    items.add(new Unit(new UnitKey(initiative, p.number()), l.row(), initiativeLines, itemLines));
                }
                default -> {
                    if (!items.isEmpty()) {
                        items.get(items.size() - 1).item.add(l);
                    } else if (initiative != null) {
                        if (initiativeLines.size() == 1 && initiativeLines.get(0).parsed().text().isEmpty()) {
                            initiativeLines.add(l);
                        } else {
                            loose.add(l);
                        }
                    } else if (!anyMarker) {
                        // no numbering at all: the whole cell is the goal's one initiative
                        initiative = 1;
                        initiativeRow = l.row();
                        initiativeLines = new ArrayList<>();
                        initiativeLines.add(l);
                    } else {
                        mismatch(Severity.WARNING, l, "outline-mismatch.before-first", sheetTitle(cols.structure()));
                        beforeFirst.add(l);
                    }
                }
            }
        }
        if (initiative != null) {
            closeInitiative(units, initiative, initiativeRow, initiativeLines, loose, items);
        }
        if (!units.isEmpty()) {
            units.get(0).initiative.addAll(0, beforeFirst);
        }
        return units;
    }

    /**
     * An initiative with numbered items gives one unit per item, and lines before its first item add to
     * its title; without numbered items, those lines are its one unnumbered item.
     */
    private static void closeInitiative(List<Unit> units, int initiative, int row, List<Line> initiativeLines,
                                        List<Line> loose, List<Unit> items) {
        if (items.isEmpty()) {
            units.add(new Unit(new UnitKey(initiative, null), row, initiativeLines, loose));
        } else {
            initiativeLines.addAll(loose);
            units.addAll(items);
        }
    }

    /** Gives each line of aligned column {@code c} to a unit, by its markers (or, in a goal of several rows, by its row). */
    private Aligned align(int c, List<Unit> units) {
        Map<UnitKey, Slice> slices = new LinkedHashMap<>();
        for (Unit u : units) {
            slices.put(u.key, new Slice());
        }
        List<Line> lines = columnLines(cols.aligned()[c]);
        if (units.isEmpty()) {
            return new Aligned(slices, false, lines.isEmpty());
        }
        boolean rows = block.lastRow() > block.firstRow() && units.stream().map(u -> u.row).distinct().count() > 1;
        boolean markers = hasMarkers(lines);
        String title = sheetTitle(cols.aligned()[c]);
        Integer initiative = null;
        UnitKey current = null;
        int lastRow = -1;
        boolean wrongMarker = false;
        for (Line l : lines) {
            OutlineLine p = l.parsed();
            if (l.row() != lastRow && rows && p.kind() != OutlineLine.Kind.INITIATIVE && p.kind() != OutlineLine.Kind.ITEM) {
                Unit at = unitAtRow(units, l.row());
                if (at != null) {
                    current = at.key;
                    initiative = at.key.initiative();
                }
            }
            lastRow = l.row();
            switch (p.kind()) {
                case INITIATIVE -> {
                    initiative = p.number();
                    UnitKey k = new UnitKey(initiative, null);
                    Unit first = firstOf(units, initiative);
                    if (first == null) {
                        current = unknown(l, k, title, current, units);
                        wrongMarker = true;
                    } else {
                        current = slices.containsKey(k) ? k : first.key;
                        slices.get(current).marked = slices.containsKey(k);
                    }
                    if (!p.text().isEmpty()) {
                        if (!slices.containsKey(k) && first != null) {
                            mismatch(Severity.WARNING, l, "outline-mismatch.initiative-text", title, k.label());
                        }
                        slices.get(current).lines.add(l);
                    }
                }
                case ITEM -> {
                    if (initiative == null && units.stream().map(u -> u.key.initiative()).distinct().count() == 1) {
                        initiative = units.get(0).key.initiative();
                    }
                    UnitKey k = new UnitKey(initiative == null ? 0 : initiative, p.number());
                    if (slices.containsKey(k)) {
                        current = k;
                        slices.get(k).marked = true;
                    } else {
                        current = unknown(l, k, title, current, units);
                        wrongMarker = true;
                    }
                    if (!p.text().isEmpty()) {
                        slices.get(current).lines.add(l);
                    }
                }
                default -> {
                    if (current == null) {
                        current = units.get(0).key;
                        if (markers && units.size() > 1) {
                            mismatch(Severity.WARNING, l, "outline-mismatch.before-first", title);
                        }
                    }
                    slices.get(current).lines.add(l);
                }
            }
        }
        if (lines.isEmpty()) {
            return new Aligned(slices, false, true);
        }
        if (!markers && units.size() > 1 && !rows) {
            mismatch(Severity.WARNING, lines.get(0), "outline-mismatch.no-markers", title, sheetTitle(cols.structure()));
            return new Aligned(slices, true, false);
        }
        boolean warned = false;
        if (!rows && !wrongMarker) {
            for (Unit u : units) {
                Slice s = slices.get(u.key);
                if (!s.marked && s.lines.isEmpty()) {
                    Line after = lastLineBefore(lines, u, units, slices);
                    out.line(Severity.WARNING, "outline-mismatch", sheetName, after.row(), after.col(), after.line(),
                            schema.fields().get(f.aligned()[c]).name(), null, "outline-mismatch.missing", title,
                            u.key.label(), sheetTitle(cols.structure()));
                    warned = true;
                }
            }
        }
        return new Aligned(slices, warned, false);
    }

    /**
     * A number the initiatives do not have: an error, and its text stays with the unit before it (or
     * the first), so nothing is lost from what validate shows.
     */
    private UnitKey unknown(Line l, UnitKey k, String title, UnitKey current, List<Unit> units) {
        mismatch(Severity.ERROR, l, "outline-mismatch.unknown", title, k.label(), sheetTitle(cols.structure()));
        return current == null ? units.get(0).key : current;
    }

    /** The cell where a missing unit's lines would have been: the cell of the last line given to an earlier unit. */
    private static Line lastLineBefore(List<Line> lines, Unit missing, List<Unit> units, Map<UnitKey, Slice> slices) {
        Line found = lines.get(0);
        for (Unit u : units) {
            if (u == missing) {
                break;
            }
            List<Line> l = slices.get(u.key).lines;
            if (!l.isEmpty()) {
                found = l.get(l.size() - 1);
            }
        }
        return found;
    }

    private static Unit unitAtRow(List<Unit> units, int row) {
        Unit at = null;
        for (Unit u : units) {
            if (u.row <= row) {
                at = u;
            }
        }
        return at;
    }

    private static Unit firstOf(List<Unit> units, int initiative) {
        for (Unit u : units) {
            if (u.key.initiative() == initiative) {
                return u;
            }
        }
        return null;
    }

    private static boolean hasMarkers(List<Line> lines) {
        for (Line l : lines) {
            if (l.parsed().kind() == OutlineLine.Kind.INITIATIVE || l.parsed().kind() == OutlineLine.Kind.ITEM) {
                return true;
            }
        }
        return false;
    }

    /**
     * A unit's lines in one column as entries, one per record when the columns pair up: the cells of
     * different rows, or else bullets when every line is one and they state figures (LINE 17,913人→20,000人,
     * YouTube 6,861人→7,400人: each its own indicator with its numbers; bullets of plain text are one
     * indicator's text).
     */
    private static List<List<Line>> entries(List<Line> lines) {
        List<List<Line>> out = new ArrayList<>();
        if (!lines.isEmpty() && lines.get(lines.size() - 1).row() != lines.get(0).row()) { // lines are in row order
            int row = -1;
            for (Line l : lines) {
                if (l.row() != row) {
                    out.add(new ArrayList<>());
                    row = l.row();
                }
                out.get(out.size() - 1).add(l);
            }
            return out;
        }
        if (lines.size() >= 2 && lines.stream().allMatch(l -> l.parsed().kind() == OutlineLine.Kind.BULLET)
                && lines.stream().anyMatch(l -> l.arrow() != null)) {
            for (Line l : lines) {
                out.add(List.of(l));
            }
            return out;
        }
        out.add(lines);
        return out;
    }

    /**
     * Writes one aligned column's lines into a record, taking the figures its schema entry names:
     * one 「17,913人→20,000人」 line gives from, to and unit; 「基準値 …」「進捗度 …%」 lines (the notation of
     * the Excel report) give those fields and are not part of the text.
     */
    private void fill(RecordTable table, int row, int c, List<Line> lines, boolean paired) {
        List<Piece> text = new ArrayList<>();
        Figures.Arrow arrow = null;
        Line arrowLine = null;
        int arrows = 0;
        int dateField = f.date()[c];
        for (Line l : lines) {
            String typed = l.shown(paired);
            String date = dateField < 0 || table.cell(row, dateField) != null ? null : dateAfterTitle(dateField, typed);
            if (date != null) {
                table.text(row, dateField, List.of(new Piece(date, l.place())));
                continue;
            }
            Figures.Labelled lab = f.hasProgressRule() ? Figures.labelled(typed) : null;
            if (lab != null) {
                labelled(table, row, lab.baseline(), f.baseline(), l);
                labelled(table, row, lab.target(), f.target(), l);
                labelled(table, row, lab.actual(), f.actual(), l);
                if (!lab.rateComputed()) {
                    labelled(table, row, lab.rate(), f.rate(), l);
                }
                if (lab.unit() != null && f.unit()[c] >= 0) {
                    table.text(row, f.unit()[c], List.of(new Piece(lab.unit(), l.place())));
                }
                continue;
            }
            Figures.Arrow a = l.arrow();
            if (a != null) {
                arrows++;
                arrow = a;
                arrowLine = l;
            }
            text.add(new Piece(typed, l.place()));
        }
        table.text(row, f.aligned()[c], text);
        if (arrows == 1 && f.to()[c] >= 0) {
            arrow(table, row, c, arrow, arrowLine.place());
        }
    }

    /**
     * The date of a line that is the date field's title (or an alias) and a date with its year
     * (「期限 令和8年3月31日」, 「期限：2026/3/31」), or null: the report writes an indicator's deadline so.
     * A date naming no real day is taken too, so that it is checked as the field's date.
     */
    private String dateAfterTitle(int field, String typed) {
        String line = JapaneseText.trim(typed);
        for (String title : schema.fields().get(field).titles()) {
            if (!line.startsWith(title)) {
                continue;
            }
            int i = title.length();
            while (i < line.length() && " \t:：\u3000".indexOf(line.charAt(i)) >= 0) {
                i++;
            }
            String rest = line.substring(i);
            if (!(JapaneseDates.parse(rest) instanceof DateParse.NotADate)) {
                return rest;
            }
        }
        return null;
    }

    private void labelled(RecordTable table, int row, Double value, int field, Line at) {
        if (value != null && field >= 0) {
            table.number(row, field, value, at.place());
        }
    }

    /** The figures of one arrow line, unless they disagree with what the record already holds. */
    private void arrow(RecordTable table, int row, int c, Figures.Arrow a, Place at) {
        int from = f.from()[c];
        int unit = f.unit()[c];
        Cell knownFrom = from < 0 ? null : table.cell(row, from);
        Cell knownUnit = unit < 0 ? null : table.cell(row, unit);
        if (knownFrom != null && knownFrom.number() != a.from()) {
            return; // another starting figure than the target's: not this indicator's numbers
        }
        if (knownUnit != null && a.unit() != null && !Objects.equals(knownUnit.text(), a.unit())) {
            return;
        }
        if (from >= 0 && knownFrom == null) {
            table.number(row, from, a.from(), at);
        }
        table.number(row, f.to()[c], a.to(), at);
        if (unit >= 0 && knownUnit == null && a.unit() != null) {
            table.text(row, unit, List.of(new Piece(a.unit(), at)));
        }
    }

    /** Titles as typed; an unnumbered item written as one bullet loses its bullet (「・職員研修の実施」). */
    private static List<Piece> pieces(List<Line> lines, boolean unnumberedItem) {
        List<Piece> out = new ArrayList<>();
        for (Line l : lines) {
            String t = l.shown(unnumberedItem && lines.size() == 1);
            if (!t.isEmpty()) {
                out.add(new Piece(t, l.place()));
            }
        }
        return out;
    }

    /**
     * Every line of one column over the goal's rows, top to bottom, but for the band and header
     * repeated where it goes on over a page; a merged cell counts once.
     */
    private List<Line> columnLines(int col) {
        List<Line> lines = new ArrayList<>();
        if (col < 0) {
            return lines;
        }
        for (int r = block.firstRow(); r <= block.lastRow(); r++) {
            Cell c = grid.cell(r, col);
            if (c == null || OutlineSheet.blank(c) || block.isRepeated(r)) { // a band and header repeated on a page
                continue;
            }
            MergedRegion m = grid.mergedRegionAt(r, col);
            if (m != null && m.firstRow() != r) {
                continue;
            }
            for (Line l : lines(c)) {
                if (!JapaneseText.isBlank(l.typed())) {
                    lines.add(l);
                }
            }
        }
        return lines;
    }

    /** A cell's lines, split at CR LF, CR or LF (a regular expression here cost more than the rest of the sheet). */
    private static List<Line> lines(Cell c) {
        List<Line> out = new ArrayList<>();
        String text = cellText(c);
        int start = 0;
        int cr = text.indexOf('\r'); // most cells have none: looked for again only after one
        while (true) {
            int lf = text.indexOf('\n', start);
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
            int end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
            String part = end < 0 ? text.substring(start) : text.substring(start, end);
            out.add(new Line(part, OutlineLine.parse(part), c.row(), c.col(), out.size() + 1));
            if (end < 0) {
                return out;
            }
            start = end + (end == cr && cr + 1 == lf ? 2 : 1);
        }
    }

    private static String cellText(Cell c) {
        return c.text() == null ? "" : c.text();
    }

    /** The mark {@code text} (a line of {@code l}) gives after its label, at that line; or null. */
    private Line markLine(Line l, String text) {
        String m = markAfterLabel(text);
        return m == null ? null : new Line(m, null, l.row(), l.col(), l.line());
    }

    /** 「各部署の自己評価 ○」「自己評価：○」 → 「○」; null when the text is not a mark after its label. */
    private String markAfterLabel(String t) {
        if (t.length() > HeaderRow.MAX_TITLE) {
            return null;
        }
        String key = null;
        for (String label : sheet.evaluationLabels()) {
            if (key == null) {
                key = HeaderRow.key(t);
            }
            if (key.startsWith(label) && key.length() > label.length()) {
                String rest = key.substring(label.length());
                if (rest.codePointCount(0, rest.length()) == 1) {
                    return JapaneseText.trim(t.substring(t.length() - rest.length()));
                }
            }
        }
        return null;
    }

    /** 「重点目標 スマートシティ…」 → 「スマートシティ…」; the text itself when it does not start with the label. */
    private static String withoutLabel(String t, String labelKey) {
        String n = JapaneseText.nfkc(t);
        if (!labelKey.isEmpty() && n.startsWith(labelKey)) {
            String rest = t.substring(Math.min(t.length(), labelKey.length()));
            boolean colon = !rest.isEmpty() && (rest.charAt(0) == ':' || rest.charAt(0) == '：');
            return JapaneseText.trim(colon ? rest.substring(1) : rest);
        }
        return t;
    }

    private String sheetTitle(int col) {
        Cell c = grid.cell(cols.header(), col);
        return c == null || c.text() == null ? "" : JapaneseText.trim(c.text()).replace('\n', ' ');
    }

    private void mismatch(Severity severity, Line l, String key, Object... args) {
        out.line(severity, "outline-mismatch", sheetName, l.row(), l.col(), l.line(), null, JapaneseText.trim(l.typed()),
                key, args);
    }
}
