package io.goalsheet.read;

/**
 * One non-empty cell as stored in the workbook. Rows and columns are 0-based here;
 * {@link CellAddress} turns them into A1 form for people.
 *
 * @param text    the text for STRING and ERROR cells ("#REF!"), "TRUE"/"FALSE" for BOOLEAN,
 *                the number's plain decimal form for NUMBER (never Excel's display rendering)
 * @param number  the value of a NUMBER cell (an Excel date serial when {@code style} is DATE, always in
 *                the 1900 date system: the reader converts 1904 workbooks), else NaN
 * @param style   the number format's kind; PLAIN for non-numeric cells unless the cell is text-formatted
 * @param formula whether the cell holds a formula (its cached value is what the other fields show)
 */
public record Cell(int row, int col, CellType type, String text, double number, NumberStyle style, boolean formula) {

    public String address() {
        return CellAddress.a1(row, col);
    }

    public boolean isNumber() {
        return type == CellType.NUMBER;
    }

    public boolean isDate() {
        return type == CellType.NUMBER && style == NumberStyle.DATE;
    }
}
