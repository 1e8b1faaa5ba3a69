package io.goalsheet.check;

/**
 * A cell read as a field's type. {@code text} is what the user wrote (trimmed), for findings and
 * for showing values as entered.
 */
sealed interface Parsed {

    /** Nothing entered (no cell, blank, or one of the schema's missing values). */
    record Empty() implements Parsed {}

    /** A value of the field's type: String, Long, Double or LocalDate (or Integer for fiscal years). */
    record Value(Object value, String text) implements Parsed {}

    /** Not readable as the field's type: a finding {@code code} with its message key and arguments. */
    record Problem(String code, String key, String text, Object... args) implements Parsed {}

    Parsed EMPTY = new Empty();
}
