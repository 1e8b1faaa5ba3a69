package io.goalsheet.render.entry;

import io.goalsheet.schema.Field;
import io.goalsheet.schema.FieldType;
import io.goalsheet.schema.MetadataField;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.FiscalYears;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The entry workbook a schema describes, for the people who type into it every month. One sheet,
 * top to bottom:
 *
 * <ol>
 *   <li>a title (the fiscal year and the schema's title) and a short 記入要領;</li>
 *   <li>one row per metadata field: the label, and to its right a yellow input cell (prefilled
 *       when the value is known) — one per row, so an empty input is read as empty, never as the
 *       next label;</li>
 *   <li>the header row, the schema's column titles in schema order;</li>
 *   <li>the rows carried over from an earlier period, then the empty prepared rows.</li>
 * </ol>
 *
 * <p>Columns are as wide as their type needs, text wraps, everything is aligned to the top, the
 * panes are frozen below the header, and the page is A4 landscape, fit to width, with the header
 * repeated on every page. Each column has the data validation {@link Validations} derives from the
 * schema. The sheet is protected without a password: the title, labels and header are locked,
 * every input cell is not, and rows may be inserted, deleted and formatted.
 */
public final class EntryWorkbook {

    /** Validation rules and column formats reach at least this many rows below the header, prepared or not. */
    static final int VALIDATED_ROWS = 1000;
    /** The metadata input cell is widened (merged to the right) to at least this many character units. */
    private static final int MIN_INPUT_WIDTH = 20;
    private static final float LINE_POINTS = 14f;

    private final Schema schema;
    private final EntryContent content;
    private final List<Column> columns;
    private final int last;

    private EntryWorkbook(Schema schema, EntryContent content) {
        this.schema = schema;
        this.content = content;
        this.columns = schema.fields().stream().map(Column::of).toList();
        this.last = columns.size() - 1;
    }

    /** Writes the workbook to {@code out} (which is left open). */
    public static void write(Schema schema, EntryContent content, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new EntryWorkbook(schema, content).build()) {
            wb.write(out);
        }
    }

    /** The row (0-based) of the header: below the title, the instructions and one row per metadata field. */
    static int headerRow(Schema schema) {
        return 2 + schema.metadata().size();
    }

    private XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        String title = schema.title() == null || schema.title().isBlank() ? schema.name() : schema.title();
        XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(title.strip()));
        Validations validations = new Validations(wb, sheet);

        int[] widths = widths();
        for (int c = 0; c <= last; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
            sheet.setDefaultColumnStyle(c, styles.column(columns.get(c)));
        }

        String fiscalYear = content.fiscalYear() == null ? null : FiscalYears.label(content.fiscalYear());
        XSSFRow titleRow = fullWidthRow(sheet, 0, Texts.get("title", fiscalYear == null ? "" : fiscalYear + " ", title.strip()),
                styles.title, styles);
        titleRow.setHeightInPoints(24);
        String labels = String.join(Texts.get("list.separator"),
                schema.metadata().stream().map(MetadataField::label).toList());
        String instructions = Texts.get("instructions",
                schema.metadata().isEmpty() ? "" : Texts.get("instructions.metadata", labels));
        XSSFRow instructionRow = fullWidthRow(sheet, 1, instructions, styles.instructions, styles);
        instructionRow.setHeightInPoints(Math.max(2, lines(instructions, total(widths) * 11 / 9)) * 12f + 4);

        int r = 2;
        for (MetadataField m : schema.metadata()) {
            metadataRow(sheet, r++, m, widths, styles, validations);
        }

        int header = headerRow(schema);
        XSSFRow headerRow = sheet.createRow(header);
        int headerLines = 1;
        for (int c = 0; c <= last; c++) {
            Column column = columns.get(c);
            XSSFCell cell = headerRow.createCell(c);
            cell.setCellValue(column.field().title());
            cell.setCellStyle(styles.header);
            headerLines = Math.max(headerLines, lines(column.field().title(), widths[c]));
            validations.promptOnly(column, header, c);
        }
        headerRow.setHeightInPoints(headerLines * LINE_POINTS + 6);

        int first = header + 1;
        int prepared = content.rows().size() + content.emptyRows();
        for (int i = 0; i < prepared; i++) {
            Map<String, Object> values = i < content.rows().size() ? content.rows().get(i) : Map.of();
            dataRow(sheet, first + i, values, widths, styles);
        }
        int lastValidated = first + Math.max(prepared, VALIDATED_ROWS) - 1;
        for (int c = 0; c <= last; c++) {
            Column column = columns.get(c);
            validations.add(column, first, lastValidated, c);
            if (column.kind() == Column.Kind.NUMBER || column.kind() == Column.Kind.PERCENT) {
                WholeNumberDisplay.apply(wb, sheet, new CellRangeAddress(first, lastValidated, c, c),
                        column.kind() == Column.Kind.NUMBER ? Styles.INTEGER_NUMBER_FORMAT : Styles.INTEGER_PERCENT_FORMAT);
            }
        }

        sheet.createFreezePane(0, first);
        printSetup(sheet, header);
        protect(sheet);
        wb.setActiveSheet(0);
        return wb;
    }

    /** Each column's width; the first is widened to hold the metadata labels written in it. */
    private int[] widths() {
        int[] widths = columns.stream().mapToInt(Column::width).toArray();
        int label = schema.metadata().stream().mapToInt(m -> Texts.width(m.label()) + 2).max().orElse(0);
        widths[0] = Math.max(widths[0], Math.min(label, 20));
        return widths;
    }

    /** A row whose first cell spans every column; the cells under the span carry the style too (borders, locking). */
    private XSSFRow fullWidthRow(XSSFSheet sheet, int r, String text, CellStyle style, Styles styles) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c <= last; c++) {
            row.createCell(c).setCellStyle(style);
        }
        row.getCell(0).setCellValue(text);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        }
        return row;
    }

    private void metadataRow(XSSFSheet sheet, int r, MetadataField m, int[] widths, Styles styles,
                             Validations validations) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c <= last; c++) {
            row.createCell(c).setCellStyle(styles.filler);
        }
        XSSFCell label = row.getCell(0);
        label.setCellValue(m.label());
        label.setCellStyle(styles.label);
        if (last == 0) {
            return;
        }
        int inputLast = 1;
        int width = widths[1];
        while (width < MIN_INPUT_WIDTH && inputLast < last) {
            width += widths[++inputLast];
        }
        CellStyle style = m.type() == FieldType.DATE ? styles.metadataDate : styles.metadataText;
        for (int c = 1; c <= inputLast; c++) {
            row.getCell(c).setCellStyle(style);
        }
        if (inputLast > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, inputLast));
        }
        Object value = prefill(m);
        XSSFCell input = row.getCell(1);
        if (value instanceof LocalDate d) {
            input.setCellValue(d);
        } else if (value instanceof String s) {
            input.setCellValue(s);
        }
        row.setHeightInPoints(LINE_POINTS + 6);
        Field asField = new Field(m.name(), List.of(m.label()), null, m.type(), "default", m.constraints(), Map.of(),
                false, m.period());
        validations.add(Column.of(asField), r, r, 1);
    }

    /** The value known in advance for a metadata field: 担当部局名, 年度 (as 令和7年度), 報告時点, 報告区分. */
    private Object prefill(MetadataField m) {
        if (m.type() == FieldType.FISCAL_YEAR) {
            return content.fiscalYear() == null ? null : FiscalYears.label(content.fiscalYear());
        }
        return switch (m.name()) {
            case "department" -> content.department();
            case "asOf" -> content.asOf();
            case "reportKind" -> content.reportKind();
            default -> null;
        };
    }

    private void dataRow(XSSFSheet sheet, int r, Map<String, Object> values, int[] widths, Styles styles) {
        XSSFRow row = sheet.createRow(r);
        int lines = 1;
        for (int c = 0; c <= last; c++) {
            Column column = columns.get(c);
            XSSFCell cell = row.createCell(c);
            cell.setCellStyle(styles.cell(column));
            Object value = values.get(column.field().name());
            if (value instanceof Number n && column.isNumeric()) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
            } else if (value != null) {
                String text = value instanceof Number n ? Validations.plain(n.doubleValue()) : value.toString();
                cell.setCellValue(text);
                if (column.kind() == Column.Kind.TEXT || column.kind() == Column.Kind.CHOICE) {
                    lines = Math.max(lines, lines(text, widths[c]));
                }
            }
        }
        // the height the text needs (an empty row: room to write in), but not a custom height, so the
        // row still grows as people type
        row.setHeightInPoints(lines * LINE_POINTS + 4);
        row.getCTRow().setCustomHeight(false);
    }

    private static void printSetup(XSSFSheet sheet, int header) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("&P / &N");
    }

    /**
     * Protected without a password, so that the header is not overwritten by accident: input
     * cells are unlocked, and formatting, inserting and deleting rows, sorting and filtering stay
     * allowed. Anyone can lift it (校閲 ▸ シート保護の解除), e.g. to merge cells.
     */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private static int total(int[] widths) {
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    /** How many lines a text takes in a column of {@code width} units, wrapped. */
    static int lines(String text, int width) {
        int usable = Math.max(1, width - 1);
        int n = 0;
        for (String paragraph : text.split("\r?\n", -1)) {
            n += Math.max(1, (Texts.width(paragraph) + usable - 1) / usable);
        }
        return n;
    }
}
