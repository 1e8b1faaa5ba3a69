package io.goalsheet.render.pdf;

import io.goalsheet.check.Consolidator;
import io.goalsheet.check.Validator;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Item;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Totals;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.schema.ReportTemplateLoader;
import io.goalsheet.schema.SchemaLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Consolidations to render in tests: the seed sample as validate and consolidate make it, and copies of it. */
final class Reports {

    static final Path SEED = Path.of("samples/2025-09/政策企画部.xlsx");
    static final Instant CREATED = Instant.parse("2025-10-01T00:00:00Z");

    /** Department names for many-department runs (the template's order, then more). */
    static final List<String> NAMES = List.of("政策企画部", "総務部", "財政部", "市民まちづくり推進部", "環境部",
            "産業振興部", "文化スポーツ観光部", "健康こども未来部", "福祉部", "都市建設部", "上下水道局", "消防部",
            "教育委員会", "会計課", "議会事務局", "選挙管理委員会事務局", "監査委員事務局", "農業委員会事務局",
            "丸子地域自治センター", "真田地域自治センター", "武石地域自治センター", "危機管理防災課", "人権男女共同参画課",
            "市民課", "税務課", "納税課", "生活環境課", "廃棄物対策課", "商工課", "観光シティプロモーション課");

    private Reports() {}

    static ReportTemplate template() {
        return ReportTemplateLoader.loadBuiltIn();
    }

    static Consolidation seed() {
        return consolidate(List.of(SEED), false);
    }

    static Consolidation consolidate(List<Path> files, boolean skipInvalid) {
        Messages messages = Messages.forLocale(Locale.JAPANESE);
        Validator validator = new Validator(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(), messages);
        List<Validator.Validation> validations = new ArrayList<>();
        for (Path f : files) {
            validations.add(validator.validate(f, f.getFileName().toString()));
        }
        Consolidator.Outcome outcome = new Consolidator(template(), messages).consolidate(validations, skipInvalid);
        if (!outcome.ok()) {
            throw new IllegalStateException("not consolidated: " + outcome.results());
        }
        return outcome.consolidation();
    }

    /**
     * The seed's department copied under {@code n} names, with their totals. The copies differ: each
     * keeps one to four of the seed's goals and rates them differently (◎ ○ △ × or none), so that
     * the summary and its chart have something to show.
     */
    static Consolidation departments(int n) {
        Consolidation seed = seed();
        DepartmentReport d = seed.departments().get(0);
        List<DepartmentReport> copies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = i < NAMES.size() ? NAMES.get(i) : "部局" + (i + 1);
            List<Goal> goals = new ArrayList<>();
            int keep = i == 0 ? d.goals().size() : 1 + (i * 7) % d.goals().size();
            for (int g = 0; g < keep; g++) {
                Goal goal = d.goals().get(g);
                int m = (g + i) % 5;
                goals.add(new Goal(goal.number(), goal.title(), i == 0 ? goal.evaluation() : m < 4 ? Totals.MARKS.get(m) : null,
                        goal.initiatives()));
            }
            copies.add(new DepartmentReport(name + ".xlsx", d.sheet(), name, d.fiscalYear(), d.asOf(), d.reportKind(),
                    goals));
        }
        List<Totals> totals = copies.stream().map(r -> Totals.of(r, seed.onTrackThreshold())).toList();
        return new Consolidation(seed.fiscalYear(), seed.asOf(), seed.reportKind(), copies, totals, Totals.sum(totals),
                seed.onTrackThreshold(), seed.results(), seed.skipped());
    }

    /**
     * The seed with one progress text made very long (longer than a page), to see how a long row
     * splits across pages.
     */
    static Consolidation longProgress(int repeat) {
        Consolidation seed = seed();
        DepartmentReport d = seed.departments().get(0);
        List<Goal> goals = new ArrayList<>(d.goals());
        Goal g = goals.get(1);
        Initiative ini = g.initiatives().get(0);
        Item item = ini.items().get(1);
        Indicator ind = item.indicators().get(0);
        String text = String.join("\n", java.util.Collections.nCopies(repeat,
                "各課からの実績及び評価を基にヒアリングを実施し、進捗状況に併せてロードマップを修正中。審議会へ諮りホームページでの公開を予定"));
        Indicator longer = new Indicator(ind.row(), ind.target(), ind.baseline(), ind.targetValue(), ind.actual(), ind.unit(),
                ind.deadline(), text, ind.progressRate(), ind.progressComputed());
        List<Item> items = new ArrayList<>(ini.items());
        items.set(1, new Item(item.number(), item.title(), List.of(longer)));
        List<Initiative> inis = new ArrayList<>(g.initiatives());
        inis.set(0, new Initiative(ini.number(), ini.title(), items));
        goals.set(1, new Goal(g.number(), g.title(), g.evaluation(), inis));
        DepartmentReport changed = new DepartmentReport(d.file(), d.sheet(), d.department(), d.fiscalYear(), d.asOf(),
                d.reportKind(), goals);
        List<Totals> totals = List.of(Totals.of(changed, seed.onTrackThreshold()));
        return new Consolidation(seed.fiscalYear(), seed.asOf(), seed.reportKind(), List.of(changed), totals,
                Totals.sum(totals), seed.onTrackThreshold(), seed.results(), seed.skipped());
    }

    static byte[] render(Consolidation c) {
        return render(c, new PdfOptions(null, CREATED, null));
    }

    static byte[] render(Consolidation c, PdfOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfReport(template(), options).write(c, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
