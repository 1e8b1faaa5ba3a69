package io.goalsheet.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;

/**
 * The rules of a report table, drawn once per page the table lands on: a frame, the column rules,
 * and rules under each header row. Body rows have no rules of their own (a goal's items read as one
 * block, as in the published document); cells that start a group draw a light rule on their top
 * edge themselves. Drawn by the table rather than by the cells, so that a table broken over pages
 * is closed at the bottom of each page and a column spanning many rows has no rules across it.
 */
final class Grid implements PdfPTableEvent {

    /** Column boundaries (0 … 1 of the table width) at which header row i has a rule. */
    private final float[][] headerColumns;
    private final float[] bodyColumns;

    /**
     * @param headerColumns for each header row, where its vertical rules are, as fractions of the
     *                      width; every row also has the frame
     * @param bodyColumns   where the body's vertical rules are
     */
    Grid(float[][] headerColumns, float[] bodyColumns) {
        this.headerColumns = headerColumns;
        this.bodyColumns = bodyColumns;
    }

    /** A grid with the same rules in every row. */
    static Grid uniform(float[] relativeWidths, int headerRows) {
        float[] cols = boundaries(relativeWidths);
        float[][] header = new float[headerRows][];
        java.util.Arrays.fill(header, cols);
        return new Grid(header, cols);
    }

    /** The inner boundaries of columns with these relative widths, as fractions of the whole. */
    static float[] boundaries(float[] relativeWidths) {
        float sum = 0;
        for (float w : relativeWidths) {
            sum += w;
        }
        float[] b = new float[relativeWidths.length - 1];
        float acc = 0;
        for (int i = 0; i < b.length; i++) {
            acc += relativeWidths[i];
            b[i] = acc / sum;
        }
        return b;
    }

    @Override
    public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
                            PdfContentByte[] canvases) {
        PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
        float left = widths[0][0];
        float right = widths[0][widths[0].length - 1];
        float width = right - left;
        float top = heights[0];
        float bottom = heights[heights.length - 1];
        float bodyTop = heights[Math.min(headerRows, heights.length - 1)];
        cb.saveState();
        cb.setColorStroke(Typo.RULE);
        cb.setLineWidth(0.5f);
        for (int r = 0; r < headerRows && r + 1 < heights.length; r++) {
            float[] cols = headerColumns[Math.min(r, headerColumns.length - 1)];
            for (float f : cols) {
                cb.moveTo(left + f * width, heights[r]);
                cb.lineTo(left + f * width, heights[r + 1]);
            }
            cb.moveTo(left, heights[r + 1]);
            cb.lineTo(right, heights[r + 1]);
        }
        for (float f : bodyColumns) {
            cb.moveTo(left + f * width, bodyTop);
            cb.lineTo(left + f * width, bottom);
        }
        cb.stroke();
        cb.setLineWidth(0.75f);
        cb.rectangle(left, bottom, width, top - bottom);
        cb.stroke();
        cb.restoreState();
    }
}
