package io.goalsheet.check;

import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadException;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.read.SheetGrid;
import io.goalsheet.read.Workbook;
import io.goalsheet.read.WorkbookReader;
import io.goalsheet.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates one workbook against a schema: every sheet that has the table's header is one
 * department's report. Thread-safe; a batch runs one validator on several threads.
 */
public final class Validator {

    /** What one file gave: its findings, and the reports read from it (for merge and report). */
    public record Validation(FileResult result, List<DepartmentReport> reports) {}

    private final Schema schema;
    private final ReadOptions options;
    private final Messages messages;

    public Validator(Schema schema, ReadOptions options, Messages messages) {
        this.schema = schema;
        this.options = options;
        this.messages = messages;
    }

    /** @param displayName the path as shown to the user in findings */
    public Validation validate(Path file, String displayName) {
        FindingCollector out = new FindingCollector(displayName, messages);
        Workbook workbook;
        try {
            workbook = WorkbookReader.read(file, options);
        } catch (ReadException e) {
            out.file(e.kind().code(), messages.reason(e.reason(), e.args()));
            return new Validation(new FileResult(displayName, null, out.findings()), List.of());
        }
        List<DepartmentReport> reports = new ArrayList<>();
        for (SheetGrid grid : workbook.sheets()) {
            Optional<HeaderRow> header = HeaderRow.find(grid, schema);
            if (header.isPresent() && !header.get().isListOfReports(schema)) {
                reports.add(new SheetChecker(schema, grid, out).check(header.get(), displayName, true).report());
            }
        }
        if (reports.isEmpty()) {
            out.file("sheet-missing", messages.get("sheet-missing",
                    String.join("、", schema.table().identifiedBy()), String.valueOf(schema.table().searchRows())));
        }
        String department = reports.stream().map(DepartmentReport::department)
                .filter(d -> d != null).findFirst().orElse(null);
        return new Validation(new FileResult(displayName, department, out.findings()), reports);
    }
}
