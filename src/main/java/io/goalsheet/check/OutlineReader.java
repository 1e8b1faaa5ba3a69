package io.goalsheet.check;

import io.goalsheet.schema.Outline;
import io.goalsheet.schema.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Reads a published-layout sheet: each department's part becomes a {@link RecordTable} of records,
 * its metadata is read from the sheet, and the table is checked as an entry table would be, every
 * finding reported at the sheet cell and line that held the value.
 */
final class OutlineReader {

    private OutlineReader() {}

    static List<SheetChecker.Result> check(OutlineSheet sheet, Schema schema, OutlineGoal.Fields fields,
                                           FindingCollector out, String file, boolean assemble) {
        Outline outline = schema.outline();
        ValueParser parser = new ValueParser(schema.missingValues());
        String name = sheet.grid().name();
        List<SheetChecker.Result> results = new ArrayList<>();
        List<OutlineSheet.Part> parts = sheet.parts();
        int top = Math.min(sheet.columns().header(), parts.get(0).labelRow() < 0 ? Integer.MAX_VALUE
                : parts.get(0).labelRow());
        for (OutlineSheet.Part part : parts) {
            List<OutlineSheet.Block> blocks = sheet.blocks(part);
            int firstGoal = blocks.isEmpty() ? part.lastRow() + 1 : blocks.get(0).firstRow();
            int from = part.labelRow() < 0 ? 0 : part.labelRow();
            List<int[]> ranges = List.of(new int[] {from, firstGoal}, new int[] {0, top});
            Metadata metadata = Metadata.read(sheet.grid(), ranges, new HashSet<>(outline.optional()),
                    new HashSet<>(outline.fromHeadings()), schema, parser, out, name);
            RecordTable table = new RecordTable(name, schema);
            FindingCollector structure = out.buffer();
            int goalNo = 0;
            for (OutlineSheet.Block block : blocks) {
                goalNo = new OutlineGoal(sheet, schema, fields, block, structure).addTo(table, goalNo);
            }
            out.append(structure);
            // the table's header is its first row, a column per field
            HeaderRow header = new HeaderRow(0, java.util.stream.IntStream.range(0, schema.fields().size()).toArray(),
                    List.of(), List.of());
            results.add(new SheetChecker(schema, table, out.at(table)).check(header, file, assemble, metadata, table));
        }
        return results;
    }
}
