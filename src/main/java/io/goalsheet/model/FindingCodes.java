package io.goalsheet.model;

import java.util.List;
import java.util.Set;

/**
 * Every finding code (PRODUCT.md §3 and goalsheet's additions) and the severity each has by
 * default: the one list that renderers, bundles and the README follow.
 */
public final class FindingCodes {

    public static final List<String> ALL = List.of(
            "unreadable", "unsupported-format", "encrypted", "too-large", "sheet-missing",
            "metadata-missing", "column-missing", "unknown-column", "required", "type", "enum",
            "pattern", "min-length", "max-length", "minimum", "maximum", "invalid-date",
            "out-of-period", "inconsistent", "duplicate", "sequence", "outline-mismatch", "formula-error",
            "progress-mismatch", "duplicate-department", "period-mismatch",
            // compare and --previous: warnings about a pair of periods (see Change.Kind)
            "stale-progress", "actual-decreased");

    private static final Set<String> WARNINGS =
            Set.of("unknown-column", "out-of-period", "sequence", "progress-mismatch", "stale-progress",
                    "actual-decreased");

    private FindingCodes() {}

    /** The code's usual severity; {@code seen} decides for a code this version does not know. */
    public static Severity defaultSeverity(String code, Severity seen) {
        if (WARNINGS.contains(code)) {
            return Severity.WARNING;
        }
        return ALL.contains(code) ? Severity.ERROR : seen;
    }
}
