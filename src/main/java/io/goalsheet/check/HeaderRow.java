package io.goalsheet.check;

import io.goalsheet.read.Cell;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.schema.Field;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.JapaneseText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The table's header row and which column holds which field. Titles are compared loosely, since
 * people retype them: NFKC, no spaces or line breaks, no ※/* marks, no trailing note in
 * brackets (「具体的な重点取組項目（箇条書き）」 is 具体的な重点取組項目).
 *
 * @param row          0-based header row
 * @param columnOf     per schema field index, its 0-based column, or -1 when absent
 * @param unknown      header cells that name no field
 * @param duplicates   header cells naming a field that an earlier column already named
 */
record HeaderRow(int row, int[] columnOf, List<Cell> unknown, List<Cell> duplicates) {

    static Optional<HeaderRow> find(SheetGrid grid, Schema schema) {
        Map<String, Integer> fieldByKey = new HashMap<>();
        for (int i = 0; i < schema.fields().size(); i++) {
            for (String title : schema.fields().get(i).titles()) {
                fieldByKey.putIfAbsent(key(title), i);
            }
        }
        Set<String> wanted = new HashSet<>();
        schema.table().identifiedBy().forEach(t -> wanted.add(key(t)));
        int last = Math.min(schema.table().searchRows(), grid.rowCount());
        for (int r = 0; r < last; r++) {
            Set<String> seen = new HashSet<>();
            for (int c = 0; c < grid.columnCount(); c++) {
                Cell cell = grid.cell(r, c);
                if (cell != null && cell.text() != null && cell.text().length() <= MAX_TITLE) {
                    seen.add(key(cell.text()));
                }
            }
            if (seen.containsAll(wanted)) {
                return Optional.of(map(grid, r, schema, fieldByKey));
            }
        }
        return Optional.empty();
    }

    private static HeaderRow map(SheetGrid grid, int r, Schema schema, Map<String, Integer> fieldByKey) {
        int[] columnOf = new int[schema.fields().size()];
        Arrays.fill(columnOf, -1);
        List<Cell> unknown = new ArrayList<>();
        List<Cell> duplicates = new ArrayList<>();
        for (int c = 0; c < grid.columnCount(); c++) {
            Cell cell = grid.cell(r, c);
            if (cell == null || JapaneseText.isBlank(cell.text())) {
                continue;
            }
            Integer field = fieldByKey.get(key(cell.text()));
            if (field == null) {
                unknown.add(cell);
            } else if (columnOf[field] >= 0) {
                duplicates.add(cell);
            } else {
                columnOf[field] = c;
            }
        }
        return new HeaderRow(r, columnOf, unknown, duplicates);
    }

    /**
     * A table with a column for a metadata value (a 担当部局名 column) holds the rows of many
     * reports, like the 一覧 sheet of a merged workbook: it is not itself one department's report.
     */
    boolean isListOfReports(Schema schema) {
        for (Cell c : unknown) {
            String k = key(c.text());
            if (schema.metadata().stream().anyMatch(m -> key(m.label()).equals(k))) {
                return true;
            }
        }
        return false;
    }

    boolean has(int field) {
        return columnOf[field] >= 0;
    }

    List<Field> missingRequired(Schema schema) {
        List<Field> missing = new ArrayList<>();
        for (int i = 0; i < columnOf.length; i++) {
            Field f = schema.fields().get(i);
            if (columnOf[i] < 0 && f.constraints().required()) {
                missing.add(f);
            }
        }
        return missing;
    }

    /**
     * Longer texts are never a title or a label: a published-layout cell of a thousand characters is
     * not folded just to find that out.
     */
    static final int MAX_TITLE = 100;

    /** The key of a text short enough to be a title or a label, else null. */
    static String titleKey(String text) {
        return text == null || text.length() > MAX_TITLE ? null : key(text);
    }

    /**
     * Keys of short texts already asked for. The same titles and labels recur in every workbook of a
     * batch, and each sheet asks for them several times (the entry header, the published header, each
     * label); bounded, since a batch's own texts are few and a stray one need not be kept.
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int KEYS_KEPT = 20_000;

    /** The loose comparison key for titles and labels. */
    static String key(String title) {
        if (title.length() > MAX_TITLE) {
            return computeKey(title);
        }
        String k = KEYS.get(title);
        if (k == null) {
            k = computeKey(title);
            if (KEYS.size() < KEYS_KEPT) {
                KEYS.put(title, k);
            }
        }
        return k;
    }

    private static String computeKey(String title) {
        String s = JapaneseText.nfkc(title);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch) && ch != '※' && ch != '*') {
                sb.append(ch);
            }
        }
        String k = sb.toString();
        // a trailing note in brackets: 具体的な重点取組項目(箇条書き)
        if (k.endsWith(")")) {
            int open = k.lastIndexOf('(');
            if (open > 0) {
                k = k.substring(0, open);
            }
        }
        while (k.endsWith(":")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }
}
