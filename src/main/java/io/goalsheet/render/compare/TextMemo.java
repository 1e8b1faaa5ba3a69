package io.goalsheet.render.compare;

import io.goalsheet.model.Change;
import io.goalsheet.model.Change.Kind;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentComparison;
import io.goalsheet.model.Totals;
import io.goalsheet.render.Figures;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code compare --format text}: a short memo a policy office can paste into an email — both periods,
 * the whole city in one line, then per department what moved, what was rewritten, added or dropped,
 * and what to check (a 進捗状況 copied unchanged, a count that went down). Departments without change
 * get one line.
 */
public final class TextMemo {

    /** Texts in the memo are cut to this many characters: a target or a title names the line, no more. */
    private static final int TEXT = 40;

    private final Wording w;

    public TextMemo(Wording wording) {
        this.w = wording;
    }

    public void write(Comparison c, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        String sep = w.japanese() ? "：" : ": ";
        String comma = w.japanese() ? "、" : ", ";
        out.println(w.get("title"));
        out.println();
        out.println(w.get("previous") + sep + period(c.previous()));
        out.println(w.get("current") + sep + period(c.current()));
        if (c.newPlan()) {
            out.println();
            out.println(w.get("new-plan", io.goalsheet.text.FiscalYears.label(c.previous().fiscalYear()),
                    io.goalsheet.text.FiscalYears.label(c.current().fiscalYear())));
        } else {
            List<String> overall = new ArrayList<>();
            overall.add(average(c.previous().overall(), c.current().overall(), c.averageChange()));
            int up = 0, down = 0, moved = 0, stale = 0, decreased = 0;
            for (DepartmentComparison d : c.departments()) {
                up += d.evaluationsUp();
                down += d.evaluationsDown();
                moved += d.moved();
                stale += d.count(Kind.STALE_PROGRESS);
                decreased += d.count(Kind.ACTUAL_DECREASED);
            }
            overall.add(w.get("evaluations", up, down));
            overall.add(w.get("moved", moved));
            if (stale > 0) {
                overall.add(w.get("stale", stale));
            }
            if (decreased > 0) {
                overall.add(w.get("decreased", decreased));
            }
            out.println(w.get("overall") + sep + String.join(comma, overall));
        }
        if (c.departments().isEmpty()) {
            out.println();
            out.println(w.get("memo.none"));
        }
        for (DepartmentComparison d : c.departments()) {
            out.println();
            department(out, d, c.newPlan(), comma);
        }
        out.flush();
    }

    private String period(Consolidation c) {
        String date = w.date(c.asOf());
        return c.reportKind() == null ? w.get("period.no-kind", date, c.departments().size(), c.indicatorCount())
                : w.get("period", date, c.reportKind(), c.departments().size(), c.indicatorCount());
    }

    private String average(Totals before, Totals after, Double change) {
        if (before == null || after == null || before.averageProgress() == null || after.averageProgress() == null) {
            return w.get("average.none");
        }
        if (change == null) {
            return w.get("average.layouts", Figures.percent(before.averageProgress()),
                    Figures.percent(after.averageProgress()));
        }
        return w.get("average", Figures.percent(before.averageProgress()), Figures.percent(after.averageProgress()),
                Figures.points(change));
    }

