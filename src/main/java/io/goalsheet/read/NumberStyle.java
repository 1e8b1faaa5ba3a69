package io.goalsheet.read;

/** How a numeric cell is formatted, as far as reading its value needs to know. */
public enum NumberStyle {
    /** Shown as a plain number (General, 0, #,##0 …). */
    PLAIN,
    /** A date or date-time format (built-in or custom, including Japanese era formats); the number is an Excel serial. */
    DATE,
    /** A percent format: 0.6 means 60 %. */
    PERCENT,
    /** The text format "@": the user meant text even if it looks like a number. */
    TEXT
}
