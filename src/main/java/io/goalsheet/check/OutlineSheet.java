package io.goalsheet.check;

import io.goalsheet.read.Cell;
import io.goalsheet.read.MergedRegion;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.schema.Field;
import io.goalsheet.schema.MetadataField;
import io.goalsheet.schema.Outline;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.JapaneseText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A sheet in the published layout (the schema's {@link Outline}): where its columns are, which rows
 * make each department's part and each goal. A sheet holds one department, or several one after
 * another, each starting at its 担当部局名 line (the Excel report writes them so). Within a part, a goal
 * starts at a row whose goal cell is filled (a block of merged rows, or blank cells below it, continue
 * it) or after a 「重点目標 | title | 各部署の自己評価 | ○」 row, which gives its title and mark (the label
 * may carry the goal's number: 「重点目標 1」). A goal printed over several pages repeats that row with
 * 「（続き）」 (「重点目標 1（続き）」) and the column header: they continue the goal before.
 */
final class OutlineSheet {

    /** The columns found in the header row (0-based; -1 when the sheet has none). */
    record Columns(int header, int goal, int evaluation, int structure, int[] aligned) {}

    /** One department's rows: metadata is looked for in {@code metadataRows} first, then above the header. */
    record Part(int firstRow, int lastRow, int labelRow) {}

    /**
     * A goal's rows, and the title row above it, if any; {@code repeated} are the rows among them that
     * are not the goal's (a continued band and the column header repeated on the next page).
     */
    record Block(int firstRow, int lastRow, int titleRow, Set<Integer> repeated) {

        boolean isRepeated(int row) {
            return repeated.contains(row);
        }
    }

    /** 「（続き）」 as NFKC gives it. */
    private static final String CONTINUED = "(続き)";

    private final SheetGrid grid;
    /** The structure column's title as the header row has it, folded once for spotting a repeated header. */
    private String structureTitle;
    private final Schema schema;
    private final Outline outline;
    private final Columns columns;
    private final String goalLabel;
    private final Set<String> evaluationLabels = new HashSet<>();

    private OutlineSheet(SheetGrid grid, Schema schema, Columns columns) {
        this.grid = grid;
        this.schema = schema;
        this.outline = schema.outline();
        this.columns = columns;
        this.goalLabel = HeaderRow.key(schema.field(outline.goal()).map(Field::title).orElse(""));
        if (outline.evaluation() != null) {
            schema.field(outline.evaluation()).ifPresent(f -> f.titles().forEach(t -> evaluationLabels.add(HeaderRow.key(t))));
        }
    }

    /** The sheet read in the published layout, when its header row is there. */
    static Optional<OutlineSheet> find(SheetGrid grid, Schema schema) {
        Outline o = schema.outline();
        if (o == null) {
            return Optional.empty();
        }
        List<String> structureKeys = keys(schema.fields().get(schema.fieldIndex(o.structure())));
        List<List<String>> alignedKeys = o.columns().stream().map(c -> keys(schema.field(c.field()).orElseThrow())).toList();
        List<String> goalKeys = keys(schema.field(o.goal()).orElseThrow());
        List<String> evaluationKeys = o.evaluation() == null ? List.of() : keys(schema.field(o.evaluation()).orElseThrow());
        int last = Math.min(o.searchRows(), grid.rowCount());
        for (int r = 0; r < last; r++) {
            Map<String, Integer> titled = new HashMap<>();
            for (Cell c : grid.rowCells(r)) {
                String key = HeaderRow.titleKey(c.text());
                if (key != null) {
                    titled.putIfAbsent(key, c.col());
                }
            }
            int structureCol = columnTitled(titled, structureKeys);
            if (structureCol < 0) {
                continue;
            }
            int[] aligned = new int[o.columns().size()];
            boolean all = true;
            for (int i = 0; i < aligned.length && all; i++) {
                aligned[i] = columnTitled(titled, alignedKeys.get(i));
                all = aligned[i] >= 0;
            }
            if (!all) {
                continue;
            }
            int goal = columnTitled(titled, goalKeys);
            if (goal < 0 && structureCol > 0) {
                goal = structureCol - 1; // the seed's own table: the goal's number left of the initiatives
            }
            int evaluation = o.evaluation() == null ? -1 : columnTitled(titled, evaluationKeys);
            return Optional.of(new OutlineSheet(grid, schema, new Columns(r, goal, evaluation, structureCol, aligned)));
        }
        return Optional.empty();
    }

    private static List<String> keys(Field field) {
        return field.titles().stream().map(HeaderRow::key).toList();
    }

    /** The first column of a row (its cells' keys → columns) titled with one of the field's titles, or -1. */
    private static int columnTitled(Map<String, Integer> titled, List<String> field) {
        int col = -1;
        for (String key : field) {
            Integer c = titled.get(key);
            if (c != null && (col < 0 || c < col)) {
                col = c;
            }
        }
        return col;
    }

    SheetGrid grid() {
        return grid;
    }

    Columns columns() {
        return columns;
    }

    /**
     * The departments' parts, in sheet order: one per 担当部局名 line (the whole sheet when it has one
     * such line or none).
     */
    List<Part> parts() {
        List<Integer> labels = new ArrayList<>();
        MetadataField department = schema.metadataField("department").orElse(null);
        if (department != null) {
            String key = HeaderRow.key(department.label());
            for (int r = 0; r < grid.rowCount(); r++) {
                for (Cell c : grid.rowCells(r)) {
                    // folded only when its first character could start the label: most cells are long texts
                    String t = c.text() == null ? "" : JapaneseText.trim(c.text());
                    if (t.isEmpty() || key.isEmpty() || !HeaderRow.key(t.substring(0, 1)).equals(key.substring(0, 1))) {
                        continue;
                    }
                    String k = HeaderRow.key(t.substring(0, Math.min(t.length(), HeaderRow.MAX_TITLE)));
                    if (k.startsWith(key)) {
                        labels.add(r);
                        break;
                    }
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        if (labels.size() <= 1) {
            parts.add(new Part(0, grid.rowCount() - 1, labels.isEmpty() ? -1 : labels.get(0)));
            return parts;
        }
        for (int i = 0; i < labels.size(); i++) {
            int first = i == 0 ? 0 : labels.get(i);
            int lastRow = i + 1 < labels.size() ? labels.get(i + 1) - 1 : grid.rowCount() - 1;
            parts.add(new Part(first, lastRow, labels.get(i)));
        }
        return parts;
    }

    /** The goals of a part, in order. */
    List<Block> blocks(Part part) {
        List<Block> blocks = new ArrayList<>();
        int title = titleRowAbove();
        int start = -1;
        int end = -1;
        Set<Integer> repeated = new HashSet<>();
        boolean continuing = false; // after a continued band: the next row goes on with the goal
        for (int r = Math.max(part.firstRow(), columns.header() + 1); r <= part.lastRow(); r++) {
            if (r == part.labelRow() || isHeaderAgain(r) || isHeading(r)) {
                if (start >= 0) {
                    repeated.add(r); // inside the goal if rows of it follow
                }
                continue;
            }
            if (isTitleRow(r)) {
                if (start >= 0 && isContinued(r)) {
                    repeated.add(r);
                    continuing = true;
                    continue;
                }
                if (start >= 0) {
                    blocks.add(block(start, end, title, repeated));
                    start = -1;
                }
                repeated = new HashSet<>();
                title = r;
                continue;
            }
            if (!hasContent(r)) {
                continue;
            }
            boolean opens = start < 0 || ownGoalCell(r) && !continuing;
            if (opens) {
                if (start >= 0) {
                    blocks.add(block(start, end, title, repeated));
                    title = -1;
                }
                repeated = new HashSet<>();
                start = r;
            }
            continuing = false;
            end = r;
        }
        if (start >= 0) {
            blocks.add(block(start, end, title, repeated));
        }
        return blocks;
    }

    /** The goal's rows {@code start} … {@code end}, with the repeated rows among them. */
    private static Block block(int start, int end, int title, Set<Integer> repeated) {
        repeated.removeIf(r -> r > end);
        return new Block(start, end, title, Set.copyOf(repeated));
    }

    /** The seed's table: the first goal's 「重点目標 | title」 row stands just above the column header. */
    private int titleRowAbove() {
        for (int r = columns.header() - 1; r >= Math.max(0, columns.header() - 2); r--) {
            if (isTitleRow(r)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * 「重点目標 | title …」: the label in the row's first filled cell, the title to its right. With the
     * goal's number (「重点目標 1」, 「重点目標 1（続き）」) only beside 各部署の自己評価: a goal cell may hold
     * 「重点目標1」 too, in a row of initiatives.
     */
    boolean isTitleRow(int r) {
        List<Cell> cells = grid.rowCells(r);
        Cell first = firstFilled(cells);
        Integer number = first == null ? null : bandNumber(first.text());
        if (number == null) {
            return false;
        }
        boolean titled = false;
        boolean markLabel = false;
        for (Cell c : cells) {
            if (c.col() > first.col() && !blank(c)) {
                titled = true;
                markLabel |= c.text() != null && isEvaluationLabel(c.text());
            }
        }
        return titled && (number == 0 || markLabel);
    }

    /**
     * The number in a band's label: 1 for 「重点目標 1」 and 「重点目標1（続き）」, 0 for the label alone,
     * null for a text that is not the label.
     */
    Integer bandNumber(String text) {
        String key = HeaderRow.titleKey(text); // a trailing bracket, （続き）, is left out of the key
        if (key == null || !key.startsWith(goalLabel) || goalLabel.isEmpty()) {
            return null;
        }
        String digits = key.substring(goalLabel.length());
        if (digits.isEmpty()) {
            return 0;
        }
        if (digits.length() > 3 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    /** A band that says the goal above goes on: its label or its title ends in 「（続き）」. */
    private boolean isContinued(int r) {
        int filled = 0;
        for (Cell c : grid.rowCells(r)) {
            if (blank(c) || c.text() == null) {
                continue;
            }
            String t = JapaneseText.nfkc(JapaneseText.trim(c.text()));
            if (t.endsWith(CONTINUED)) {
                return true;
            }
            if (++filled == 2) {
                return false;
            }
        }
        return false;
    }

    /** The column header repeated (as a department's part may do). */
    private boolean isHeaderAgain(int r) {
        Cell c = grid.cell(r, columns.structure());
        if (c == null || c.text() == null || c.text().length() > HeaderRow.MAX_TITLE) {
            return false;
        }
        if (structureTitle == null) {
            structureTitle = HeaderRow.key(grid.cell(columns.header(), columns.structure()).text());
        }
        return structureTitle.equals(HeaderRow.key(c.text()));
    }

    /** A heading between goals: 【令和7年度重点目標】 alone in its row. */
    private boolean isHeading(int r) {
        List<Cell> cells = grid.rowCells(r);
        Cell first = firstFilled(cells);
        if (first == null || first.text() == null) {
            return false;
        }
        String t = JapaneseText.trim(first.text());
        if (!(t.startsWith("【") && t.endsWith("】"))) {
            return false;
        }
        return cells.stream().filter(c -> !blank(c)).count() == 1;
    }

    private boolean hasContent(int r) {
        for (Cell c : grid.rowCells(r)) {
            if (!blank(c) && isTableColumn(c.col())) {
                return true;
            }
        }
        return false;
    }

    private boolean isTableColumn(int col) {
        if (col == columns.goal() || col == columns.structure() || col == columns.evaluation()) {
            return true;
        }
        for (int a : columns.aligned()) {
            if (a == col) {
                return true;
            }
        }
        return false;
    }

    /** A goal cell typed in this row (not the lower part of a merged block, not left blank). */
    private boolean ownGoalCell(int r) {
        if (columns.goal() < 0) {
            return false;
        }
        Cell c = grid.cell(r, columns.goal());
        if (c == null || blank(c)) {
            return false;
        }
        MergedRegion m = grid.mergedRegionAt(r, columns.goal());
        return m == null || m.firstRow() == r;
    }

    boolean isEvaluationLabel(String text) {
        return evaluationLabels.contains(HeaderRow.titleKey(text));
    }

    Set<String> evaluationLabels() {
        return evaluationLabels;
    }

    String goalLabel() {
        return goalLabel;
    }

    static Cell firstFilled(List<Cell> cells) {
        for (Cell c : cells) {
            if (!blank(c)) {
                return c;
            }
        }
        return null;
    }

    static boolean blank(Cell c) {
        return c == null || (!c.isNumber() && JapaneseText.isBlank(c.text()));
    }
}
