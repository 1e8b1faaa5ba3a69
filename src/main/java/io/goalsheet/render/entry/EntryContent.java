package io.goalsheet.render.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What goes into an entry workbook besides the schema: the metadata values known in advance (null
 * when the user is to fill them in), the rows already filled in (carried over from an earlier
 * period, or converted from another workbook), and how many empty rows to prepare below them.
 *
 * @param fiscalYear the starting year of the fiscal year (2025 for 令和7年度), written as 令和7年度
 * @param reportKind 報告区分 (中間報告 …)
 * @param rows       rows already filled in, each a map from field name to value (Number, String or LocalDate)
 * @param emptyRows  empty rows prepared below {@code rows}, bordered and ready to type into
 */
public record EntryContent(String department, Integer fiscalYear, LocalDate asOf, String reportKind,
                           List<Map<String, Object>> rows, int emptyRows) {

    public EntryContent {
        rows = rows.stream().map(Map::copyOf).toList();
        if (emptyRows < 0) {
            throw new IllegalArgumentException("emptyRows < 0: " + emptyRows);
        }
    }

    /** Without 報告区分. */
    public EntryContent(String department, Integer fiscalYear, LocalDate asOf, List<Map<String, Object>> rows,
                        int emptyRows) {
        this(department, fiscalYear, asOf, null, rows, emptyRows);
    }

    /** A blank workbook: no rows carried over. */
    public static EntryContent blank(String department, Integer fiscalYear, LocalDate asOf, int emptyRows) {
        return new EntryContent(department, fiscalYear, asOf, List.of(), emptyRows);
    }
}
