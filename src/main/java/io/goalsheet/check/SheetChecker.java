package io.goalsheet.check;

import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Severity;
import io.goalsheet.read.Cell;
import io.goalsheet.read.CellAddress;
import io.goalsheet.read.MergedRegion;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.schema.Field;
import io.goalsheet.schema.Group;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.DateMention;
import io.goalsheet.text.DateParse;
import io.goalsheet.text.FiscalYears;
import io.goalsheet.text.FreeTextDates;
import io.goalsheet.text.JapaneseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Binds one sheet's table to the schema and checks it: cell values, carry-down of merged or
 * blank group cells, group consistency, numbering, keys, derived progress and dates in free text.
 * Every problem becomes a finding; nothing stops at the first one.
 */
final class SheetChecker {

    private static final int FOLD_CACHE = 1 << 10;
    /** Rows read before the checks across rows see them. */
    private static final int BLOCK = 2048;
    /** Rows a thread takes at a time when two read a block. */
    private static final int CHUNK = 128;
    /**
     * From this many rows on, a block is read on two threads (reading a row is most of the work and
     * looks at no other row), and the next block is read while the checks across rows see this one;
     * smaller sheets, all real ones, take one thread.
     */
    static final int PARALLEL_ROWS = 8192;

    private final Schema schema;
    private final SheetGrid grid;
    private final String sheet;
    private final FindingCollector out;
    private final ValueParser parser;
    private final int[] groupKey;
    private final int[][] groupFields;
    /** Fields whose values are compared between rows (group keys and fields, unique keys). */
    private final boolean[] compared;

    SheetChecker(Schema schema, SheetGrid grid, FindingCollector out) {
        this.schema = schema;
        this.grid = grid;
        this.sheet = grid.name();
        this.out = out;
        this.parser = new ValueParser(schema.missingValues());
        this.groupKey = new int[schema.groups().size()];
        this.groupFields = new int[schema.groups().size()][];
        for (int g = 0; g < groupKey.length; g++) {
            Group group = schema.groups().get(g);
            groupKey[g] = schema.fieldIndex(group.key());
            groupFields[g] = group.fields().stream().mapToInt(schema::fieldIndex).toArray();
        }
        this.compared = new boolean[schema.fields().size()];
        for (int g = 0; g < groupKey.length; g++) {
            compared[groupKey[g]] = true;
            for (int f : groupFields[g]) {
                compared[f] = true;
            }
        }
        for (List<String> key : keys()) {
            key.forEach(name -> compared[schema.fieldIndex(name)] = true);
        }
    }

    /** What one sheet gave: the department its metadata names, and its goal tree when one was asked for. */
    record Result(String department, DepartmentReport report) {}

    /**
     * Checks the sheet whose header is {@code header}, one row at a time: a row is read, carried
     * down from the row before and handed to each check, and only what the checks need across rows
     * (the row before, one reference per group, one entry per key) is kept, so a sheet of 100,000
     * rows needs little heap. Each check keeps its findings apart until the end, so they come out in
     * the order of checks, then of rows.
     *
     * @param assemble whether to build the goal tree (merge and report need it; validate does not)
     */
    Result check(HeaderRow header, String file, boolean assemble) {
        return check(header, file, assemble, null, null);
    }

