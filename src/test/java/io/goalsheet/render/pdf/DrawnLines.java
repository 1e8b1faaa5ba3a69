package io.goalsheet.render.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text as they are drawn, in content order: a new line starts where the baseline
 * moves or the text jumps sideways (to the next cell on the same baseline). PDFTextStripper's own
 * lines join cells that share a baseline; line-breaking rules are about each cell's lines.
 */
final class DrawnLines extends PDFTextStripper {

    private final List<String> lines = new ArrayList<>();
    private StringBuilder current = new StringBuilder();
    private float lastY = Float.NaN;
    private float lastEnd = Float.NaN;

    private DrawnLines() {
        setSortByPosition(false);
    }

    static List<String> of(PDDocument doc) throws IOException {
        DrawnLines s = new DrawnLines();
        s.writeText(doc, new StringWriter());
        s.flush();
        return s.lines;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        float y = t.getYDirAdj();
        float x = t.getXDirAdj();
        boolean sameLine = !Float.isNaN(lastY) && Math.abs(y - lastY) < 0.5f && x >= lastEnd - 0.5f
                && x - lastEnd < t.getFontSizeInPt() * 1.2f;
        if (!sameLine) {
            flush();
        }
        current.append(t.getUnicode());
        lastY = y;
        lastEnd = x + t.getWidthDirAdj();
    }

    private void flush() {
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        current = new StringBuilder();
    }
}
