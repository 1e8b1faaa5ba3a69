package io.goalsheet.check;

import io.goalsheet.model.Severity;
import io.goalsheet.read.Cell;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.schema.FieldType;
import io.goalsheet.schema.MetadataField;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.FiscalYears;
import io.goalsheet.text.JapaneseText;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metadata above the table, each value found by its label: the next non-empty cell to the
 * right in the same row, or the rest of the label's own cell (「担当部局名：政策企画部」).
 */
final class Metadata {

    private final Map<String, Object> values = new HashMap<>();

    Object get(String name) {
        return values.get(name);
    }

    Integer fiscalYear(Schema schema) {
        for (MetadataField m : schema.metadata()) {
            if (m.type() == FieldType.FISCAL_YEAR && values.get(m.name()) instanceof Integer fy) {
                return fy;
            }
        }
        return null;
    }

    static Metadata read(SheetGrid grid, int headerRow, Schema schema, ValueParser parser,
                         FindingCollector out, String sheet) {
        return read(grid, List.of(new int[] {0, headerRow}), Set.of(), Set.of(), schema, parser, out, sheet);
    }

    /**
     * Reads the metadata from the rows of {@code ranges} ({from, to} exclusive), looked through in
     * order. {@code optional} names values that are not required here; {@code fromHeadings}, values
     * that without their label may be taken from a heading (【令和7年度重点目標】 gives 年度 FY2025, a title
     * naming one of the allowed values — 重点目標一覧表（中間報告調書） — gives 報告区分).
     */
    static Metadata read(SheetGrid grid, List<int[]> ranges, Set<String> optional, Set<String> fromHeadings,
                         Schema schema, ValueParser parser, FindingCollector out, String sheet) {
        Metadata md = new Metadata();
        List<String> labels = schema.metadata().stream().map(MetadataField::label).toList();
        Integer fiscalYear = null;
        // fiscal year first: period checks of the others need it
        for (int pass = 0; pass < 2; pass++) {
            for (MetadataField m : schema.metadata()) {
                boolean fyField = m.type() == FieldType.FISCAL_YEAR;
                if ((pass == 0) != fyField) {
                    continue;
                }
                boolean required = m.constraints().required() && !optional.contains(m.name());
                readOne(grid, ranges, m, labels, required, fromHeadings.contains(m.name()), parser, out, sheet, md,
                        fiscalYear);
                if (fyField && md.values.get(m.name()) instanceof Integer fy) {
                    fiscalYear = fy;
                }
            }
        }
        return md;
    }

    private static void readOne(SheetGrid grid, List<int[]> ranges, MetadataField m, List<String> labels,
                                boolean required, boolean fromHeading, ValueParser parser, FindingCollector out,
                                String sheet, Metadata md, Integer fiscalYear) {
        for (int[] range : ranges) {
            if (readLabelled(grid, range, m, labels, required, parser, out, sheet, md, fiscalYear)) {
                return;
            }
        }
        if (fromHeading) {
            for (int[] range : ranges) {
                Cell heading = heading(grid, range, m);
                if (heading != null) {
                    check(m, heading, heading.row(), heading.col(), required, parser, out, sheet, md, fiscalYear);
                    return;
                }
            }
        }
        if (required) {
            out.sheet(Severity.ERROR, "metadata-missing", sheet, "metadata-missing", m.label());
        }
    }

    /**
     * A heading that names the value: a fiscal year 「令和7年度」 inside it, or exactly one of the
     * allowed values. The cell returned holds just that value.
     */
    private static Cell heading(SheetGrid grid, int[] range, MetadataField m) {
        for (int r = range[0]; r < Math.min(range[1], grid.rowCount()); r++) {
            for (Cell cell : grid.rowCells(r)) {
                if (cell.text() == null || cell.isNumber()) {
                    continue;
                }
                String found = null;
                if (m.type() == FieldType.FISCAL_YEAR) {
                    found = FiscalYears.mention(cell.text());
                } else {
                    String text = JapaneseText.nfkc(cell.text());
                    for (String allowed : m.constraints().enumValues()) {
                        if (text.contains(allowed)) {
                            if (found != null) {
                                found = null;
                                break;
                            }
                            found = allowed;
                        }
                    }
                }
                if (found != null) {
                    return new Cell(cell.row(), cell.col(), io.goalsheet.read.CellType.STRING, found, Double.NaN,
                            cell.style(), false);
                }
            }
        }
        return null;
    }

