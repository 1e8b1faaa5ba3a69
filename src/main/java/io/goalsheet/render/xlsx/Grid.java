package io.goalsheet.render.xlsx;

import java.util.List;

/**
 * A sheet as a table writer sees it: its layout declared first, then rows in increasing order.
 * Two kinds: a POI sheet ({@link PoiGrid}, for the report workbook) and a sheet streamed straight
 * into the package ({@link StreamSheet}, for the merged workbook), so that a table such as 集計
 * is written by one piece of code into either.
 */
interface Grid {

    /**
     * Before any row: column widths in characters, panes frozen left of {@code frozenCols} and above
     * {@code frozenRows}, and the print setup of the report template with the first
     * {@code repeatedRows} rows printed on every page (0: none).
     */
    void layout(int[] widths, int frozenCols, int frozenRows, int repeatedRows);

    /** Starts the row at 0-based {@code index}; {@code height} in points, 0 for the default. */
    void row(int index, float height);

    /** A value in the current row: text, number or date; null leaves the cell empty but styled. */
    void put(int col, Object value, Style style);

    /**
     * A formula with its value already computed (a Double or a String), so that viewers that do not
     * recalculate still show it.
     */
    void formula(int col, String formula, Object cached, Style style);

    /** A manual page break above 0-based {@code row}: that row starts a printed page. */
    void breakBefore(int row);

    /** After the rows: a stacked bar chart over ranges of this sheet. */
    void chart(StackedBarChart chart);

    /**
     * Bars per category (rows {@code firstRow..lastRow} of {@code categoryCol}), one stacked
     * segment per series (a column); placed from cell (fromCol, fromRow) to (toCol, toRow).
     */
    record StackedBarChart(String title, String sheet, int firstRow, int lastRow, int categoryCol,
                           List<String> categories, List<Series> series, int fromCol, int fromRow, int toCol,
                           int toRow) {}

    /** A segment: its name (shown in the legend) from cell (nameRow, nameCol); RGB colour as RRGGBB. */
    record Series(String name, int nameRow, int nameCol, int valueCol, String colour, List<? extends Number> values) {}
}
