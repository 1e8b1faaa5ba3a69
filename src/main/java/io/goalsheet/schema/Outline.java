package io.goalsheet.schema;

import java.util.List;

/**
 * Extension: the published layout (the 重点目標一覧表 as offices keep it). One row, or a block of merged
 * rows, per goal; each cell holds many lines, numbered ①… for initiatives and (1)… for items. The
 * lines of {@code structure}'s column make the initiatives and items (the levels of {@code groups}
 * below the goal); each of {@code columns} is aligned to them by its own markers, and every aligned
 * unit becomes one record of the schema's fields, checked like a row of the entry table.
 *
 * @param searchRows       the header row (holding the titles of {@code structure} and {@code columns}) is
 *                         looked for in this many rows
 * @param goal             the field holding each goal's title: its column, or 「重点目標」 rows above the goal
 * @param evaluation       the field of the goal's mark: a column, or written beside the goal's title
 *                         (「各部署の自己評価 ○」); null when the layout has none
 * @param structure        the field whose column's markers make the initiatives and items
 * @param columns          the other text columns, aligned to the structure by their markers
 * @param optional         metadata that is required in the entry layout but read only where present here
 * @param fromHeadings     metadata that, without its label, is taken from a heading above the table
 *                         (【令和7年度重点目標】 gives 年度; 重点目標一覧表（中間報告調書） gives 報告区分)
 */
public record Outline(int searchRows, String goal, String evaluation, String structure, List<OutlineColumn> columns,
                      List<String> optional, List<String> fromHeadings) {

    public Outline {
        columns = List.copyOf(columns);
        optional = List.copyOf(optional);
        fromHeadings = List.copyOf(fromHeadings);
    }
}
