package io.goalsheet.render.entry;

import io.goalsheet.schema.Constraints;
import io.goalsheet.schema.Field;

/**
 * One column of the entry table as the workbook shows it: what kind of input it takes (which
 * decides its style, width and data validation) and how wide it is, in Excel character units.
 */
record Column(Field field, Kind kind, int width) {

    /** What a column takes, as far as the workbook cares. */
    enum Kind {
        /** An integer written as a sequence number (①, (1), 1): a dropdown of numbers, centred. */
        ORDINAL,
        INTEGER,
        NUMBER,
        /** A rate in percent points: the cell holds 60 for 60 %. */
        PERCENT,
        DATE,
        /** Text with a list of allowed values: a dropdown. */
        CHOICE,
        TEXT
    }

    static Column of(Field field) {
        Kind kind = kindOf(field);
        return new Column(field, kind, widthOf(field, kind));
    }

    static Kind kindOf(Field field) {
        return switch (field.type()) {
            case INTEGER -> field.isOrdinal() ? Kind.ORDINAL : Kind.INTEGER;
            case NUMBER -> field.isPercent() ? Kind.PERCENT : Kind.NUMBER;
            case DATE -> Kind.DATE;
            case STRING, FISCAL_YEAR -> field.constraints().enumValues().isEmpty() ? Kind.TEXT : Kind.CHOICE;
        };
    }

    /** Narrow for numbers and marks (but as wide as a short title), wide for long text (by the schema's maxLength). */
    private static int widthOf(Field field, Kind kind) {
        Constraints c = field.constraints();
        int w = switch (kind) {
            case ORDINAL -> 6;
            case INTEGER, PERCENT -> 8;
            case NUMBER, DATE -> 11;
            case CHOICE -> Math.min(20, 3 + c.enumValues().stream().mapToInt(Texts::width).max().orElse(2));
            case TEXT -> textWidth(c.maxLength());
        };
        if (kind != Kind.TEXT) {
            // a narrow column is still as wide as its title, so the header reads on one line
            w = Math.max(w, Math.min(14, Texts.width(field.title()) + 2));
        }
        return Math.max(w, 6);
    }

    private static int textWidth(Integer maxLength) {
        if (maxLength == null) {
            return 24;
        }
        if (maxLength <= 20) {
            return 7;
        }
        if (maxLength <= 100) {
            return 16;
        }
        if (maxLength <= 500) {
            return 26;
        }
        return maxLength <= 1000 ? 30 : 40;
    }

    boolean isNumeric() {
        return kind == Kind.ORDINAL || kind == Kind.INTEGER || kind == Kind.NUMBER || kind == Kind.PERCENT;
    }

    /** Centred: numbering, and marks of a character or two (◎ ○ △ ×). */
    boolean centred() {
        return kind == Kind.ORDINAL
                || (kind == Kind.CHOICE && field.constraints().enumValues().stream().allMatch(v -> Texts.width(v) <= 4));
    }
}