    /**
     * Checks a table rebuilt from another layout: its metadata was read from the sheet already, and
     * {@code places} says which sheet row each of its rows stands for.
     */
    Result check(HeaderRow header, String file, boolean assemble, Metadata read, RecordTable places) {
        for (Field f : header.missingRequired(schema)) {
            out.sheet(Severity.ERROR, "column-missing", sheet, "column-missing", f.title());
        }
        for (Cell c : header.unknown()) {
            out.cell(Severity.WARNING, "unknown-column", sheet, c.row(), c.col(), null, c.text(),
                    "unknown-column", c.text());
        }
        for (Cell c : header.duplicates()) {
            out.cell(Severity.ERROR, "duplicate", sheet, c.row(), c.col(), null, c.text(),
                    "duplicate.column", c.text());
        }
        Metadata metadata = read != null ? read : Metadata.read(grid, header.row(), schema, parser, out, sheet);
        Integer declaredYear = metadata.fiscalYear(schema);
        int fiscalYear = declaredYear != null ? declaredYear
                : metadata.get("asOf") instanceof LocalDate d ? FiscalYears.of(d) : FiscalYears.of(LocalDate.now());

        Checks checks = new Checks(header);
        ReportAssembler assembler = assemble ? new ReportAssembler(schema, places) : null;
        int first = header.row() + 1;
        int end = grid.rowCount();
        RowReader reader = new RowReader(header, fiscalYear, declaredYear);
        RowReader helper = end - first >= PARALLEL_ROWS && Runtime.getRuntime().availableProcessors() > 1
                ? new RowReader(header, fiscalYear, declaredYear) : null;
        Slot[] prev = null;
        String[] prevPaths = null;
        Block block = first < end ? new Block(first, Math.min(end, first + BLOCK), helper != null) : null;
        if (block != null) {
            block.read(reader, onHelper(block, helper));
        }
        while (block != null) {
            Block next = block.to < end ? new Block(block.to, Math.min(end, block.to + BLOCK), helper != null) : null;
            // the helper starts on the next block while this thread checks this one across rows
            ForkJoinTask<?> ahead = onHelper(next, helper);
            block.handOn();
            for (int i = 0; i < block.to - block.from; i++) {
                Slot[] row = block.rows[i];
                if (row == null) {
                    continue;
                }
                if (prev != null) {
                    carryDown(prev, row);
                }
                String[] paths = paths(row, prev, prevPaths);
                checks.row(row, paths);
                if (assembler != null) {
                    assembler.add(row);
                }
                prev = row;
                prevPaths = paths;
            }
            if (next != null) {
                next.read(reader, ahead);
            }
            block = next;
        }
        checks.finish();
        String department = metadata.get("department") instanceof String s ? s : null;
        return new Result(department, assembler == null ? null : assembler.build(file, sheet, metadata));
    }

    /** {@code helper} reading {@code block} on another thread; null without a helper or a block. */
    private static ForkJoinTask<?> onHelper(Block block, RowReader helper) {
        return block != null && helper != null ? ForkJoinPool.commonPool().submit(block.reading(helper)) : null;
    }

    /**
     * Rows {@code [from, to)} read as slots. On two threads, each takes the next chunk of rows until
     * none is left, and each chunk's findings wait in a buffer of their own until {@link #handOn},
     * which gives them in row order: the same findings, in the same order, as one thread's.
     */
    private final class Block {
        final int from;
        final int to;
        final Slot[][] rows;
        /** Per chunk, its findings; null on one thread, which reports straight to {@code out}. */
        private final FindingCollector[] found;
        private final AtomicInteger nextChunk = new AtomicInteger();

        Block(int from, int to, boolean twoThreads) {
            this.from = from;
            this.to = to;
            this.rows = new Slot[to - from][];
            this.found = twoThreads ? new FindingCollector[(to - from + CHUNK - 1) / CHUNK] : null;
        }

        /** The chunks left for {@code reader}, as a task for another thread. */
        Runnable reading(RowReader reader) {
            return () -> readChunks(reader);
        }

        /** Reads the chunks left on this thread, then waits for {@code other}'s (null: none). */
        void read(RowReader reader, ForkJoinTask<?> other) {
            readChunks(reader);
            if (other != null) {
                other.join();
            }
        }

        private void readChunks(RowReader reader) {
            int chunks = (to - from + CHUNK - 1) / CHUNK;
            for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                FindingCollector into = found == null ? out : (found[c] = out.buffer());
                for (int r = from + c * CHUNK, last = Math.min(to, r + CHUNK); r < last; r++) {
                    rows[r - from] = reader.read(r, into);
                }
            }
        }

