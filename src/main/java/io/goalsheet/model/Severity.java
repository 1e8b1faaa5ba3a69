package io.goalsheet.model;

/** How bad a finding is. Errors fail a run; warnings fail it only with {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word used in every output format ("error", "warning"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
