package io.goalsheet.render.xlsx;

/**
 * The height a row needs for the wrapped texts of its cells, estimated without measuring a font:
 * both writers give every row an explicit height (Excel does not fit the height of rows it did not
 * lay out itself, and a row left at the default height prints its wrapped text over the rows below).
 * A text's width is counted in half-width characters (a full-width character counts two); the lines
 * of a cell are the sum over its paragraphs of that width divided by the column's usable width,
 * rounded up; the row takes the most lines of its cells at the line spacing of its font.
 */
final class RowHeight {

    /** Excel's highest row. */
    static final float MAX_POINTS = 409;
    /**
     * The size of the workbook's default font, whose digit is the unit of column widths: a column of
     * width w holds about w half-width characters at this size, fewer at a larger one.
     */
    static final double DEFAULT_FONT_POINTS = 11;
    /**
     * Line spacing as a multiple of the font size: 游ゴシック's, whose default row at 11 pt is 18.75 pt
     * (MS Pゴシック's is 13.5 pt). Rows sized for it have room to spare in a viewer that substitutes a
     * tighter font, and no text cut off in Excel.
     */
    static final double LINE_SPACING = 18.75 / 11;
    /** Space above and below the text inside a cell. */
    static final double PADDING_POINTS = 3;
    /** Width kept free of text in a column: the cell's margins, and the slack of where lines break. */
    static final double MARGIN_CHARS = 1;

    private final double fontPoints;
    private int lines = 1;

    /** A row whose cells are set at {@code fontPoints}. */
    RowHeight(double fontPoints) {
        this.fontPoints = fontPoints;
    }

    /** Takes a cell's text, wrapped in a column {@code columnChars} wide (Excel's column width). */
    RowHeight cell(String text, double columnChars) {
        lines = Math.max(lines, lines(text, columnChars, fontPoints));
        return this;
    }

    /** The row's height in points, at most {@link #MAX_POINTS}. */
    float points() {
        return points(lines, fontPoints);
    }

    /** The height of {@code lines} lines at {@code fontPoints}, with the cell's padding; at most {@link #MAX_POINTS}. */
    static float points(int lines, double fontPoints) {
        double h = Math.max(1, lines) * fontPoints * LINE_SPACING + PADDING_POINTS;
        return (float) Math.min(MAX_POINTS, Math.ceil(h * 4) / 4); // Excel keeps quarter points
    }

    /** The lines {@code text} takes, wrapped in a column {@code columnChars} wide at {@code fontPoints}; 0 for none. */
    static int lines(String text, double columnChars, double fontPoints) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        double usable = Math.max(1, (columnChars - MARGIN_CHARS) * DEFAULT_FONT_POINTS / fontPoints);
        int total = 0;
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                total += paragraphLines(width, usable);
                width = 0;
            } else if (cp != '\r') {
                width += width(cp);
            }
        }
        return total + paragraphLines(width, usable);
    }

    private static int paragraphLines(int width, double usable) {
        return Math.max(1, (int) Math.ceil(width / usable));
    }

    /**
     * 2 for a character a Japanese font sets full-width, else 1. Japanese fonts set the symbols that
     * Unicode leaves ambiguous (① → ○ × ・ …) full-width; half-width katakana and forms are narrow.
     */
    static int width(int cp) {
        if (cp < 0x2000) {
            return cp == 0xD7 || cp == 0xF7 ? 2 : 1;
        }
        if (cp >= 0xFF61 && cp <= 0xFFDC || cp >= 0xFFE8 && cp <= 0xFFEE) {
            return 1;
        }
        return 2;
    }
}
