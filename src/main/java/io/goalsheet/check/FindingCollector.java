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
    private final List<Finding> findings = new ArrayList<>();

    FindingCollector(String file, Messages messages) {
        this.file = file;
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    List<Finding> findings() {
        return findings;
    }

    /** A collector for the same file whose findings are held back until {@link #append}ed here. */
    FindingCollector buffer() {
        return new FindingCollector(file, messages);
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
        findings.add(new Finding(severity, code, file, sheet, CellAddress.a1(row, col), row + 1,
                CellAddress.column(col), field, value, messages.get(key, args)));
    }
}
