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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Binds one sheet's table to the schema and checks it: cell values, carry-down of merged or
 * blank group cells, group consistency, numbering, keys, derived progress and dates in free text.
 * Every problem becomes a finding; nothing stops at the first one.
 */
final class SheetChecker {

    private final Schema schema;
    private final SheetGrid grid;
    private final String sheet;
    private final FindingCollector out;
    private final ValueParser parser;
    private final int[] groupKey;
    private final int[][] groupFields;
    /** Fields whose values are compared between rows (group keys and fields, unique keys). */
    private final boolean[] compared;
    private final Map<String, String> folded = new HashMap<>();

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

    /** Checks the sheet whose header is {@code header}; returns the department's report as read. */
    DepartmentReport check(HeaderRow header, String file) {
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
        Metadata metadata = Metadata.read(grid, header.row(), schema, parser, out, sheet);
        Integer declaredYear = metadata.fiscalYear(schema);
        int fiscalYear = declaredYear != null ? declaredYear
                : metadata.get("asOf") instanceof LocalDate d ? FiscalYears.of(d) : FiscalYears.of(LocalDate.now());

        List<Slot[]> rows = readRows(header, fiscalYear, declaredYear);
        carryDown(rows);
        List<String[]> paths = rows.stream().map(this::paths).toList();
        checkRequired(rows, paths, header);
        checkGroups(rows, paths);
        checkKeys(rows);
        checkDerived(rows);
        return ReportAssembler.assemble(schema, file, sheet, metadata, rows);
    }

