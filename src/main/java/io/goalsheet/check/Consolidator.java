package io.goalsheet.check;

import io.goalsheet.check.Validator.Validation;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Severity;
import io.goalsheet.model.Totals;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.text.FiscalYears;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes one consolidation of validated inputs: one period, each department once, in the
 * template's order. Problems across files (a department twice, another period) become findings on
 * the file concerned, so they are reported like every other finding.
 */
public final class Consolidator {

    /**
     * The outcome: the consolidation, or null when an error stops it; every file's findings; and why the
     * whole batch is refused, when it is (null otherwise).
     */
    public record Outcome(Consolidation consolidation, List<FileResult> results, String refusal) {

        public boolean ok() {
            return consolidation != null;
        }
    }

    private final ReportTemplate template;
    private final Messages messages;

    public Consolidator(ReportTemplate template, Messages messages) {
        this.template = template;
        this.messages = messages;
    }

    public Outcome consolidate(List<Validation> validations, boolean skipInvalid) {
        Map<String, List<Finding>> extra = new LinkedHashMap<>();
        validations.forEach(v -> extra.put(v.result().file(), new ArrayList<>()));
        List<Validation> usable = validations.stream().filter(v -> v.result().errors() == 0).toList();

        // the period is the one most inputs agree on; the others are told which they differ from. A
        // published-layout sheet may have no 報告時点: it takes the others' of its fiscal year.
        Map<List<Object>, Integer> periods = new LinkedHashMap<>();
        for (Validation v : usable) {
            for (DepartmentReport r : v.reports()) {
                if (r.asOf() != null) {
                    periods.merge(period(r), 1, Integer::sum);
                }
            }
        }
        List<Object> period = periods.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        // Two periods each held by several reports are two batches mixed up (August's folder given with
        // September's), not a straggler: which one to publish is the user's call, whatever --skip-invalid says.
        String refusal = mixedPeriods(usable, periods);
        Map<String, DepartmentReport> byDepartment = new HashMap<>();
        for (Validation v : usable) {
            for (DepartmentReport r : v.reports()) {
                List<Finding> f = extra.get(v.result().file());
                if (r.asOf() == null && period == null) {
                    f.add(fileError(r, "metadata-missing", "consolidate.as-of-missing"));
                    continue;
                }
                boolean samePeriod = period(r).equals(period)
                        || (r.asOf() == null && Objects.equals(r.fiscalYear(), period.get(0)));
                if (!samePeriod) {
                    f.add(fileError(r, "period-mismatch", "period-mismatch", describe(period(r)), describe(period)));
                    continue;
                }
                DepartmentReport first = byDepartment.putIfAbsent(r.department(), r);
                if (first != null) {
                    f.add(fileError(r, "duplicate-department", "duplicate-department", r.department(),
                            describe(period), first.file() + "（" + first.sheet() + "）", r.file() + "（" + r.sheet() + "）"));
                }
            }
        }
        List<FileResult> results = new ArrayList<>();
        List<FileResult> skipped = new ArrayList<>();
        boolean errors = false;
        for (Validation v : validations) {
            List<Finding> all = new ArrayList<>(v.result().findings());
            all.addAll(extra.get(v.result().file()));
            FileResult r = new FileResult(v.result().file(), v.result().department(), all);
            results.add(r);
            if (r.errors() > 0) {
                if (skipInvalid) {
                    skipped.add(r);
                } else {
                    errors = true;
                }
            }
        }
        if (errors || period == null || refusal != null) {
            return new Outcome(null, results, refusal);
        }
        List<DepartmentReport> departments = new ArrayList<>();
        for (int i = 0; i < validations.size(); i++) {
            if (results.get(i).errors() == 0) {
                for (DepartmentReport r : validations.get(i).reports()) {
                    // a sheet without 報告時点 is a report of the consolidation's date, and every output says so
                    departments.add(r.asOf() != null ? r : new DepartmentReport(r.file(), r.sheet(), r.department(),
                            r.fiscalYear(), (LocalDate) period.get(1), r.reportKind(), r.layout(), r.goals()));
                }
            }
        }
        // template order first, then the rest in input order (a stable sort keeps it)
        List<String> order = template.departmentOrder();
        departments.sort(Comparator.comparingInt(d -> {
            int i = order.indexOf(d.department());
            return i < 0 ? order.size() : i;
        }));
        int fiscalYear = (Integer) period.get(0);
        LocalDate asOf = (LocalDate) period.get(1);
        double threshold = template.onTrackPercent() != null ? template.onTrackPercent() : elapsed(fiscalYear, asOf);
        List<Totals> totals = departments.stream().map(d -> Totals.of(d, threshold)).toList();
        String kind = departments.stream().map(DepartmentReport::reportKind).filter(Objects::nonNull).findFirst().orElse(null);
        return new Outcome(new Consolidation(fiscalYear, asOf, kind, departments, totals, Totals.sum(totals), threshold,
                results, skipped), results, null);
    }

    /** The message refusing inputs of two or more periods held by two reports or more each; null when not so. */
    private String mixedPeriods(List<Validation> usable, Map<List<Object>, Integer> periods) {
        List<List<Object>> groups = periods.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .sorted(Comparator.comparing((List<Object> p) -> (LocalDate) p.get(1))).toList();
        if (groups.size() < 2) {
            return null;
        }
        List<String> described = new ArrayList<>();
        for (List<Object> g : groups) {
            List<FileResult> files = new ArrayList<>();
            for (Validation v : usable) {
                if (v.reports().stream().anyMatch(r -> period(r).equals(g))) {
                    files.add(v.result());
                }
            }
            described.add(messages.get("consolidate.period-group", describe(g), periods.get(g),
                    where(files)));
        }
        return messages.get("consolidate.periods-mixed", groups.size(), String.join(Messages.isJapanese(messages.locale()) ? "、" : "; ", described));
    }

    /** The folder the files share ("samples/2025-08/"), or the first file and how many more. */
    private String where(List<FileResult> files) {
        String dir = files.get(0).folder();
        for (FileResult f : files) {
            if (!Objects.equals(f.folder(), dir)) {
                return messages.get("consolidate.files-and-more", files.get(0).file(), files.size() - 1);
            }
        }
        return dir == null ? "./" : dir + "/";
    }

    /** The share of the fiscal year elapsed at the report date, in percent (50.1 at 9月30日). */
    static double elapsed(int fiscalYear, LocalDate asOf) {
        LocalDate start = FiscalYears.start(fiscalYear);
        long days = ChronoUnit.DAYS.between(start, FiscalYears.end(fiscalYear)) + 1;
        long done = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, asOf) + 1));
        return Math.round(1000.0 * done / days) / 10.0;
    }

    private static List<Object> period(DepartmentReport r) {
        return java.util.Arrays.asList(r.fiscalYear(), r.asOf());
    }

    private String describe(List<Object> period) {
        if (period == null) {
            return "";
        }
        String fy = period.get(0) == null ? "?" : FiscalYears.label((Integer) period.get(0));
        return fy + " " + (period.get(1) == null ? "?" : period.get(1));
    }

    private Finding fileError(DepartmentReport r, String code, String key, Object... args) {
        return new Finding(Severity.ERROR, code, r.file(), r.sheet(), null, null, null, null, r.department(),
                messages.get(key, args));
    }
}
