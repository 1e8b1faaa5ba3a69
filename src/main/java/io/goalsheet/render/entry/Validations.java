package io.goalsheet.render.entry;

import io.goalsheet.schema.Constraints;
import io.goalsheet.schema.Field;
import io.goalsheet.schema.FieldType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel data validation derived from the schema's constraints, so that mistakes are caught while
 * typing: a dropdown for every enum (through the hidden {@value #LIST_SHEET} sheet when the list is
 * too long for Excel's inline limit), number, date and length rules, an input prompt on every
 * column that explains it, and an error alert in Japanese.
 *
 * <p>Numbered columns ({@code format: ordinal}) get a dropdown of 1, 2, 3 … with a warning, not a
 * stop: ① and (1) are valid too, and Excel cannot check them, so typing one asks once and keeps it.
 */
final class Validations {

    /** The very hidden sheet holding lists too long to write inline. */
    static final String LIST_SHEET = "_lists";
    /** Excel's limits: inline list (between the quotes), prompt and alert titles, prompt and alert texts. */
    static final int MAX_INLINE_LIST = 255;
    static final int MAX_TITLE = 32;
    static final int MAX_TEXT = 255;
    /** Numbered columns offer this many numbers from their minimum when the schema sets no maximum. */
    static final int ORDINAL_CHOICES = 20;

    /**
     * A date cell holds a date (a serial from 1900-01-01 to 9999-12-31) or a date typed as eight digits,
     * 20250930, which Excel keeps as a number and goalsheet reads as that day. Excel's own date rule
     * would refuse the second, so the rule is a formula; {0} is the range's first cell. The eight digits
     * span the days the validator reads so (19000101–29991231); a day that does not exist (20250931) is
     * left to its check, which names it.
     */
    private static final String DATE_RULE =
            "AND(ISNUMBER({0}),OR(AND({0}>=1,{0}<=2958465),AND({0}>=19000101,{0}<=29991231,{0}=INT({0}))))";
    private static final String NUMBER_LIMIT = "1000000000000000";

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final DataValidationHelper helper;
    private XSSFSheet lists;
    private int listColumns;

    Validations(XSSFWorkbook workbook, XSSFSheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.helper = sheet.getDataValidationHelper();
    }

    /** The rule, prompt and alert of a column (or a metadata cell) over rows {@code firstRow..lastRow}. */
    void add(Column column, int firstRow, int lastRow, int col) {
        Field field = column.field();
        Rule rule = rule(column, new CellReference(firstRow, col).formatAsString());
        DataValidation dv = helper.createValidation(rule.constraint, new CellRangeAddressList(firstRow, lastRow, col, col));
        dv.setEmptyCellAllowed(true);
        // no setSuppressDropDownArrow: XSSF writes its argument inverted into showDropDown, whose
        // "true" hides the arrow in Excel. Left unset, every list shows its ▼.
        dv.createPromptBox(Texts.cut(field.title(), MAX_TITLE), prompt(column));
        dv.setShowPromptBox(true);
        if (rule.error != null) {
            dv.setErrorStyle(rule.warning ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
            dv.createErrorBox(Texts.get(rule.warning ? "error.title.warning" : "error.title"), Texts.cut(rule.error, MAX_TEXT));
            dv.setShowErrorBox(true);
        } else {
            dv.setShowErrorBox(false);
        }
        sheet.addValidationData(dv);
    }

    /** Only the prompt, on a header cell: selecting a title explains the column. */
    void promptOnly(Column column, int row, int col) {
        DataValidation dv = helper.createValidation(any(), new CellRangeAddressList(row, row, col, col));
        dv.createPromptBox(Texts.cut(column.field().title(), MAX_TITLE), prompt(column));
        dv.setShowPromptBox(true);
        dv.setShowErrorBox(false);
        sheet.addValidationData(dv);
    }

    private record Rule(DataValidationConstraint constraint, String error, boolean warning) {}

    /** {@code first}: the range's first cell, as relative formulas refer to it ("M6"). */
    private Rule rule(Column column, String first) {
        Field f = column.field();
        Constraints c = f.constraints();
        String title = f.title();
        return switch (column.kind()) {
            case CHOICE -> new Rule(list(c.enumValues()), Texts.get("error.enum", title, String.join("、", c.enumValues())), false);
            case ORDINAL -> new Rule(list(ordinals(c)), Texts.get("error.ordinal", title), true);
            case INTEGER -> {
                Double min = c.minimum() == null ? null : Math.ceil(c.minimum());
                Double max = c.maximum() == null ? null : Math.floor(c.maximum());
                yield new Rule(range(DataValidationConstraint.ValidationType.INTEGER, min, max, "-2147483648", "2147483647"),
                        Texts.get("error.integer", title, rangeText(min, max)), false);
            }
            case NUMBER, PERCENT -> new Rule(
                    range(DataValidationConstraint.ValidationType.DECIMAL, c.minimum(), c.maximum(), "-" + NUMBER_LIMIT, NUMBER_LIMIT),
                    Texts.get(column.kind() == Column.Kind.PERCENT ? "error.percent" : "error.number", title,
                            rangeText(c.minimum(), c.maximum())), false);
            case DATE -> new Rule(helper.createCustomConstraint(DATE_RULE.replace("{0}", first)),
                    Texts.get("error.date", title), false);
            case TEXT -> textLength(c, title);
        };
    }

    private Rule textLength(Constraints c, String title) {
        Integer min = c.minLength();
        Integer max = c.maxLength();
        if (min == null && max == null) {
            return new Rule(any(), null, false);
        }
        if (min != null && max != null) {
            return new Rule(helper.createTextLengthConstraint(OperatorType.BETWEEN, min.toString(), max.toString()),
                    Texts.get("error.length.between", title, min.toString(), max.toString()), false);
        }
        return min != null
                ? new Rule(helper.createTextLengthConstraint(OperatorType.GREATER_OR_EQUAL, min.toString(), null),
                        Texts.get("error.length.min", title, min.toString()), false)
                : new Rule(helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, max.toString(), null),
                        Texts.get("error.length.max", title, max.toString()), false);
    }

    private DataValidationConstraint range(int type, Double min, Double max, String lowest, String highest) {
        if (min != null && max != null) {
            return helper.createNumericConstraint(type, OperatorType.BETWEEN, plain(min), plain(max));
        }
        if (min != null) {
            return helper.createNumericConstraint(type, OperatorType.GREATER_OR_EQUAL, plain(min), null);
        }
        if (max != null) {
            return helper.createNumericConstraint(type, OperatorType.LESS_OR_EQUAL, plain(max), null);
        }
        return helper.createNumericConstraint(type, OperatorType.BETWEEN, lowest, highest);
    }

    private static String rangeText(Double min, Double max) {
        if (min != null && max != null) {
            return Texts.get("range.between", plain(min), plain(max));
        }
        if (min != null) {
            return Texts.get("range.min", plain(min));
        }
        return max != null ? Texts.get("range.max", plain(max)) : Texts.get("range.any");
    }

    private static List<String> ordinals(Constraints c) {
        int lo = c.minimum() == null ? 1 : (int) Math.max(Math.ceil(c.minimum()), -1_000_000);
        int hi = c.maximum() == null ? lo + ORDINAL_CHOICES - 1 : (int) Math.min(Math.floor(c.maximum()), lo + 99);
        List<String> values = new ArrayList<>();
        for (int n = lo; n <= hi; n++) {
            values.add(Integer.toString(n));
        }
        return values.isEmpty() ? List.of(Integer.toString(lo)) : values;
    }

    /** Inline when Excel allows it (≤ 255 characters, no comma or quote in a value), else a range on the list sheet. */
    private DataValidationConstraint list(List<String> values) {
        String inline = String.join(",", values);
        boolean fits = inline.length() <= MAX_INLINE_LIST
                && values.stream().noneMatch(v -> v.contains(",") || v.contains("\"") || v.isEmpty());
        if (fits) {
            return helper.createExplicitListConstraint(values.toArray(String[]::new));
        }
        return helper.createFormulaListConstraint(listRange(values));
    }

    private String listRange(List<String> values) {
        if (lists == null) {
            lists = workbook.createSheet(LIST_SHEET);
            workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
        }
        int col = listColumns++;
        int rows = Math.min(values.size(), SpreadsheetVersion.EXCEL2007.getMaxRows());
        for (int r = 0; r < rows; r++) {
            var row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
            row.createCell(col).setCellValue(values.get(r));
        }
        String letter = CellReference.convertNumToColString(col);
        return "'" + LIST_SHEET + "'!$" + letter + "$1:$" + letter + "$" + rows;
    }

    private static DataValidationConstraint any() {
        return new XSSFDataValidationConstraint(DataValidationConstraint.ValidationType.ANY, OperatorType.IGNORED, null, null);
    }

    /** 【必須】, what the column is (the schema's description), and how to type it; cut to Excel's 255. */
    private static String prompt(Column column) {
        Field f = column.field();
        StringBuilder sb = new StringBuilder();
        if (f.constraints().required()) {
            sb.append(Texts.get("prompt.required"));
        }
        sb.append(f.description() == null || f.description().isBlank()
                ? Texts.get("prompt.metadata", f.title()) : f.description().strip());
        String hint = hint(column);
        if (!hint.isEmpty()) {
            sb.append(hint);
        }
        return Texts.cut(sb.toString(), MAX_TEXT);
    }

    private static String hint(Column column) {
        Constraints c = column.field().constraints();
        return switch (column.kind()) {
            case ORDINAL -> Texts.get("prompt.hint.ordinal");
            case INTEGER -> Texts.get("prompt.hint.integer");
            case NUMBER -> Texts.get("prompt.hint.number");
            case PERCENT -> Texts.get("prompt.hint.percent");
            case DATE -> Texts.get("prompt.hint.date");
            case CHOICE -> Texts.get("prompt.hint.enum", String.join("、", c.enumValues()));
            case TEXT -> column.field().type() == FieldType.FISCAL_YEAR ? Texts.get("prompt.hint.fiscalYear")
                    : c.maxLength() != null ? Texts.get("prompt.hint.maxLength", c.maxLength().toString()) : "";
        };
    }

    /** A number as a formula and as people read it: 200, not 200.0. */
    static String plain(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
