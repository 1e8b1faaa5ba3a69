package io.goalsheet.check;

import io.goalsheet.model.Finding;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Severity;
import io.goalsheet.read.CellAddress;
import java.util.ArrayList;
import java.util.List;

/** Builds findings for one file, filling in the location and the localised message. */
final class FindingCollector {

    private final String file;
    private final Messages messages;
    private final List<Finding> findings;
    /** Where the cells of a rebuilt table really are, or null when the sheet's own cells are checked. */
    private final CellPlaces places;

    FindingCollector(String file, Messages messages) {
        this(file, messages, new ArrayList<>(), null);
    }

    private FindingCollector(String file, Messages messages, List<Finding> findings, CellPlaces places) {
        this.file = file;
        this.messages = messages;
        this.findings = findings;
        this.places = places;
    }

    Messages messages() {
        return messages;
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * A collector into these same findings that reports a cell of a rebuilt table at the sheet cell
     * and line that held its value.
     */
    FindingCollector at(CellPlaces rebuilt) {
        return new FindingCollector(file, messages, findings, rebuilt);
    }

    /** A collector for the same file whose findings are held back until {@link #append}ed here. */
    FindingCollector buffer() {
        return new FindingCollector(file, messages, new ArrayList<>(), places);
    }

    void append(FindingCollector held) {
        findings.addAll(held.findings);
    }

    void file(String code, String message) {
        findings.add(new Finding(Severity.ERROR, code, file, null, null, null, null, null, null, message));
    }

    /** A finding about a whole sheet (no cell). */
    void sheet(Severity severity, String code, String sheet, String key, Object... args) {
        findings.add(new Finding(severity, code, file, sheet, null, null, null, null, null, messages.get(key, args)));
    }

    /** A finding at one cell; row and col are 0-based. */
    void cell(Severity severity, String code, String sheet, int row, int col, String field, String value,
              String key, Object... args) {
        cellAt(severity, code, sheet, row, col, 0, field, value, key, args);
    }

    /**
     * A finding at the text that starts at {@code offset} in one cell's value (a date inside free text):
     * the same cell, unless the value was gathered from several lines of the sheet.
     */
    void cellAt(Severity severity, String code, String sheet, int row, int col, int offset, String field,
                String value, String key, Object... args) {
        Integer line = null;
        if (places != null) {
            if ("required".equals(code) && places.explained(row, col)) {
                return;
            }
            CellPlaces.Place p = places.at(row, col, offset);
            row = p.row();
            col = p.col();
            line = p.line();
        }
        findings.add(new Finding(severity, code, file, sheet, CellAddress.a1(row, col), row + 1,
                CellAddress.column(col), line, field, value, messages.get(key, args)));
    }

    /** A finding at a sheet cell and the 1-based line in it (null for the whole cell). */
    void line(Severity severity, String code, String sheet, int row, int col, Integer line, String field,
              String value, String key, Object... args) {
        findings.add(new Finding(severity, code, file, sheet, CellAddress.a1(row, col), row + 1,
                CellAddress.column(col), line, field, value, messages.get(key, args)));
    }
}