    /** Looks for the label in one range of rows; true when it was there (whatever its value). */
    private static boolean readLabelled(SheetGrid grid, int[] range, MetadataField m, List<String> labels,
                                        boolean required,
                                        ValueParser parser, FindingCollector out, String sheet, Metadata md,
                                        Integer fiscalYear) {
        String labelKey = HeaderRow.key(m.label());
        int rows = Math.min(range[1], grid.rowCount());
        for (int r = range[0]; r < rows; r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                Cell cell = grid.cell(r, c);
                if (cell == null || cell.text() == null || cell.text().length() > HeaderRow.MAX_TITLE) {
                    continue; // a label, with its value or not, is short
                }
                String text = JapaneseText.trim(cell.text());
                String key = HeaderRow.key(text);
                Cell valueCell;
                if (key.equals(labelKey)) {
                    valueCell = nextToTheRight(grid, r, c, labels);
                } else if (key.startsWith(labelKey) && text.length() > m.label().length()) {
                    String rest = inlineValue(text, m.label());
                    if (rest == null) {
                        continue;
                    }
                    valueCell = new Cell(cell.row(), cell.col(), io.goalsheet.read.CellType.STRING, rest,
                            Double.NaN, cell.style(), false);
                } else {
                    continue;
                }
                int vr = valueCell == null ? r : valueCell.row();
                int vc = valueCell == null ? c + 1 : valueCell.col();
                check(m, valueCell, vr, vc, required, parser, out, sheet, md, fiscalYear);
                return true;
            }
        }
        return false;
    }

    private static void check(MetadataField m, Cell valueCell, int vr, int vc, boolean required, ValueParser parser,
                              FindingCollector out, String sheet, Metadata md, Integer fiscalYear) {
        Parsed p = parser.parse(valueCell, m.type(), "default", Map.of());
        if (p instanceof Parsed.Empty) {
            if (required) {
                out.cell(Severity.ERROR, "required", sheet, vr, vc, m.name(), null,
                        "required.metadata", m.label());
            }
        } else if (p instanceof Parsed.Problem pr) {
            out.cell(Severity.ERROR, pr.code(), sheet, vr, vc, m.name(), pr.text(), pr.key(), pr.args());
        } else if (p instanceof Parsed.Value v) {
            if (ConstraintCheck.check(v, m.constraints(), m.label(), out, sheet, vr, vc, m.name())) {
                md.values.put(m.name(), v.value());
            }
            if ("fiscalYear".equals(m.period()) && fiscalYear != null && v.value() instanceof LocalDate d
                    && !FiscalYears.contains(fiscalYear, d)) {
                out.cell(Severity.WARNING, "out-of-period", sheet, vr, vc, m.name(), v.text(),
                        "out-of-period", v.text(), FiscalYears.label(fiscalYear));
            }
        }
    }

    /**
     * The value right of a label: the next non-blank cell, unless that is the next label (「担当部局名 |   | 年度 |
     * 令和7年度」 with the department left blank has no value, not 年度).
     */
    private static Cell nextToTheRight(SheetGrid grid, int r, int c, List<String> labels) {
        for (int x = c + 1; x < grid.columnCount(); x++) {
            Cell cell = grid.cell(r, x);
            if (cell != null && !(cell.text() != null && JapaneseText.isBlank(cell.text()) && !cell.isNumber())) {
                return isLabel(cell, labels) ? null : cell;
            }
        }
        return null;
    }

    /** A cell that is a metadata label, alone (年度) or with its value (年度：令和7年度). */
    private static boolean isLabel(Cell cell, List<String> labels) {
        String key = cell.isNumber() ? null : HeaderRow.titleKey(cell.text());
        if (key == null) {
            return false;
        }
        for (String label : labels) {
            String labelKey = HeaderRow.key(label);
            if (key.equals(labelKey) || key.startsWith(labelKey) && inlineValue(JapaneseText.trim(cell.text()), label) != null) {
                return true;
            }
        }
        return false;
    }

    /** "担当部局名：政策企画部" or "担当部局名 政策企画部" → "政策企画部"; null when the label runs on into a longer word. */
    private static String inlineValue(String text, String label) {
        String norm = JapaneseText.nfkc(text);
        String lab = JapaneseText.nfkc(label);
        if (!norm.startsWith(lab)) {
            return null;
        }
        String rest = norm.substring(lab.length());
        if (rest.isEmpty() || !(rest.charAt(0) == ':' || Character.isWhitespace(rest.charAt(0)))) {
            return null;
        }
        // hand back the original characters (not NFKC'd) after the separator
        int cut = text.length() - rest.length();
        String original = cut >= 0 && cut <= text.length() ? text.substring(cut) : rest;
        int from = 0;
        while (from < original.length() && " \t\n\u000B\f\r:：\u3000".indexOf(original.charAt(from)) >= 0) {
            from++;
        }
        return from == original.length() ? null : original.substring(from);
    }
}
