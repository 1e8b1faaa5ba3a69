package io.goalsheet.check;

import io.goalsheet.read.Cell;
import io.goalsheet.read.NumberStyle;
import io.goalsheet.schema.FieldType;
import io.goalsheet.text.DateParse;
import io.goalsheet.text.FiscalYears;
import io.goalsheet.text.JapaneseDates;
import io.goalsheet.text.JapaneseText;
import io.goalsheet.text.Marks;
import io.goalsheet.text.Numbers;
import io.goalsheet.text.Ordinals;
import io.goalsheet.text.Percents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads one cell as a field's type, the way Japanese offices type values: full-width digits,
 * ▲ negatives, ① ordinals, 和暦 dates, look-alike marks. Pure: findings are made by the caller.
 */
final class ValueParser {

    /** Excel's last date, 9999-12-31; plain numbers above it are not date serials. */
    private static final double MAX_SERIAL = 2_958_465;
    /** The days a number typed as eight digits (yyyymmdd) may name in a date field. */
    private static final int YYYYMMDD_FIRST = 19000101;
    private static final int YYYYMMDD_LAST = 29991231;

    private final Set<String> missingValues;

    ValueParser(List<String> missingValues) {
        this.missingValues = Set.copyOf(missingValues);
    }

    Parsed parse(Cell cell, FieldType type, String format, Map<String, String> lookalikes) {
        if (cell == null) {
            return Parsed.EMPTY;
        }
        switch (cell.type()) {
            case ERROR:
                return new Parsed.Problem("formula-error", "formula-error.value", cell.text(), cell.text());
            case FORMULA_WITHOUT_VALUE:
                return new Parsed.Problem("formula-error", "formula-error.no-value", null);
            default:
                break;
        }
        if (cell.type() == io.goalsheet.read.CellType.NUMBER) {
            return number(cell, type, format);
        }
        String text = JapaneseText.trim(cell.text());
        if (text == null || missingValues.contains(text)) {
            return Parsed.EMPTY;
        }
        return switch (type) {
            case STRING -> new Parsed.Value(lookalikes.isEmpty() ? text : lookalike(text, lookalikes), text);
            case INTEGER -> integer(text, "ordinal".equals(format));
            case NUMBER -> "percent".equals(format) ? percent(text) : decimal(text);
            case DATE -> date(text);
            case FISCAL_YEAR -> fiscalYear(text);
        };
    }

    private static String lookalike(String text, Map<String, String> lookalikes) {
        String mapped = lookalikes.get(text);
        if (mapped == null) {
            mapped = lookalikes.get(JapaneseText.nfkc(text));
        }
        return mapped != null ? mapped : Marks.canonical(text, lookalikes);
    }

    private Parsed number(Cell cell, FieldType type, String format) {
        double n = cell.number();
        String shown = cell.text(); // a number cell's text is its plain decimal form, as plain(n) writes it
        if (!Double.isFinite(n) && type != FieldType.STRING) {
            return new Parsed.Problem("type", "type.number", shown, shown); // <v>1e400</v>: beyond a double
        }
        switch (type) {
            case STRING:
                return new Parsed.Value(shown, shown);
            case INTEGER:
                if (cell.style() == NumberStyle.DATE) {
                    return new Parsed.Problem("type", "type.date-in-number", shown);
                }
                if (n != Math.rint(n) || Math.abs(n) > Long.MAX_VALUE / 2.0) {
                    return new Parsed.Problem("type", "type.integer", shown, shown);
                }
                return new Parsed.Value((long) n, shown);
            case NUMBER:
                if (cell.style() == NumberStyle.DATE) {
                    return new Parsed.Problem("type", "type.date-in-number", shown);
                }
                if (cell.style() == NumberStyle.PERCENT) {
                    // what the cell shows is what the user meant: 0.605 shown as 60.5% is 60.5 points
                    double points = Percents.fromPercentFormattedNumber(n);
                    return new Parsed.Value(points, plain(points) + "%");
                }
                return new Parsed.Value(n, shown);
            case DATE:
                return serialDate(n, cell.style() == NumberStyle.DATE, shown);
            case FISCAL_YEAR:
                return fiscalYear(shown);
            default:
                throw new IllegalStateException(type.name());
        }
    }

    private static Parsed serialDate(double n, boolean dateStyled, String shown) {
        if (n == Math.rint(n) && n >= YYYYMMDD_FIRST && n <= YYYYMMDD_LAST) {
            // 20250930 typed as a number: yyyymmdd, as the same digits typed as text; only a date field reads
            // it so. Far beyond Excel's last date, it cannot be a date serial even in a cell styled as a date
            // (init's date cells are), where Excel shows it as typed (see render.entry.Styles)
            return date(shown);
        }
        if (n < 1 || n > MAX_SERIAL) {
            return new Parsed.Problem("type", "type.date", shown, shown);
        }
        LocalDate d = JapaneseDates.fromExcelSerial(n, false);
        return new Parsed.Value(d, d.toString());
    }

    private static Parsed integer(String text, boolean ordinal) {
        OptionalInt n = Ordinals.parse(text);
        if (n.isPresent() && (ordinal || isPlainDigits(text))) {
            return new Parsed.Value((long) n.getAsInt(), text);
        }
        OptionalDouble d = Numbers.parse(text);
        if (d.isPresent() && d.getAsDouble() == Math.rint(d.getAsDouble())) {
            return new Parsed.Value((long) d.getAsDouble(), text);
        }
        return new Parsed.Problem("type", ordinal ? "type.ordinal" : "type.integer", text, text);
    }

    private static boolean isPlainDigits(String text) {
        String n = JapaneseText.nfkc(text);
        return !n.isEmpty() && n.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Parsed decimal(String text) {
        OptionalDouble d = Numbers.parse(text);
        return d.isPresent()
                ? new Parsed.Value(d.getAsDouble(), text)
                : new Parsed.Problem("type", "type.number", text, text);
    }

    private static Parsed percent(String text) {
        OptionalDouble d = Percents.parse(text);
        return d.isPresent()
                ? new Parsed.Value(d.getAsDouble(), text)
                : new Parsed.Problem("type", "type.percent", text, text);
    }

    private static Parsed date(String text) {
        DateParse p = JapaneseDates.parse(text);
        if (p instanceof DateParse.Valid v) {
            return new Parsed.Value(v.date(), text);
        }
        if (p instanceof DateParse.Invalid) {
            return new Parsed.Problem("invalid-date", "invalid-date.cell", text, text);
        }
        return new Parsed.Problem("type", "type.date", text, text);
    }

    private static Parsed fiscalYear(String text) {
        OptionalInt fy = FiscalYears.parse(text);
        return fy.isPresent()
                ? new Parsed.Value(fy.getAsInt(), text)
                : new Parsed.Problem("type", "type.fiscal-year", text, text);
    }

    /** A number as people write it: no exponent, no trailing ".0". */
    static String plain(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
