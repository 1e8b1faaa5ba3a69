package io.goalsheet.check;

import io.goalsheet.model.CellRef;
import io.goalsheet.model.Change;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.DepartmentComparison;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.IndicatorRow;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Severity;
import io.goalsheet.read.CellAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The warnings of a comparison with the previous period ({@code stale-progress}, {@code actual-decreased})
 * as findings of the current period's files, at the cell (and line) that holds the 進捗状況 or 実績値:
 * {@code validate --previous} lists them with the other findings, so they can be sent back with them.
 */
public final class PeriodWarnings {

    private PeriodWarnings() {}

    /**
     * The findings per file (as its name is shown), in the order of the comparison's changes. A cell that
     * several indicators share (a 進捗状況 merged over their rows) gets one finding, as for any check.
     */
    public static Map<String, List<Finding>> of(Comparison comparison, Messages messages) {
        Map<String, List<Finding>> byFile = new HashMap<>();
        Set<List<Object>> seen = new HashSet<>();
        String since = comparison.previous().asOf().toString();
        for (DepartmentComparison d : comparison.departments()) {
            DepartmentReport now = d.current();
            if (now == null) {
                continue;
            }
            Map<Change.Key, Indicator> indicators = new HashMap<>();
            for (IndicatorRow r : now.rows()) {
                indicators.putIfAbsent(Change.Key.of(r), r.indicator());
            }
            for (Change ch : d.changes()) {
                if (!ch.kind().isWarning()) {
                    continue;
                }
                Finding f = finding(now, indicators.get(ch.key()), ch, since, messages);
                if (f.cell() == null || seen.add(List.of(f.code(), now.file(), now.sheet(), f.cell(),
                        f.line() == null ? 0 : f.line()))) {
                    byFile.computeIfAbsent(now.file(), k -> new ArrayList<>()).add(f);
                }
            }
        }
        return byFile;
    }

    private static Finding finding(DepartmentReport now, Indicator indicator, Change ch, String since, Messages messages) {
        boolean stale = ch.kind() == Change.Kind.STALE_PROGRESS;
        String unit = ch.unit() == null ? "" : ch.unit();
        String message = stale
                ? messages.get("stale-progress.previous", since)
                : messages.get("actual-decreased.previous", since, figure(ch.previous()), figure(ch.current()), unit);
        CellRef cell = indicator == null ? null : stale ? indicator.progressAt() : indicator.actualAt();
        String value = stale ? (String) ch.current() : figure(ch.current()) + unit;
        if (cell == null) { // a report made, not read: the sheet only
            return new Finding(Severity.WARNING, ch.kind().code(), now.file(), now.sheet(), null, null, null, null,
                    ch.field(), value, message);
        }
        return new Finding(Severity.WARNING, ch.kind().code(), now.file(), now.sheet(), CellAddress.a1(cell.row(), cell.col()),
                cell.row() + 1, CellAddress.column(cell.col()), cell.line(), ch.field(), value, message);
    }

    private static String figure(Object v) {
        return v instanceof Double d ? ValueParser.plain(d) : String.valueOf(v);
    }
}
