package io.goalsheet.render.entry;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the entry workbook. Everything a person types into is unlocked (the
 * workbook's default style too, so rows added below the prepared ones stay editable); the title,
 * the instructions, the metadata labels and the header row are locked, and the sheet is protected
 * without a password so that they are not overwritten by accident.
 */
final class Styles {

    /** The font of the whole workbook: present on every Japanese Windows, with the same metrics on screen and paper. */
    static final String FONT = "ＭＳ Ｐゴシック";
    static final String NUMBER_FORMAT = "#,##0.##";
    static final String INTEGER_NUMBER_FORMAT = "#,##0";
    /** A literal full-width ％: the cell holds 60 for 60 %, and readers must not take it for a percent format. */
    static final String PERCENT_FORMAT = "0.##\"％\"";
    static final String INTEGER_PERCENT_FORMAT = "0\"％\"";
    /**
     * A date as 2025/9/30; a number past Excel's last date (20250930, typed as eight digits, which the
     * validator reads as that day) as typed, where a plain date format would show ########.
     */
    static final String DATE_FORMAT = "[<=2958465]yyyy/m/d;0";

    /** The font charset of Japanese (Shift_JIS) text, so that Excel picks the Japanese font for it. */
    private static final int SHIFT_JIS = 128;
    private static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF9, (byte) 0xD6};

    final CellStyle title;
    final CellStyle instructions;
    final CellStyle filler;
    final CellStyle label;
    final CellStyle metadataText;
    final CellStyle metadataDate;
    final CellStyle header;
    private final Map<Column.Kind, CellStyle> cells = new EnumMap<>(Column.Kind.class);
    private final Map<Column.Kind, CellStyle> columns = new EnumMap<>(Column.Kind.class);
    private final Map<Column.Kind, CellStyle> centredCells = new EnumMap<>(Column.Kind.class);
    private final Map<Column.Kind, CellStyle> centredColumns = new EnumMap<>(Column.Kind.class);

    Styles(XSSFWorkbook wb) {
        XSSFFont normal = wb.getFontAt(0);
        normal.setFontName(FONT);
        normal.setScheme(FontScheme.NONE);
        normal.setCharSet(SHIFT_JIS);
        // the default style: unlocked, so protection guards only what is explicitly locked
        wb.getCellStyleAt(0).setLocked(false);

        XSSFFont bold = font(wb, 11, true);
        title = wb.createCellStyle();
        title.setFont(font(wb, 14, true));
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setLocked(true);

        instructions = wb.createCellStyle();
        instructions.setFont(font(wb, 9, false));
        instructions.setWrapText(true);
        instructions.setVerticalAlignment(VerticalAlignment.TOP);
        instructions.setLocked(true);

        filler = wb.createCellStyle();
        filler.setLocked(true);

        label = bordered(wb, true);
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.CENTER);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        metadataText = input(wb);
        metadataDate = input(wb);
        metadataDate.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
        metadataDate.setAlignment(HorizontalAlignment.LEFT);

        header = bordered(wb, true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        for (Column.Kind kind : Column.Kind.values()) {
            cells.put(kind, data(wb, kind, true, false));
            columns.put(kind, data(wb, kind, false, false));
            centredCells.put(kind, data(wb, kind, true, true));
            centredColumns.put(kind, data(wb, kind, false, true));
        }
    }

    /** The style of a prepared (bordered) cell of the column. */
    CellStyle cell(Column column) {
        return (column.centred() ? centredCells : cells).get(column.kind());
    }

    /** The column's default style: the same input format without borders, for rows typed below the prepared ones. */
    CellStyle column(Column column) {
        return (column.centred() ? centredColumns : columns).get(column.kind());
    }

    private static CellStyle data(XSSFWorkbook wb, Column.Kind kind, boolean border, boolean centred) {
        XSSFCellStyle s = wb.createCellStyle();
        if (border) {
            borders(s);
        }
        s.setLocked(false);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        switch (kind) {
            case NUMBER -> s.setDataFormat(wb.createDataFormat().getFormat(NUMBER_FORMAT));
            case INTEGER -> s.setDataFormat(wb.createDataFormat().getFormat(INTEGER_NUMBER_FORMAT));
            case PERCENT -> s.setDataFormat(wb.createDataFormat().getFormat(PERCENT_FORMAT));
            case DATE -> s.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
            case TEXT, CHOICE -> s.setWrapText(true);
            case ORDINAL -> { }
        }
        if (centred) {
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        return s;
    }

    private static CellStyle input(XSSFWorkbook wb) {
        XSSFCellStyle s = (XSSFCellStyle) bordered(wb, false);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setFillForegroundColor(new XSSFColor(INPUT_FILL, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private static CellStyle bordered(XSSFWorkbook wb, boolean locked) {
        CellStyle s = wb.createCellStyle();
        borders(s);
        s.setLocked(locked);
        return s;
    }

    private static void borders(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    private static XSSFFont font(XSSFWorkbook wb, int points, boolean bold) {
        XSSFFont f = wb.createFont();
        f.setFontName(FONT);
        f.setScheme(FontScheme.NONE);
        f.setCharSet(SHIFT_JIS);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }
}
