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

    /**
     * What one file gave: its findings, and the reports read from it (for merge and report; empty
     * from a {@link #findingsOnly} validator).
     */
    public record Validation(FileResult result, List<DepartmentReport> reports) {}

    private final Schema schema;
    private final ReadOptions options;
    private final Messages messages;
    private final boolean withReports;
    /** Where the published layout's values go among the schema's fields; null for a schema without it. */
    private final OutlineGoal.Fields outlineFields;

    /** A validator that also gives each file's reports. */
    public Validator(Schema schema, ReadOptions options, Messages messages) {
        this(schema, options, messages, true);
    }

    private Validator(Schema schema, ReadOptions options, Messages messages, boolean withReports) {
        this.schema = schema;
        this.options = options;
        this.messages = messages;
        this.withReports = withReports;
        this.outlineFields = schema.outline() == null ? null : OutlineGoal.Fields.of(schema);
    }

    /**
     * A validator that gives findings only: no goal tree is built, which saves time and heap on
     * large sheets. The findings are the same.
     */
    public static Validator findingsOnly(Schema schema, ReadOptions options, Messages messages) {
        return new Validator(schema, options, messages, false);
    }

    /** The titles that make a published-layout header row, for the sheet-missing message. */
    private List<String> outlineTitles() {
        List<String> titles = new ArrayList<>();
        schema.field(schema.outline().structure()).ifPresent(f -> titles.add(f.title()));
        schema.outline().columns().forEach(c -> schema.field(c.field()).ifPresent(f -> titles.add(f.title())));
        return titles;
    }

    /**
     * An input that could not be read at all, such as a folder that could not be listed: one
     * file-level {@code unreadable} finding, its message {@code key} with its arguments.
     */
    public Validation unreadable(String displayName, String key, Object... args) {
        FindingCollector out = new FindingCollector(displayName, messages);
        out.file(ReadException.Kind.UNREADABLE.code(), messages.get(key, args));
        return new Validation(new FileResult(displayName, null, out.findings()), List.of());
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
        List<DepartmentReport> found = new ArrayList<>();
        String department = null;
        boolean checked = false;
        for (SheetGrid grid : workbook.sheets()) {
            Optional<HeaderRow> header = HeaderRow.find(grid, schema);
            List<SheetChecker.Result> sheets = new ArrayList<>();
            if (header.isPresent()) {
                if (!header.get().isListOfReports(schema)) {
                    sheets.add(new SheetChecker(schema, grid, out).check(header.get(), displayName, withReports));
                }
            } else {
                OutlineSheet.find(grid, schema).ifPresent(o -> sheets.addAll(OutlineReader.check(o, schema, outlineFields, out,
                        displayName, withReports)));
            }
            for (SheetChecker.Result sheet : sheets) {
                checked = true;
                if (department == null) {
                    department = sheet.department();
                }
                if (sheet.report() != null) {
                    found.add(sheet.report());
                }
            }
        }
        if (!checked) {
            String titles = String.join("、", schema.table().identifiedBy());
            out.file("sheet-missing", schema.outline() == null
                    ? messages.get("sheet-missing", titles, schema.table().searchRows())
                    : messages.get("sheet-missing.either", titles, schema.table().searchRows(),
                            String.join("、", outlineTitles())));
        }
        return new Validation(new FileResult(displayName, department, out.findings()), found);
    }
}