    private void department(PrintWriter out, DepartmentComparison d, boolean newPlan, String comma) {
        if (d.previous() == null) {
            out.println(w.get("department.added", d.department()));
            return;
        }
        if (d.current() == null) {
            out.println(w.get("department.dropped", d.department()));
            return;
        }
        String gap = w.japanese() ? "　" : "  ";
        if (newPlan) {
            out.println("■ " + d.department() + gap + w.get("new-plan.department", d.previous().goals().size(),
                    d.current().goals().size()) + comma + w.get("new-plan.average",
                    percentOrNone(d.previousTotals()), percentOrNone(d.currentTotals())));
            return;
        }
        out.println("■ " + d.department() + gap + average(d.previousTotals(), d.currentTotals(), d.averageChange()));
        if (d.changes().isEmpty()) {
            out.println("  " + w.get("department.unchanged"));
            return;
        }
        List<String> evaluations = new ArrayList<>();
        Map<Change.Key, List<Change>> moved = new LinkedHashMap<>();
        List<String> rewritten = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> decreased = new ArrayList<>();
        for (Change ch : d.changes()) {
            switch (ch.kind()) {
                case CHANGED -> {
                    if (ch.field().equals("evaluation")) {
                        evaluations.add(evaluation(ch));
                    } else if (ch.field().equals("actual") || ch.field().equals("progressRate")) {
                        moved.computeIfAbsent(ch.key(), k -> new ArrayList<>()).add(ch);
                    } else {
                        rewritten.add(rewritten(ch));
                    }
                }
                case ADDED -> added.add(addedOrDropped(ch, ch.current()));
                case DROPPED -> dropped.add(addedOrDropped(ch, ch.previous()));
                case STALE_PROGRESS -> stale.add(line(ch.key(), ch.key().target(), ch) );
                case ACTUAL_DECREASED -> decreased.add(line(ch.key(), ch.key().target(), ch) + sep()
                        + numbers(ch));
            }
        }
        List<String> movedLines = new ArrayList<>();
        for (List<Change> changes : moved.values()) {
            Change first = changes.get(0);
            List<String> parts = new ArrayList<>();
            for (Change ch : changes) {
                parts.add(numbers(ch));
            }
            movedLines.add(line(first.key(), first.key().target(), first) + sep() + String.join(comma, parts));
        }
        section(out, "section.evaluations", evaluations);
        section(out, "section.moved", movedLines);
        section(out, "section.changed", rewritten);
        section(out, "section.added", added);
        section(out, "section.dropped", dropped);
        section(out, "section.stale", stale);
        section(out, "section.decreased", decreased);
    }

    private String percentOrNone(Totals t) {
        return t == null || t.averageProgress() == null ? w.get("none") : Figures.percent(t.averageProgress());
    }

    private String sep() {
        return w.japanese() ? "：" : ": ";
    }

    private void section(PrintWriter out, String key, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println("  " + w.get(key) + (w.japanese() ? "（" + lines.size() + "）" : " (" + lines.size() + ")"));
        for (String l : lines) {
            out.println("  ・" + l);
        }
    }

    /** 「目標1 ①(3) LINE友だち登録者数 17,913人→20,000人」 and, for a pair that is not exact, how it was found. */
    private String line(Change.Key key, String text, Change ch) {
        String place = w.place(key);
        String s = text == null ? place : place + " " + Wording.shorten(text, TEXT);
        return s + how(ch);
    }

    private String how(Change ch) {
        if (ch.match() == Change.Match.RENUMBERED && ch.previousKey() != null) {
            return bracket(w.get("match.renumbered", w.place(ch.previousKey())));
        }
        if (ch.match() == Change.Match.SIMILAR) {
            String was = ch.previousKey() != null ? w.place(ch.previousKey()) : w.place(ch.key());
            return bracket(w.get("match.similar", was, String.format(java.util.Locale.ROOT, "%.2f", ch.similarity())));
        }
        return "";
    }

    private String bracket(String s) {
        return w.japanese() ? "（" + s + "）" : " (" + s + ")";
    }

    /** 「実績値 18,985人 → 19,175人（+190人）」 */
    private String numbers(Change ch) {
        String s = w.field(ch.field()) + " " + w.value(ch.field(), ch.previous(), ch.unit()) + " → "
                + w.value(ch.field(), ch.current(), ch.unit());
        return ch.change() == null ? s : s + bracketTight(w.change(ch.field(), ch.change(), ch.unit()));
    }

    private String bracketTight(String s) {
        return w.japanese() ? "（" + s + "）" : " (" + s + ")";
    }

    private String evaluation(Change ch) {
        String s = w.place(ch.key()) + " " + w.value("evaluation", ch.previous(), null) + " → "
                + w.value("evaluation", ch.current(), null);
        if (ch.change() != null) {
            s += bracketTight(w.get(ch.change() > 0 ? "up" : "down"));
        }
        return s + how(ch);
    }

    private String rewritten(Change ch) {
        Object before = ch.previous() instanceof String t ? quote(t) : w.value(ch.field(), ch.previous(), ch.unit());
        Object after = ch.current() instanceof String t ? quote(t) : w.value(ch.field(), ch.current(), ch.unit());
        return w.place(ch.key()) + " " + w.field(ch.field()) + sep() + before + " → " + after + how(ch);
    }

    private String addedOrDropped(Change ch, Object text) {
        String place = w.place(ch.key());
        String what = w.field(ch.field());
        String quoted = text == null ? "" : quote(Objects.toString(text));
        return (place.isEmpty() ? "" : place + " ") + what + quoted;
    }

    private String quote(String s) {
        String t = Wording.shorten(s, TEXT);
        return w.japanese() ? "「" + t + "」" : " \"" + t + "\"";
    }
}
