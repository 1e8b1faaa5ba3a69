package io.goalsheet.model;

import java.util.List;

/** Everything one validation run found, in input order (sorted by path). */
public record ValidationReport(String schema, List<FileResult> files, boolean strict) {

    public ValidationReport {
        files = List.copyOf(files);
    }

    public Summary summary() {
        int valid = (int) files.stream().filter(f -> f.valid(strict)).count();
        long errors = files.stream().mapToLong(FileResult::errors).sum();
        long warnings = files.stream().mapToLong(FileResult::warnings).sum();
        return new Summary(files.size(), valid, files.size() - valid, errors, warnings);
    }

    public boolean valid() {
        return files.stream().allMatch(f -> f.valid(strict));
    }

    public record Summary(int files, int valid, int invalid, long errors, long warnings) {}
}
