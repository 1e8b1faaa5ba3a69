package io.goalsheet.render.entry;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTNumFmt;

/**
 * Shows whole numbers without a trailing decimal point. A format such as {@code #,##0.##} keeps
 * 17.5 as typed but shows 20000 as "20,000." in Excel; a conditional format gives whole numbers
 * {@code #,##0} instead. Where conditional number formats are not supported, the base format still
 * shows every digit typed. POI has no API for a number format in a conditional format, so the
 * differential style is written directly.
 */
final class WholeNumberDisplay {

    private WholeNumberDisplay() {}

    static void apply(XSSFWorkbook wb, XSSFSheet sheet, CellRangeAddress range, String wholeFormat) {
        String topLeft = new CellReference(range.getFirstRow(), range.getFirstColumn(), false, false).formatAsString();
        XSSFSheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = scf.createConditionalFormattingRule(
                "AND(ISNUMBER(" + topLeft + "),MOD(" + topLeft + ",1)=0)");
        scf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);

        CTDxf dxf = CTDxf.Factory.newInstance();
        CTNumFmt numFmt = dxf.addNewNumFmt();
        numFmt.setNumFmtId(wb.createDataFormat().getFormat(wholeFormat));
        numFmt.setFormatCode(wholeFormat);
        int dxfId = wb.getStylesSource().putDxf(dxf) - 1;
        CTConditionalFormatting[] all = sheet.getCTWorksheet().getConditionalFormattingArray();
        CTConditionalFormatting added = all[all.length - 1];
        added.getCfRuleArray(added.sizeOfCfRuleArray() - 1).setDxfId(dxfId);
    }
}