        /** Gives the findings held for two threads, in row order. */
        void handOn() {
            if (found != null) {
                for (FindingCollector f : found) {
                    out.append(f);
                }
            }
        }
    }

    /**
     * Reads one row's cells as the fields' values, reporting what cannot be read or breaks a
     * constraint. A row is read on its own; one reader serves one thread.
     */
    private final class RowReader {
        private final HeaderRow header;
        private final int fiscalYear;
        private final Integer declaredYear;
        /** The row's cells by column, filled from one look-up per row (cheaper than one per cell). */
        private final Cell[] byColumn;
        /** Recently folded texts and their folded forms, by hash (see {@link #fold}). */
        private final String[] foldedKeys = new String[FOLD_CACHE];
        private final String[] foldedValues = new String[FOLD_CACHE];

        RowReader(HeaderRow header, int fiscalYear, Integer declaredYear) {
            this.header = header;
            this.fiscalYear = fiscalYear;
            this.declaredYear = declaredYear;
            this.byColumn = new Cell[Arrays.stream(header.columnOf()).max().orElse(-1) + 1];
        }

        /** The row's slots, or null when the row holds no value of its own; its findings go to {@code out}. */
        Slot[] read(int r, FindingCollector out) {
            List<Cell> cells = grid.rowCells(r);
            for (Cell cell : cells) {
                if (cell.col() < byColumn.length) {
                    byColumn[cell.col()] = cell;
                }
            }
            List<Field> fields = schema.fields();
            Slot[] slots = new Slot[fields.size()];
            boolean any = false;
            for (int f = 0; f < slots.length; f++) {
                int c = header.columnOf()[f];
                if (c < 0) {
                    continue;
                }
                Field field = fields.get(f);
                Cell cell = byColumn[c];
                boolean own = true;
                int srcRow = r;
                if (cell == null) {
                    MergedRegion m = grid.mergedRegionAt(r, c);
                    // only a vertical merge within this column, starting below the header, fills the cell
                    if (m != null && m.firstCol() == c && m.firstRow() < r && m.firstRow() > header.row()) {
                        cell = grid.cell(m.firstRow(), c);
                        own = false;
                        srcRow = m.firstRow();
                    }
                }
                Parsed p = parser.parse(cell, field.type(), field.format(), field.lookalikes());
                if (p instanceof Parsed.Empty) {
                    continue;
                }
                any |= own;
                if (p instanceof Parsed.Problem pr) {
                    if (own) {
                        out.cell(Severity.ERROR, pr.code(), sheet, r, c, field.name(), pr.text(), pr.key(), pr.args());
                    }
                    // a value is there, even if unreadable: keeps it from counting as missing
                    slots[f] = new Slot(null, pr.text(), srcRow, c, own);
                    continue;
                }
                Parsed.Value v = (Parsed.Value) p;
                boolean ok = !own || ConstraintCheck.check(v, field.constraints(), field.title(), out, sheet, r, c,
                        field.name());
                if (own) {
                    checkDates(field, v, r, c, out);
                }
                slots[f] = new Slot(ok ? v.value() : null, v.text(), srcRow, c, own);
                if (compared[f] && slots[f].value() instanceof String text) {
                    slots[f].comparable(fold(text));
                }
            }
            for (Cell cell : cells) {
                if (cell.col() < byColumn.length) {
                    byColumn[cell.col()] = null;
                }
            }
            return any ? slots : null;
        }

        /**
         * The folded form of a compared text. A goal's title repeats on every row of the goal: a small
         * cache folds it once, without keeping every distinct text of a large sheet.
         */
        private String fold(String text) {
            int h = text.hashCode();
            int i = (h ^ (h >>> 16)) & (FOLD_CACHE - 1);
            if (!text.equals(foldedKeys[i])) {
                foldedKeys[i] = text;
                foldedValues[i] = JapaneseText.fold(text);
            }
            return foldedValues[i];
        }

        private void checkDates(Field field, Parsed.Value v, int r, int c, FindingCollector out) {
            if (field.freeTextDates() && v.value() instanceof String text) {
                for (DateMention m : FreeTextDates.scan(text, fiscalYear)) {
                    if (m.result() instanceof DateParse.Invalid) {
                        out.cellAt(Severity.ERROR, "invalid-date", sheet, r, c, m.start(), field.name(), text,
                                "invalid-date.text", m.text());
                    }
                }
            }
            if ("fiscalYear".equals(field.period()) && declaredYear != null && v.value() instanceof LocalDate d
                    && !FiscalYears.contains(declaredYear, d)) {
                out.cell(Severity.WARNING, "out-of-period", sheet, r, c, field.name(), v.text(), "out-of-period",
                        v.text(), FiscalYears.label(declaredYear));
            }
        }
    }

    /**
     * A blank group key or group field below a filled one continues it, within the same parent group.
     * {@code prev} is the row before, already carried down.
     */
    private void carryDown(Slot[] prev, Slot[] row) {
        boolean parentSame = true;
        for (int g = 0; g < groupKey.length && parentSame; g++) {
            int k = groupKey[g];
            if (row[k] == null && prev[k] != null) {
                row[k] = prev[k].inherited();
            }
            boolean sameGroup = Objects.equals(comparable(row[k]), comparable(prev[k]));
            if (sameGroup) {
                for (int f : groupFields[g]) {
                    if (row[f] == null && prev[f] != null) {
                        row[f] = prev[f].inherited();
                    }
                }
            }
            parentSame = sameGroup;
        }
    }

    /** The checks that look across rows, each fed the rows in order and keeping its findings until {@link #finish}. */
    private final class Checks {
        private final HeaderRow header;
        private final FindingCollector required = out.buffer();
        private final List<RequiredOnce> once = new ArrayList<>();
        private final List<GroupCheck> groups = new ArrayList<>();
        private final List<KeyCheck> keys = new ArrayList<>();
        private final List<DerivedCheck> derived = new ArrayList<>();

        Checks(HeaderRow header) {
            this.header = header;
            for (int g = 0; g < groupKey.length; g++) {
                for (String name : schema.groups().get(g).requiredOnce()) {
                    int f = schema.fieldIndex(name);
                    if (header.has(f)) {
                        once.add(new RequiredOnce(g, f));
                    }
                }
            }
            for (int g = 0; g < groupKey.length; g++) {
                groups.add(new GroupCheck(g));
            }
            for (List<String> key : keys()) {
                keys.add(new KeyCheck(key));
            }
            for (ProgressRule rule : ProgressRule.of(schema)) {
                derived.add(new DerivedCheck(rule));
            }
        }

        void row(Slot[] row, String[] paths) {
            List<Field> fields = schema.fields();
            int r = rowOf(row);
            for (int f = 0; f < fields.size(); f++) {
                if (row[f] == null && header.has(f) && fields.get(f).constraints().required()) {
                    required.cell(Severity.ERROR, "required", sheet, r, header.columnOf()[f], fields.get(f).name(), null,
                            "required", fields.get(f).title());
                }
            }
            for (RequiredOnce c : once) {
                c.row(row, paths);
            }
            for (GroupCheck c : groups) {
                c.row(row, paths);
            }
            for (KeyCheck c : keys) {
                c.row(row);
            }
            for (DerivedCheck c : derived) {
                c.row(row);
            }
        }

        /** Hands the findings on in the order of the checks. */
        void finish() {
            out.append(required);
            for (RequiredOnce c : once) {
                c.finish(header);
            }
            for (GroupCheck c : groups) {
                out.append(c.found);
            }
            for (KeyCheck c : keys) {
                out.append(c.found);
            }
            for (DerivedCheck c : derived) {
                out.append(c.found);
            }
        }
    }

    /** A field that must be filled on at least one row of each group of level {@code g}. */
    private final class RequiredOnce {
        private final int g;
        private final int f;
        /** Per group path, in the order the groups first appear. */
        private final Map<String, Once> groups = new LinkedHashMap<>();

        RequiredOnce(int g, int f) {
            this.g = g;
            this.f = f;
        }

        void row(Slot[] row, String[] paths) {
            groups.computeIfAbsent(paths[g], p -> new Once(row, g)).filled |= row[f] != null;
        }

        void finish(HeaderRow header) {
            Field field = schema.fields().get(f);
            for (Once o : groups.values()) {
                if (!o.filled && o.keys[groupKey[g]] != null) {
                    out.cell(Severity.ERROR, "required", sheet, o.row, header.columnOf()[f], field.name(), null,
                            "required.once", field.title(), label(o.keys, g));
                }
            }
        }
    }

    /** A group's first row, as much of it as a finding needs (its row and group keys), and whether the field was seen. */
    private final class Once {
        final int row;
        final Slot[] keys;
        boolean filled;

        Once(Slot[] first, int g) {
            this.row = rowOf(first);
            this.keys = new Slot[first.length];
            for (int i = 0; i <= g; i++) {
                keys[groupKey[i]] = first[groupKey[i]];
            }
        }
    }

    /** Group fields agree within a group of level {@code g}; numbering runs 1, 2, 3 within its parent. */
    private final class GroupCheck {
        private final int g;
        private final Group group;
        /** Per group path, the first value of each group field. */
        private final Map<String, Slot[]> reference = new HashMap<>();
        private final Map<String, Sequence> sequences = new HashMap<>();
        private final FindingCollector found = out.buffer();

        GroupCheck(int g) {
            this.g = g;
            this.group = schema.groups().get(g);
        }

        void row(Slot[] row, String[] paths) {
            int k = groupKey[g];
            if (row[k] == null) {
                return;
            }
            int[] fields = groupFields[g];
            Slot[] ref = reference.computeIfAbsent(paths[g], p -> new Slot[fields.length]);
            for (int i = 0; i < fields.length; i++) {
                Slot s = row[fields[i]];
                if (s == null || s.value() == null) {
                    continue;
                }
                if (ref[i] == null) {
                    ref[i] = s;
                } else if (s.own() && !ref[i].comparable().equals(s.comparable())) {
                    Field field = schema.fields().get(fields[i]);
                    found.cell(Severity.ERROR, "inconsistent", sheet, s.row(), s.col(), field.name(), s.text(),
                            "inconsistent", field.title(), label(row, g), CellAddress.a1(ref[i].row(), ref[i].col()),
                            ref[i].text());
                }
            }
            if (group.sequence() && row[k].own() && row[k].value() instanceof Long n) {
                sequences.computeIfAbsent(g == 0 ? "" : paths[g - 1], p -> new Sequence(found))
                        .next(n, row[k], schema.fields().get(k));
            }
        }
    }

    /** Numbering within one parent: keys in order of appearance. */
    private final class Sequence {
        private final FindingCollector found;
        private final Map<Long, Slot> seen = new HashMap<>();
        private Long last;

        Sequence(FindingCollector found) {
            this.found = found;
        }

        void next(long n, Slot at, Field field) {
            if (last != null && last == n) {
                return;
            }
            Slot before = seen.get(n);
            if (before != null) {
                found.cell(Severity.WARNING, "sequence", sheet, at.row(), at.col(), field.name(), at.text(),
                        "sequence.repeat", field.title(), at.text(), CellAddress.a1(before.row(), before.col()));
            } else {
                long expected = last == null ? 1 : last + 1;
                if (n != expected) {
                    found.cell(Severity.WARNING, "sequence", sheet, at.row(), at.col(), field.name(), at.text(),
                            n < expected ? "sequence.back" : "sequence.skip", field.title(), String.valueOf(expected), at.text());
                }
                seen.put(n, at);
            }
            last = n;
        }
    }

    /** No two rows have the same values in a key's fields. */
    private final class KeyCheck {
        private final int[] idx;
        private final String titles;
        /**
         * The row (0-based) where each key value was first seen. Most rows have a key: sized for the
         * sheet's rows up front (but not past 131,072, in case the last row is far below the table).
         */
        private final Map<List<String>, Integer> seen =
                new HashMap<>(Math.max(16, Math.min(grid.rowCount(), 1 << 17) * 4 / 3));
        private final FindingCollector found = out.buffer();

        KeyCheck(List<String> key) {
            this.idx = key.stream().mapToInt(schema::fieldIndex).toArray();
            this.titles = String.join("・", key.stream().map(n -> schema.field(n).map(Field::title).orElse(n)).toList());
        }

        void row(Slot[] row) {
            String[] values = new String[idx.length];
            boolean own = false;
            boolean complete = true;
            for (int j = 0; j < idx.length; j++) {
                int i = idx[j];
                values[j] = row[i] == null ? "" : row[i].comparable();
                own |= row[i] != null && row[i].own();
                complete &= row[i] != null || !schema.fields().get(i).constraints().required();
            }
            if (!own || !complete) {
                return;
            }
            Integer before = seen.putIfAbsent(Arrays.asList(values), rowOf(row));
            if (before != null) {
                Slot at = lastOwn(row, idx);
                found.cell(Severity.ERROR, "duplicate", sheet, at.row(), at.col(), schema.fields().get(idx[idx.length - 1]).name(),
                        at.text(), "duplicate.key", titles, String.valueOf(before + 1));
            }
        }
    }

    /** An entered derived value (進捗度) agrees with the one computed from the row's numbers. */
    private final class DerivedCheck {
        private final ProgressRule rule;
        private final Field field;
        private final FindingCollector found = out.buffer();

        DerivedCheck(ProgressRule rule) {
            this.rule = rule;
            this.field = schema.fields().get(rule.field());
        }

        void row(Slot[] row) {
            Double computed = rule.rate(row);
            Slot entered = row[rule.field()];
            if (computed != null && entered == null) {
                outOfRange(row, computed);
            }
            if (computed == null || entered == null || !entered.own() || !(entered.value() instanceof Double e)) {
                return;
            }
            if (Math.abs(e - computed) > rule.tolerance()) {
                found.cell(Severity.WARNING, "progress-mismatch", sheet, entered.row(), entered.col(), field.name(),
                        entered.text(), "progress-mismatch", field.title(), ValueParser.plain(e), shown(computed));
            }
        }

        /**
         * A computed rate beyond the field's maximum either way (1e301% from a target a hair above its
         * baseline, 250% from a target passed twice over, −300%) is a warning at the 実績値 it came from:
         * each number may be right. A rate a little below zero is news, not a mistake (a result still
         * under its baseline), so the field's minimum is not applied to it.
         */
        private void outOfRange(Slot[] row, double computed) {
            Slot actual = row[rule.actual()];
            Double max = field.constraints().maximum();
            if (actual == null || !actual.own() || max == null || Math.abs(computed) <= max) {
                return;
            }
            found.cell(Severity.WARNING, "maximum", sheet, actual.row(), actual.col(), field.name(), actual.text(),
                    "maximum.computed", field.title(), shown(computed), ValueParser.plain(max));
        }

        /** A computed rate as a message shows it: to one decimal, ∞ when it overflowed, 1.00e+10 when huge. */
        private static String shown(double computed) {
            if (!Double.isFinite(computed)) {
                return computed < 0 ? "-∞" : "∞";
            }
            return Math.abs(computed) >= 1e9 ? String.format(java.util.Locale.ROOT, "%.2e", computed)
                    : ValueParser.plain(Math.round(computed * 10) / 10.0);
        }
    }

    /** The primary key, the unique keys and each unique field, as lists of field names. */
    private List<List<String>> keys() {
        List<List<String>> keys = new ArrayList<>();
        if (!schema.primaryKey().isEmpty()) {
            keys.add(schema.primaryKey());
        }
        keys.addAll(schema.uniqueKeys());
        for (Field f : schema.fields()) {
            if (f.constraints().unique()) {
                keys.add(List.of(f.name()));
            }
        }
        return keys;
    }

    private static Slot lastOwn(Slot[] row, int[] idx) {
        for (int i = idx.length - 1; i >= 0; i--) {
            if (row[idx[i]] != null && row[idx[i]].own()) {
                return row[idx[i]];
            }
        }
        throw new IllegalStateException("no own key cell");
    }

    /**
     * The group paths of a row, one per level: "2", "2/3", "2/3/1" for goal 2, initiative 3, item 1.
     * Levels whose keys are those of the row before share its strings.
     */
    private String[] paths(Slot[] row, Slot[] prev, String[] prevPaths) {
        String[] paths = new String[groupKey.length];
        boolean same = prev != null;
        for (int g = 0; g < groupKey.length; g++) {
            String key = comparable(row[groupKey[g]]);
            same = same && Objects.equals(key, comparable(prev[groupKey[g]]));
            paths[g] = same ? prevPaths[g] : g == 0 ? String.valueOf(key) : paths[g - 1] + "/" + key;
        }
        return paths;
    }

    /** "目標番号 2・取組番号 3" for messages. */
    private String label(Slot[] row, int g) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= g; i++) {
            Slot s = row[groupKey[i]];
            if (s == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('・');
            }
            sb.append(schema.fields().get(groupKey[i]).title()).append(' ').append(JapaneseText.trim(s.text()));
        }
        return sb.toString();
    }

    private static String comparable(Slot s) {
        return s == null ? null : s.comparable();
    }

    static int rowOf(Slot[] row) {
        int r = Integer.MAX_VALUE;
        for (Slot s : row) {
            if (s != null && s.own()) {
                r = Math.min(r, s.row());
            }
        }
        if (r == Integer.MAX_VALUE) {
            for (Slot s : row) {
                if (s != null) {
                    r = Math.min(r, s.row());
                }
            }
        }
        return r;
    }
}
