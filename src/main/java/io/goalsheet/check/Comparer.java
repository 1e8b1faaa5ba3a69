package io.goalsheet.check;

import io.goalsheet.model.Change;
import io.goalsheet.model.Change.Key;
import io.goalsheet.model.Change.Kind;
import io.goalsheet.model.Change.Match;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentComparison;
import io.goalsheet.model.DepartmentComparison.Pair;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.IndicatorRow;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Totals;
import io.goalsheet.text.FiscalYears;
import io.goalsheet.text.JapaneseText;
import io.goalsheet.text.Similarity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sets two periods of the same departments side by side. Departments are paired by name. Within a
 * department an indicator is paired first by its goal, initiative and item numbers and its
 * 期限・数値目標等; what is left, by its texts: a pair whose targets are alike (Dice coefficient of
 * character bigrams ≥ {@value #TARGET_ALIKE}) and whose goal, initiative and item titles are alike
 * (≥ {@value #CONTEXT_ALIKE}), the most alike pairs first. Goals and initiatives are paired by the
 * indicators they share, else by the same title. Two fiscal years are a new plan: nothing below the
 * department is paired.
 */
public final class Comparer {

    static final double TARGET_ALIKE = 0.7;
    static final double CONTEXT_ALIKE = 0.5;
    /** Beyond this many unpaired pairs in one department, only identical texts pair (the rule is quadratic). */
    private static final long MAX_TEXT_PAIRS = 1_000_000;

    /** 自己評価 best first; the change of an evaluation is the difference of ranks (positive: better). */
    private static final List<String> MARKS = Totals.MARKS;

    private final Messages messages;

    public Comparer(Messages messages) {
        this.messages = messages;
    }

    /**
     * Why these two periods cannot be compared (the previous one is not earlier, or more than a fiscal
     * year lies between them), or null when they can.
     */
    public String periodProblem(Consolidation previous, Consolidation current) {
        if (!previous.asOf().isBefore(current.asOf())) {
            return messages.get("compare.not-earlier", previous.asOf(), current.asOf());
        }
        int years = current.fiscalYear() - previous.fiscalYear();
        if (years != 0 && years != 1) {
            return messages.get("compare.years-apart", FiscalYears.label(previous.fiscalYear()),
                    FiscalYears.label(current.fiscalYear()));
        }
        return null;
    }

    /** @throws IllegalArgumentException when {@link #periodProblem} has something to say */
    public Comparison compare(Consolidation previous, Consolidation current) {
        String problem = periodProblem(previous, current);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        boolean newPlan = current.fiscalYear() != previous.fiscalYear();
        Map<String, Integer> before = new LinkedHashMap<>();
        for (int i = 0; i < previous.departments().size(); i++) {
            before.putIfAbsent(JapaneseText.fold(previous.departments().get(i).department()), i);
        }
        List<DepartmentComparison> out = new ArrayList<>();
        for (int i = 0; i < current.departments().size(); i++) {
            DepartmentReport now = current.departments().get(i);
            Integer j = before.remove(JapaneseText.fold(now.department()));
            if (j == null) {
                out.add(new DepartmentComparison(now.department(), null, now, null, current.totals().get(i),
                        List.of(department(Kind.ADDED, now.department())), List.of()));
                continue;
            }
            DepartmentReport then = previous.departments().get(j);
            Totals thenTotals = previous.totals().get(j);
            if (newPlan) {
                out.add(new DepartmentComparison(now.department(), then, now, thenTotals, current.totals().get(i),
                        List.of(), List.of()));
            } else {
                out.add(new Department(now.department(), then, now, previous.asOf().isBefore(current.asOf()))
                        .compare(thenTotals, current.totals().get(i)));
            }
        }
        for (int j : before.values()) {
            DepartmentReport then = previous.departments().get(j);
            out.add(new DepartmentComparison(then.department(), then, null, previous.totals().get(j), null,
                    List.of(department(Kind.DROPPED, then.department())), List.of()));
        }
        return new Comparison(previous, current, newPlan, out);
    }

    private static Change department(Kind kind, String name) {
        return new Change(kind, name, null, null, null, 1, "department", kind == Kind.DROPPED ? name : null,
                kind == Kind.ADDED ? name : null, null, null);
    }

    /** One department present in both periods of one fiscal year. */
    private static final class Department {
        private final String name;
        private final DepartmentReport then;
        private final DepartmentReport now;
        private final boolean movedOn;
        private final List<IndicatorRow> before;
        private final List<IndicatorRow> after;
        /** index in {@code after} → index in {@code before}, and how */
        private final Map<Integer, Integer> pairedTo = new HashMap<>();
        private final Map<Integer, Match> matchOf = new HashMap<>();
        private final Map<Integer, Double> similarityOf = new HashMap<>();
        private final Map<Goal, Goal> goalOf = new IdentityHashMap<>();
        private final Map<Initiative, Initiative> initiativeOf = new IdentityHashMap<>();
        private final List<Change> changes = new ArrayList<>();

        Department(String name, DepartmentReport then, DepartmentReport now, boolean movedOn) {
            this.name = name;
            this.then = then;
            this.now = now;
            this.movedOn = movedOn;
            this.before = then.rows();
            this.after = now.rows();
        }

        DepartmentComparison compare(Totals thenTotals, Totals nowTotals) {
            pairByKey();
            pairByText();
            pairGoals();
            pairInitiatives();
            List<Pair> pairs = new ArrayList<>();
            pairedTo.forEach((a, b) -> pairs.add(new Pair(before.get(b), after.get(a), matchOf.get(a), similarityOf.get(a))));
            describe();
            return new DepartmentComparison(name, then, now, thenTotals, nowTotals, changes, pairs);
        }

        private static List<Object> key(IndicatorRow r) {
            return java.util.Arrays.asList(r.goal().number(), r.initiative().number(), r.item().number(),
                    Similarity.key(r.indicator().target()));
        }

        private void pairByKey() {
            Map<List<Object>, ArrayDeque<Integer>> byKey = new HashMap<>();
            for (int b = 0; b < before.size(); b++) {
                byKey.computeIfAbsent(key(before.get(b)), k -> new ArrayDeque<>()).add(b);
            }
            for (int a = 0; a < after.size(); a++) {
                ArrayDeque<Integer> q = byKey.get(key(after.get(a)));
                if (q != null && !q.isEmpty()) {
                    pair(a, q.poll(), Match.EXACT, 1);
                }
            }
        }

        private void pair(int a, int b, Match match, double similarity) {
            pairedTo.put(a, b);
            matchOf.put(a, match);
            similarityOf.put(a, similarity);
        }

        private static String context(IndicatorRow r) {
            return r.goal().title() + "\n" + r.initiative().title() + "\n" + Objects.toString(r.item().title(), "");
        }

        private record Candidate(int after, int before, double target, double context) {
            double score() {
                return target + context;
            }
        }

        private void pairByText() {
            List<Integer> freeAfter = new ArrayList<>();
            for (int a = 0; a < after.size(); a++) {
                if (!pairedTo.containsKey(a)) {
                    freeAfter.add(a);
                }
            }
            java.util.Set<Integer> taken = new java.util.HashSet<>(pairedTo.values());
            List<Integer> freeBefore = new ArrayList<>();
            for (int b = 0; b < before.size(); b++) {
                if (!taken.contains(b)) {
                    freeBefore.add(b);
                }
            }
            if (freeAfter.isEmpty() || freeBefore.isEmpty()) {
                return;
            }
            List<Candidate> candidates = new ArrayList<>();
            if ((long) freeAfter.size() * freeBefore.size() > MAX_TEXT_PAIRS) {
                Map<String, ArrayDeque<Integer>> same = new HashMap<>();
                for (int b : freeBefore) {
                    same.computeIfAbsent(texts(before.get(b)), k -> new ArrayDeque<>()).add(b);
                }
                for (int a : freeAfter) {
                    ArrayDeque<Integer> q = same.get(texts(after.get(a)));
                    if (q != null && !q.isEmpty()) {
                        candidates.add(new Candidate(a, q.poll(), 1, 1));
                    }
                }
            } else {
                for (int a : freeAfter) {
                    for (int b : freeBefore) {
                        double t = Similarity.dice(after.get(a).indicator().target(), before.get(b).indicator().target());
                        if (t < TARGET_ALIKE) {
                            continue;
                        }
                        double c = Similarity.dice(context(after.get(a)), context(before.get(b)));
                        if (c >= CONTEXT_ALIKE) {
                            candidates.add(new Candidate(a, b, t, c));
                        }
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                    .thenComparingInt(Candidate::before).thenComparingInt(Candidate::after));
            java.util.Set<Integer> used = new java.util.HashSet<>();
            for (Candidate c : candidates) {
                if (!pairedTo.containsKey(c.after()) && used.add(c.before())) {
                    boolean same = c.target() == 1 && c.context() == 1;
                    pair(c.after(), c.before(), same ? Match.RENUMBERED : Match.SIMILAR,
                            same ? 1 : Math.min(c.target(), c.context()));
                }
            }
        }

        private static String texts(IndicatorRow r) {
            return Similarity.key(context(r) + "\n" + r.indicator().target());
        }

        /** Goals sharing the most paired indicators are one goal; the rest by an identical title. */
        private void pairGoals() {
            pairParents(r -> r.goal(), goalOf, null);
            for (Goal g : now.goals()) {
                if (!goalOf.containsKey(g)) {
                    for (Goal p : then.goals()) {
                        if (!goalOf.containsValue(p) && Similarity.sameText(p.title(), g.title())) {
                            goalOf.put(g, p);
                            break;
                        }
                    }
                }
            }
        }

        /** Initiatives within paired goals, like goals. */
        private void pairInitiatives() {
            pairParents(r -> r.initiative(), initiativeOf, r -> r.goal());
            for (Map.Entry<Goal, Goal> e : goalOf.entrySet()) {
                for (Initiative i : e.getKey().initiatives()) {
                    if (initiativeOf.containsKey(i)) {
                        continue;
                    }
                    for (Initiative p : e.getValue().initiatives()) {
                        if (!initiativeOf.containsValue(p)
                                && Similarity.sameText(p.title(), i.title())) {
                            initiativeOf.put(i, p);
                            break;
                        }
                    }
                }
            }
        }

        /**
         * Pairs the parents (goals or initiatives) of paired indicators by how many they share, most first;
         * with {@code within}, only parents whose own parents are paired.
         */
        private <T> void pairParents(Function<IndicatorRow, T> parent, Map<T, T> out,
                                     Function<IndicatorRow, Goal> within) {
            Map<T, Map<T, Integer>> votes = new IdentityHashMap<>();
            Map<T, Integer> order = new IdentityHashMap<>();
            for (Map.Entry<Integer, Integer> e : pairedTo.entrySet()) {
                IndicatorRow a = after.get(e.getKey());
                IndicatorRow b = before.get(e.getValue());
                if (within != null && goalOf.get(within.apply(a)) != within.apply(b)) {
                    continue;
                }
                order.putIfAbsent(parent.apply(a), e.getKey());
                votes.computeIfAbsent(parent.apply(a), k -> new IdentityHashMap<>()).merge(parent.apply(b), 1, Integer::sum);
            }
            record Vote<T>(T now, T then, int count, int order) {}
            List<Vote<T>> all = new ArrayList<>();
            votes.forEach((a, m) -> m.forEach((b, n) -> all.add(new Vote<>(a, b, n, order.get(a)))));
            all.sort(Comparator.comparingInt((Vote<T> v) -> -v.count()).thenComparingInt(Vote::order));
            java.util.Set<T> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Vote<T> v : all) {
                if (!out.containsKey(v.now()) && used.add(v.then())) {
                    out.put(v.now(), v.then());
                }
            }
        }

        // ---- the changes, in the order of the current report; what was dropped after where it was

        private void describe() {
            Map<Integer, Integer> pairedFrom = new HashMap<>();
            pairedTo.forEach((a, b) -> pairedFrom.put(b, a));
            Map<Goal, Goal> goalFrom = inverse(goalOf);
            Map<Initiative, Initiative> initiativeFrom = inverse(initiativeOf);
            int a = 0;
            for (Goal g : now.goals()) {
                Goal p = goalOf.get(g);
                if (p == null) {
                    add(Kind.ADDED, Key.goal(g), null, "goal", null, g.title(), null);
                } else {
                    goalChanges(p, g);
                }
                for (Initiative i : g.initiatives()) {
                    Initiative q = initiativeOf.get(i);
                    if (p != null && q == null) {
                        add(Kind.ADDED, Key.initiative(g, i), null, "initiative", null, i.title(), null);
                    } else if (q != null) {
                        initiativeChanges(p, q, g, i);
                    }
                    int rows = i.indicatorCount();
                    for (int k = 0; k < rows; k++, a++) {
                        IndicatorRow row = after.get(a);
                        Integer b = pairedTo.get(a);
                        if (b != null) {
                            indicatorChanges(before.get(b), row, matchOf.get(a), similarityOf.get(a));
                        } else if (q != null) {
                            add(Kind.ADDED, Key.of(row), null, "indicator", null, row.indicator().target(),
                                    row.indicator().unit());
                        }
                    }
                }
                if (p != null) {
                    droppedWithin(p, pairedFrom, initiativeFrom);
                }
            }
            for (Goal p : then.goals()) {
                if (!goalFrom.containsKey(p)) {
                    add(Kind.DROPPED, Key.goal(p), null, "goal", p.title(), null, null);
                }
            }
        }

        /** Initiatives and indicators of a paired goal's previous version that nothing of the current took up. */
        private void droppedWithin(Goal p, Map<Integer, Integer> pairedFrom, Map<Initiative, Initiative> initiativeFrom) {
            int start = 0;
            for (Goal g : then.goals()) {
                if (g == p) {
                    break;
                }
                start += g.indicatorCount();
            }
            int b = start;
            for (Initiative q : p.initiatives()) {
                Initiative i = initiativeFrom.get(q);
                if (i == null) {
                    add(Kind.DROPPED, Key.initiative(p, q), null, "initiative", q.title(), null, null);
                }
                for (int k = 0; k < q.indicatorCount(); k++, b++) {
                    if (i != null && !pairedFrom.containsKey(b)) {
                        IndicatorRow row = before.get(b);
                        add(Kind.DROPPED, Key.of(row), null, "indicator", row.indicator().target(), null,
                                row.indicator().unit());
                    }
                }
            }
        }

        private static <T> Map<T, T> inverse(Map<T, T> m) {
            Map<T, T> inv = new IdentityHashMap<>();
            m.forEach((k, v) -> inv.put(v, k));
            return inv;
        }

        private void goalChanges(Goal p, Goal g) {
            Key key = Key.goal(g);
            boolean sameTitle = Similarity.sameText(p.title(), g.title());
            Match match = sameTitle ? (p.number() == g.number() ? Match.EXACT : Match.RENUMBERED) : Match.SIMILAR;
            double similarity = sameTitle ? 1 : Similarity.dice(p.title(), g.title());
            Key was = p.number() == g.number() ? null : Key.goal(p);
            if (p.number() != g.number()) {
                changes.add(new Change(Kind.CHANGED, name, key, was, match, similarity, "goalNo", p.number(), g.number(), null, null));
            }
            if (!sameTitle) {
                changes.add(new Change(Kind.CHANGED, name, key, was, match, similarity, "goal", p.title(), g.title(), null, null));
            }
            if (!Objects.equals(p.evaluation(), g.evaluation())) {
                int from = p.evaluation() == null ? -1 : MARKS.indexOf(p.evaluation());
                int to = g.evaluation() == null ? -1 : MARKS.indexOf(g.evaluation());
                Double step = from < 0 || to < 0 ? null : (double) (from - to);
                changes.add(new Change(Kind.CHANGED, name, key, was, match, similarity, "evaluation", p.evaluation(),
                        g.evaluation(), step, null));
            }
        }

        private void initiativeChanges(Goal p, Initiative q, Goal g, Initiative i) {
            Key key = Key.initiative(g, i);
            Key was = p.number() == g.number() && q.number() == i.number() ? null : Key.initiative(p, q);
            boolean sameTitle = Similarity.sameText(q.title(), i.title());
            Match match = sameTitle ? (was == null ? Match.EXACT : Match.RENUMBERED) : Match.SIMILAR;
            double similarity = sameTitle ? 1 : Similarity.dice(q.title(), i.title());
            if (q.number() != i.number()) {
                changes.add(new Change(Kind.CHANGED, name, key, was, match, similarity, "initiativeNo", q.number(),
                        i.number(), null, null));
            }
            if (!sameTitle) {
                changes.add(new Change(Kind.CHANGED, name, key, was, match, similarity, "initiative", q.title(),
                        i.title(), null, null));
            }
        }

        private void indicatorChanges(IndicatorRow p, IndicatorRow r, Match match, double similarity) {
            Key key = Key.of(r);
            Key old = Key.of(p);
            Key was = old.equals(key) || match == Match.EXACT ? null : old;
            Indicator x = p.indicator();
            Indicator y = r.indicator();
            String unit = y.unit() != null ? y.unit() : x.unit();
            changed(key, was, match, similarity, "item", p.item().title(), r.item().title(), false, unit);
            changed(key, was, match, similarity, "target", x.target(), y.target(), false, unit);
            // across layouts a figure or deadline one side lacks is one the published sheet states in its
            // text only (5事業実施, 3月末まで): not one that was taken away
            boolean layoutsDiffer = then.layout() != now.layout();
            changed(key, was, match, similarity, "baseline", x.baseline(), y.baseline(), true, unit, layoutsDiffer);
            changed(key, was, match, similarity, "targetValue", x.targetValue(), y.targetValue(), true, unit, layoutsDiffer);
            changed(key, was, match, similarity, "unit", x.unit(), y.unit(), false, unit, layoutsDiffer);
            changed(key, was, match, similarity, "deadline", x.deadline(), y.deadline(), false, unit, layoutsDiffer);
            changed(key, was, match, similarity, "actual", x.actual(), y.actual(), true, unit, layoutsDiffer);
            rateChanged(key, was, match, similarity, x.progressRate(), y.progressRate(), unit, layoutsDiffer);
            if (movedOn && !JapaneseText.isBlank(y.progress())
                    && Similarity.sameText(x.progress(), y.progress())
                    && !(y.progressRate() != null && y.progressRate() >= 100)) {
                changes.add(new Change(Kind.STALE_PROGRESS, name, key, was, match, similarity, "progress",
                        x.progress(), y.progress(), null, unit));
            }
            if (x.actual() != null && y.actual() != null && y.actual() < x.actual() && isCount(y.unit())
                    && risesTowardsTarget(y)) {
                changes.add(new Change(Kind.ACTUAL_DECREASED, name, key, was, match, similarity, "actual", x.actual(),
                        y.actual(), Change.difference(x.actual(), y.actual()), y.unit()));
            }
        }

        /** As below; with {@code bothOrNone}, a value only one period has is no change. */
        private void changed(Key key, Key was, Match match, double similarity, String field, Object before,
                             Object after, boolean number, String unit, boolean bothOrNone) {
            if (!bothOrNone || before != null && after != null) {
                changed(key, was, match, similarity, field, before, after, number, unit);
            }
        }

        private void changed(Key key, Key was, Match match, double similarity, String field, Object before,
                             Object after, boolean number, String unit) {
            boolean same = before instanceof String s && after instanceof String t
                    ? Similarity.sameText(s, t) : Objects.equals(before, after);
            if (!same) {
                Double change = number && before != null && after != null ? Change.difference((Double) before, (Double) after) : null;
                changes.add(new Change(Kind.CHANGED, name, key, was, match, similarity, field, before, after, change, unit));
            }
        }

        /**
         * 進捗度 compared as shown (to one decimal): two rates that print alike are no change. With
         * {@code bothOrNone}, as for the other figures, a rate only one period has is none either.
         */
        private void rateChanged(Key key, Key was, Match match, double similarity, Double before, Double after,
                                 String unit, boolean bothOrNone) {
            boolean both = before != null && after != null;
            if (both ? Change.shownRate(before) == Change.shownRate(after) : bothOrNone || before == null && after == null) {
                return;
            }
            changes.add(new Change(Kind.CHANGED, name, key, was, match, similarity, "progressRate", before, after,
                    both ? Change.points(before, after) : null, unit));
        }

        private void add(Kind kind, Key key, Key was, String field, Object before, Object after, String unit) {
            changes.add(new Change(kind, name, key, was, null, 1, field, before, after, null, unit));
        }
    }

    /**
     * A unit that counts things done or people reached (人, 件, 回, か所, 講座, t …), which add up over
     * the year; not a rate (%, 割, 倍, ポイント, or a unit ending in 率) nor a blank unit.
     */
    static boolean isCount(String unit) {
        if (JapaneseText.isBlank(unit)) {
            return false;
        }
        String u = JapaneseText.fold(unit);
        return !(u.equals("%") || u.equals("割") || u.equals("倍") || u.equals("ポイント") || u.equalsIgnoreCase("pt")
                || u.endsWith("率") || u.contains("/") || u.contains("当たり") || u.contains("あたり"));
    }

    /** The target lies above the baseline (or above zero when there is none): the count should rise. */
    private static boolean risesTowardsTarget(Indicator i) {
        if (i.targetValue() == null) {
            return false;
        }
        return i.baseline() == null ? i.targetValue() > 0 : i.targetValue() > i.baseline();
    }
}