    private List<Slot[]> readRows(HeaderRow header, int fiscalYear, Integer declaredYear) {
        List<Field> fields = schema.fields();
        List<Slot[]> rows = new ArrayList<>();
        for (int r = header.row() + 1; r < grid.rowCount(); r++) {
            Slot[] slots = new Slot[fields.size()];
            boolean any = false;
            for (int f = 0; f < slots.length; f++) {
                int c = header.columnOf()[f];
                if (c < 0) {
                    continue;
                }
                Field field = fields.get(f);
                Cell cell = grid.cell(r, c);
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
                    checkDates(field, v, r, c, fiscalYear, declaredYear);
                }
                slots[f] = new Slot(ok ? v.value() : null, v.text(), srcRow, c, own);
                if (compared[f] && slots[f].value() instanceof String text) {
                    // a goal's title repeats on every row: fold each distinct text once
                    slots[f].comparable(folded.computeIfAbsent(text, JapaneseText::fold));
                }
            }
            if (any) {
                rows.add(slots);
            }
        }
        return rows;
    }

    private void checkDates(Field field, Parsed.Value v, int r, int c, int fiscalYear, Integer declaredYear) {
        if (field.freeTextDates() && v.value() instanceof String text) {
            for (DateMention m : FreeTextDates.scan(text, fiscalYear)) {
                if (m.result() instanceof DateParse.Invalid) {
                    out.cell(Severity.ERROR, "invalid-date", sheet, r, c, field.name(), text, "invalid-date.text", m.text());
                }
            }
        }
        if ("fiscalYear".equals(field.period()) && declaredYear != null && v.value() instanceof LocalDate d
                && !FiscalYears.contains(declaredYear, d)) {
            out.cell(Severity.WARNING, "out-of-period", sheet, r, c, field.name(), v.text(), "out-of-period",
                    v.text(), FiscalYears.label(declaredYear));
        }
    }

    /** A blank group key or group field below a filled one continues it, within the same parent group. */
    private void carryDown(List<Slot[]> rows) {
        for (int i = 1; i < rows.size(); i++) {
            Slot[] prev = rows.get(i - 1);
            Slot[] row = rows.get(i);
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
    }

    private void checkRequired(List<Slot[]> rows, List<String[]> paths, HeaderRow header) {
        List<Field> fields = schema.fields();
        for (Slot[] row : rows) {
            int r = rowOf(row);
            for (int f = 0; f < fields.size(); f++) {
                if (row[f] == null && header.has(f) && fields.get(f).constraints().required()) {
                    out.cell(Severity.ERROR, "required", sheet, r, header.columnOf()[f], fields.get(f).name(), null,
                            "required", fields.get(f).title());
                }
            }
        }
        for (int g = 0; g < groupKey.length; g++) {
            for (String name : schema.groups().get(g).requiredOnce()) {
                int f = schema.fieldIndex(name);
                if (!header.has(f)) {
                    continue;
                }
                Map<String, Boolean> filled = new HashMap<>();
                // in row order, so findings come out in the order of the sheet
                Map<String, Slot[]> first = new java.util.LinkedHashMap<>();
                for (int r = 0; r < rows.size(); r++) {
                    Slot[] row = rows.get(r);
                    String path = paths.get(r)[g];
                    first.putIfAbsent(path, row);
                    filled.merge(path, row[f] != null, Boolean::logicalOr);
                }
                for (Map.Entry<String, Slot[]> e : first.entrySet()) {
                    if (!filled.get(e.getKey()) && e.getValue()[groupKey[g]] != null) {
                        Slot[] row = e.getValue();
                        Field field = fields.get(f);
                        out.cell(Severity.ERROR, "required", sheet, rowOf(row), header.columnOf()[f], field.name(), null,
                                "required.once", field.title(), label(row, g));
                    }
                }
            }
        }
    }

    /** Group fields agree within a group; numbering runs 1, 2, 3 within its parent. */
    private void checkGroups(List<Slot[]> rows, List<String[]> paths) {
        for (int g = 0; g < groupKey.length; g++) {
            Group group = schema.groups().get(g);
            int k = groupKey[g];
            Map<String, Slot[]> reference = new HashMap<>();
            Map<String, Sequence> sequences = new HashMap<>();
            int width = groupFields[g].length;
            for (int r = 0; r < rows.size(); r++) {
                Slot[] row = rows.get(r);
                if (row[k] == null) {
                    continue;
                }
                String path = paths.get(r)[g];
                Slot[] ref = reference.computeIfAbsent(path, p -> new Slot[width]);
                for (int i = 0; i < groupFields[g].length; i++) {
                    Slot s = row[groupFields[g][i]];
                    if (s == null || s.value() == null) {
                        continue;
                    }
                    if (ref[i] == null) {
                        ref[i] = s;
                    } else if (s.own() && !ref[i].comparable().equals(s.comparable())) {
                        Field field = schema.fields().get(groupFields[g][i]);
                        out.cell(Severity.ERROR, "inconsistent", sheet, s.row(), s.col(), field.name(), s.text(),
                                "inconsistent", field.title(), label(row, g), CellAddress.a1(ref[i].row(), ref[i].col()),
                                ref[i].text());
                    }
                }
                if (group.sequence() && row[k].own() && row[k].value() instanceof Long n) {
                    sequences.computeIfAbsent(g == 0 ? "" : paths.get(r)[g - 1], p -> new Sequence())
                            .next(n, row[k], schema.fields().get(k));
                }
            }
        }
    }

    /** Numbering within one parent: keys in order of appearance. */
    private final class Sequence {
        private final Map<Long, Slot> seen = new HashMap<>();
        private Long last;

        void next(long n, Slot at, Field field) {
            if (last != null && last == n) {
                return;
            }
            Slot before = seen.get(n);
            if (before != null) {
                out.cell(Severity.WARNING, "sequence", sheet, at.row(), at.col(), field.name(), at.text(),
                        "sequence.repeat", field.title(), at.text(), CellAddress.a1(before.row(), before.col()));
            } else {
                long expected = last == null ? 1 : last + 1;
                if (n != expected) {
                    out.cell(Severity.WARNING, "sequence", sheet, at.row(), at.col(), field.name(), at.text(),
                            n < expected ? "sequence.back" : "sequence.skip", field.title(), String.valueOf(expected), at.text());
                }
                seen.put(n, at);
            }
            last = n;
        }
    }

    private void checkKeys(List<Slot[]> rows) {
        for (List<String> key : keys()) {
            int[] idx = key.stream().mapToInt(schema::fieldIndex).toArray();
            Map<List<String>, Slot[]> seen = new HashMap<>();
            for (Slot[] row : rows) {
                List<String> values = new ArrayList<>(idx.length);
                boolean own = false;
                boolean complete = true;
                for (int i : idx) {
                    values.add(row[i] == null ? "" : row[i].comparable());
                    own |= row[i] != null && row[i].own();
                    complete &= row[i] != null || !schema.fields().get(i).constraints().required();
                }
                if (!own || !complete) {
                    continue;
                }
                Slot[] before = seen.putIfAbsent(values, row);
                if (before != null) {
                    Slot at = lastOwn(row, idx);
                    String titles = String.join("・", key.stream()
                            .map(n -> schema.field(n).map(Field::title).orElse(n)).toList());
                    out.cell(Severity.ERROR, "duplicate", sheet, at.row(), at.col(), schema.fields().get(idx[idx.length - 1]).name(),
                            at.text(), "duplicate.key", titles, String.valueOf(rowOf(before) + 1));
                }
            }
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

    private void checkDerived(List<Slot[]> rows) {
        for (ProgressRule rule : ProgressRule.of(schema)) {
            Field field = schema.fields().get(rule.field());
            for (Slot[] row : rows) {
                Double computed = rule.compute(row);
                Slot entered = row[rule.field()];
                if (computed == null || entered == null || !entered.own() || !(entered.value() instanceof Double e)) {
                    continue;
                }
                if (Math.abs(e - computed) > rule.tolerance()) {
                    out.cell(Severity.WARNING, "progress-mismatch", sheet, entered.row(), entered.col(), field.name(),
                            entered.text(), "progress-mismatch", field.title(), ValueParser.plain(e),
                            ValueParser.plain(Math.round(computed * 10) / 10.0));
                }
            }
        }
    }

    /** The group paths of a row, one per level: "2", "2/3", "2/3/1" for goal 2, initiative 3, item 1. */
    private String[] paths(Slot[] row) {
        String[] paths = new String[groupKey.length];
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < groupKey.length; g++) {
            if (g > 0) {
                sb.append('/');
            }
            sb.append(comparable(row[groupKey[g]]));
            paths[g] = sb.toString();
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
