package io.goalsheet.model;

import java.util.List;

/**
 * What validation found in one input file. {@code department} is null when it could not be read.
 * {@code file} is the path as the user gave it (relative where they gave it relative).
 */
public record FileResult(String file, String department, List<Finding> findings) {

    public FileResult {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    /** The file's name without its folders: how a published report names an input. */
    public String fileName() {
        return file.substring(lastSeparator() + 1);
    }

    /** The folders of {@code file} as given ("samples/2025-08"), or null for a file given without any. */
    public String folder() {
        int slash = lastSeparator();
        return slash < 0 ? null : file.substring(0, slash);
    }

    private int lastSeparator() {
        return Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    }

    /** Valid means no errors; warnings count only when strict. */
    public boolean valid(boolean strict) {
        return strict ? findings.isEmpty() : errors() == 0;
    }
}
