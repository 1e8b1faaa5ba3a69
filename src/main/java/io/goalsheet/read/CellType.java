package io.goalsheet.read;

/** What a cell holds, after formulas are replaced by their cached values. */
public enum CellType {
    /** Text (shared string, inline string, or a formula's cached string). */
    STRING,
    /** A number; dates are numbers too, see {@link Cell#style()}. */
    NUMBER,
    BOOLEAN,
    /** An error value such as #REF! or #DIV/0!; {@link Cell#text()} holds it. */
    ERROR,
    /** A formula cell whose workbook holds no cached value (never calculated). */
    FORMULA_WITHOUT_VALUE
}
