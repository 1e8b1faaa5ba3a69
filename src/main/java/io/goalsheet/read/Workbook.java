package io.goalsheet.read;

import java.util.List;

/** The visible sheets of one workbook, in workbook order. */
public record Workbook(List<SheetGrid> sheets) {

    public Workbook {
        sheets = List.copyOf(sheets);
    }
}
