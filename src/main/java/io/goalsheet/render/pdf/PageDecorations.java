package io.goalsheet.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries besides its content: a running header (the section: a department's name,
 * 集計, 付録, and the report's title) over a hairline, and the footer "n / N". N is not known until
 * the end, so each footer shows a template that is filled in when the document closes. The cover has
 * neither. Also keeps the outline (bookmarks): sections at the top level, goals under their section.
 */
final class PageDecorations extends PdfPageEventHelper {

    private final Typo typo;
    private final String reportTitle;
    private final float headerSize;
    private PdfTemplate total;
    private String section;
    private PdfOutline current;

    PageDecorations(Typo typo, String reportTitle) {
        this.typo = typo;
        this.reportTitle = reportTitle;
        this.headerSize = Math.max(7f, typo.size * 0.9f);
    }

    /** The running header from the next page on; null for none. Set it after starting the section's first page. */
    void section(String name) {
        this.section = name;
    }

    /** A top-level outline entry (a section) at a height on the current page; goals go under the latest. */
    void sectionOutline(PdfWriter writer, String title, float top) {
        current = new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.XYZ, 0, top, 0), title,
                false);
    }

    /** An outline entry under the latest section, at a height on the current page. */
    void childOutline(PdfWriter writer, String title, float top) {
        PdfOutline parent = current != null ? current : writer.getRootOutline();
        new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, 0, top, 0), title, false);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(60, headerSize * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1) {
            return; // the cover
        }
        PdfContentByte cb = writer.getDirectContent();
        Rectangle size = document.getPageSize();
        float left = document.left();
        float right = document.right();
        if (section != null) {
            float base = document.top() + headerSize * 1.6f;
            text(cb, section, left, base, Element.ALIGN_LEFT, Typo.INK);
            text(cb, reportTitle, right, base, Element.ALIGN_RIGHT, Typo.GREY);
            cb.saveState();
            cb.setColorStroke(Typo.LIGHT_RULE);
            cb.setLineWidth(0.4f);
            cb.moveTo(left, base - headerSize * 0.6f);
            cb.lineTo(right, base - headerSize * 0.6f);
            cb.stroke();
            cb.restoreState();
        }
        float centre = (left + right) / 2;
        float foot = Math.max(size.getBottom() + headerSize, document.bottom() - headerSize * 2.2f);
        String n = page + " / ";
        float w = typo.font.base.getWidthPoint(n, headerSize);
        float wTotal = typo.font.base.getWidthPoint(String.valueOf(page), headerSize);
        float x = centre - (w + wTotal) / 2;
        text(cb, n, x, foot, Element.ALIGN_LEFT, Typo.GREY);
        cb.addTemplate(total, x + w, foot);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(typo.font.base, headerSize);
        total.setColorFill(Typo.GREY);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    private void text(PdfContentByte cb, String s, float x, float y, int align, java.awt.Color colour) {
        cb.beginText();
        cb.setFontAndSize(typo.font.base, headerSize);
        cb.setColorFill(colour);
        cb.showTextAligned(align, s, x, y, 0);
        cb.endText();
    }
}
