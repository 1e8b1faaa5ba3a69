package io.goalsheet.render.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles the written workbooks share (Excel allows only so many; make them once). */
final class Styles {

    final CellStyle title;
    final CellStyle label;
    final CellStyle header;
    final CellStyle text;
    final CellStyle center;
    final CellStyle integer;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle totalText;
    final CellStyle totalInteger;
    final CellStyle totalPercent;

    private final CellStyle[] byRole;

    Styles(XSSFWorkbook wb) {
        JapaneseFont.apply(wb.getFontAt(0)); // the default font: of every unstyled cell, and the unit of column widths
        Font bold = font(wb, RowHeight.DEFAULT_FONT_POINTS, true);
        Font big = font(wb, 14, true);
        var formats = wb.createDataFormat();
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
        header = bordered(wb);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(wb);
        text.setWrapText(true);
        center = bordered(wb);
        center.setAlignment(HorizontalAlignment.CENTER);
        integer = bordered(wb);
        integer.setDataFormat(formats.getFormat("#,##0"));
        number = bordered(wb);
        number.setDataFormat(formats.getFormat("#,##0.##"));
        percent = bordered(wb);
        percent.setDataFormat(formats.getFormat("0.0\"%\""));
        date = bordered(wb);
        date.setDataFormat(formats.getFormat("yyyy/m/d"));
        totalText = bordered(wb);
        totalText.setFont(bold);
        totalText.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
        totalText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        totalInteger = wb.createCellStyle();
        totalInteger.cloneStyleFrom(totalText);
        totalInteger.setDataFormat(formats.getFormat("#,##0"));
        totalPercent = wb.createCellStyle();
        totalPercent.cloneStyleFrom(totalText);
        totalPercent.setDataFormat(formats.getFormat("0.0\"%\""));
        byRole = new CellStyle[] {null, title, label, header, text, center, integer, number, percent, date, totalText,
            totalInteger, totalPercent};
    }

    /** The POI style of a role; null for {@link Style#PLAIN}. */
    CellStyle of(Style role) {
        return byRole[role.ordinal()];
    }

    /** A new font of the workbook: {@link JapaneseFont}, {@code points} in size. */
    static XSSFFont font(XSSFWorkbook wb, double points, boolean bold) {
        XSSFFont f = JapaneseFont.apply(wb.createFont());
        f.setFontHeight(points);
        f.setBold(bold);
        return f;
    }

    /** Thin borders all round, top-aligned: the cells of every table written. */
    static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }
}
