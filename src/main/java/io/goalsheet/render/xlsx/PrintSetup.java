package io.goalsheet.render.xlsx;

import io.goalsheet.schema.ReportTemplate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Print setup from the report template: paper, orientation, margins, fit to width, repeated header rows. */
final class PrintSetup {

    private static final double MM_PER_INCH = 25.4;

    private PrintSetup() {}

    /** @param headerRow 0-based last row to repeat on every printed page, or -1 for none */
    static void landscapeFitToWidth(Sheet sheet, ReportTemplate template, int headerRow) {
        var ps = sheet.getPrintSetup();
        ReportTemplate.Page page = template.page();
        ps.setPaperSize(page.size().equals("A3") ? org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE
                : org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(page.landscape());
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.TopMargin, page.top() / MM_PER_INCH);
        sheet.setMargin(Sheet.BottomMargin, page.bottom() / MM_PER_INCH);
        sheet.setMargin(Sheet.LeftMargin, page.left() / MM_PER_INCH);
        sheet.setMargin(Sheet.RightMargin, page.right() / MM_PER_INCH);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        }
        sheet.getFooter().setCenter("&P / &N");
    }
}
