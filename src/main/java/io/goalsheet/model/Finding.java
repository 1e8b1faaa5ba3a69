package io.goalsheet.model;

import java.util.Objects;

/**
 * One problem found in one input. The {@code code} is the stable key users and scripts rely on
 * (PRODUCT.md §3); the {@code message} is already in the chosen language.
 *
 * <p>Location parts are null when they do not apply: a file-level finding has no sheet or cell,
 * a sheet-level finding no cell. {@code row} is 1-based as Excel shows it; {@code column} is the
 * column letter ("M"). {@code line} is the 1-based line inside the cell when the value is one of
 * many lines of a cell (the published layout's cells hold a whole goal), else null.
 */
public record Finding(
        Severity severity,
        String code,
        String file,
        String sheet,
        String cell,
        Integer row,
        String column,
        Integer line,
        String field,
        String value,
        String message) {

    /** Values are cut to this many characters in every output. */
    public static final int MAX_VALUE_LENGTH = 200;

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        value = cut(value);
    }

    /** A finding that is not about one line of a cell. */
    public Finding(Severity severity, String code, String file, String sheet, String cell, Integer row, String column,
                   String field, String value, String message) {
        this(severity, code, file, sheet, cell, row, column, null, field, value, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "file:sheet!cell", "file:sheet" or "file", as people read locations. */
    public String location() {
        return location(place());
    }

    /** {@link #location()} with the line inside the cell, as {@link #place(boolean)} spells it. */
    public String location(boolean japanese) {
        return location(place(japanese));
    }

    private String location(String place) {
        return (file == null ? "" : file) + (place == null ? "" : ":" + place);
    }

    /**
     * {@link #place()} with the line inside the cell for people: "重点目標!D10, 12行目" in Japanese,
     * "重点目標!D10, line 12" otherwise.
     */
    public String place(boolean japanese) {
        String place = place();
        if (place == null || line == null || cell == null) {
            return place;
        }
        return place + (japanese ? ", " + line + "行目" : ", line " + line);
    }

    /** "sheet!cell", "sheet", or null for a finding about the whole file. */
    public String place() {
        if (sheet == null) {
            return null;
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    static String cut(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = value.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1);
        return value.substring(0, end) + "…";
    }
}
