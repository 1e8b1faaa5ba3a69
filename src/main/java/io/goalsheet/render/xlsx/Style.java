package io.goalsheet.render.xlsx;

/**
 * The cell styles of the written workbooks, by role. {@link Styles} makes them as POI styles;
 * {@link XlsxPackage} writes the same set into its own styles part, in this order.
 */
enum Style {
    /** No style: Excel's default. */
    PLAIN,
    TITLE,
    LABEL,
    HEADER,
    TEXT,
    CENTER,
    INTEGER,
    NUMBER,
    PERCENT,
    DATE,
    TOTAL_TEXT,
    TOTAL_INTEGER,
    TOTAL_PERCENT
}
