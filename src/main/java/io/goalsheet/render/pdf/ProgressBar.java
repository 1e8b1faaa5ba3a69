package io.goalsheet.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * A small horizontal bar for a 進捗度, drawn as vector graphics in the cell that holds it: a light
 * track for 0–100%, the filled part (green when the indicator is on track, orange when it is not,
 * dark green at 100% and over), and a tick at the on-track threshold (the share of the fiscal year
 * elapsed). Values over 100% fill the track; below 0% leave it empty.
 */
final class ProgressBar implements PdfPCellEvent {

    static final Color TRACK = new Color(0xe6, 0xe8, 0xeb);
    static final Color DONE = new Color(0x1b, 0x7f, 0x3b);
    static final Color ON_TRACK = new Color(0x7c, 0xc0, 0x5a);
    static final Color BEHIND = new Color(0xf2, 0xa9, 0x3b);

    private final double percent;
    private final double threshold;
    private final float height;

    ProgressBar(double percent, double threshold, float height) {
        this.percent = percent;
        this.threshold = threshold;
        this.height = height;
    }

    static Color colour(double percent, double threshold) {
        return percent >= 100 ? DONE : percent >= threshold ? ON_TRACK : BEHIND;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
        float x = position.getLeft() + cell.getPaddingLeft();
        float w = position.getWidth() - cell.getPaddingLeft() - cell.getPaddingRight();
        if (w <= 0) {
            return;
        }
        float y = (position.getTop() + position.getBottom()) / 2 - height / 2;
        float fill = (float) (w * Math.max(0, Math.min(100, percent)) / 100);
        cb.saveState();
        cb.setColorFill(TRACK);
        cb.rectangle(x, y, w, height);
        cb.fill();
        if (fill > 0) {
            cb.setColorFill(colour(percent, threshold));
            cb.rectangle(x, y, fill, height);
            cb.fill();
        }
        float tick = (float) (x + w * Math.max(0, Math.min(100, threshold)) / 100);
        cb.setColorStroke(Typo.GREY);
        cb.setLineWidth(0.6f);
        cb.moveTo(tick, y - 1.2f);
        cb.lineTo(tick, y + height + 1.2f);
        cb.stroke();
        cb.restoreState();
    }
}
