package io.goalsheet.check;

import io.goalsheet.model.CellRef;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Item;
import io.goalsheet.schema.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns checked rows, fed one at a time, into the goal tree. It relies on the built-in schema's field names
 * (goalNo, goal, evaluation, initiativeNo, …); a user schema without them still validates, and
 * its report simply has fewer parts.
 */
final class ReportAssembler {

    private final Fields f;
    private final ProgressRule rate;
    private final List<Goal> goals = new ArrayList<>();
    private GoalBuilder goal;
    /** For records rebuilt from the published layout: the sheet rows they stand for; null for an entry table. */
    private final RecordTable places;

    ReportAssembler(Schema schema, RecordTable places) {
        this.f = new Fields(schema);
        this.places = places;
        this.rate = ProgressRule.of(schema).stream().filter(r -> r.name().equals("progressRate")).findFirst()
                .orElse(null);
    }

    /** Adds the next checked row, in the order of the sheet. */
    void add(Slot[] row) {
        Integer goalNo = f.integer(row, f.goalNo);
        Integer initiativeNo = f.integer(row, f.initiativeNo);
        Integer itemNo = f.integer(row, f.itemNo);
        if (goal == null || !Objects.equals(goal.number, goalNo)) {
            if (goal != null) {
                goals.add(goal.build());
            }
            goal = new GoalBuilder(goalNo, f.text(row, f.goal), f.text(row, f.evaluation));
        } else if (goal.evaluation == null) {
            goal.evaluation = f.text(row, f.evaluation);
        }
        InitiativeBuilder ini = goal.last();
        if (ini == null || !Objects.equals(ini.number, initiativeNo)) {
            ini = new InitiativeBuilder(initiativeNo, f.text(row, f.initiative));
            goal.initiatives.add(ini);
        }
        ItemBuilder item = ini.last();
        if (item == null || !Objects.equals(item.number, itemNo)) {
            item = new ItemBuilder(itemNo, f.text(row, f.item));
            ini.items.add(item);
        }
        Double entered = f.number(row, f.progressRate);
        Double computed = rate == null ? null : rate.compute(row);
        int r = SheetChecker.rowOf(row);
        int sheetRow = places == null ? r : places.sheetRow(r, Math.max(0, f.target));
        item.indicators.add(new Indicator(sheetRow + 1, f.text(row, f.target),
                f.number(row, f.baseline), f.number(row, f.targetValue), f.number(row, f.actual),
                f.text(row, f.unit), f.date(row, f.deadline), f.text(row, f.progress),
                entered != null ? entered : computed, entered == null && computed != null,
                cellOf(row, f.progress), cellOf(row, f.actual)));
    }

    /** Where the row's value of field {@code i} was read in the sheet: the cell, and its line in a published one. */
    private CellRef cellOf(Slot[] row, int i) {
        if (i < 0 || row[i] == null || row[i].value() == null) {
            return null;
        }
        if (places == null) {
            return new CellRef(row[i].row(), row[i].col(), null);
        }
        CellPlaces.Place p = places.at(row[i].row(), row[i].col(), 0);
        return new CellRef(p.row(), p.col(), p.line());
    }

    /** The report of the rows added so far. */
    DepartmentReport build(String file, String sheet, Metadata md) {
        List<Goal> all = new ArrayList<>(goals);
        if (goal != null) {
            all.add(goal.build());
        }
        return new DepartmentReport(file, sheet, md.get("department") instanceof String s ? s : null,
                md.get("fiscalYear") instanceof Integer fy ? fy : null,
                md.get("asOf") instanceof LocalDate d ? d : null,
                md.get("reportKind") instanceof String k ? k : null,
                places == null ? DepartmentReport.Layout.ENTRY : DepartmentReport.Layout.PUBLISHED, all);
    }

    private record Fields(int goalNo, int goal, int evaluation, int initiativeNo, int initiative, int itemNo, int item,
                          int target, int baseline, int targetValue, int actual, int unit, int deadline, int progress,
                          int progressRate) {
        Fields(Schema s) {
            this(s.fieldIndex("goalNo"), s.fieldIndex("goal"), s.fieldIndex("evaluation"), s.fieldIndex("initiativeNo"),
                    s.fieldIndex("initiative"), s.fieldIndex("itemNo"), s.fieldIndex("item"), s.fieldIndex("target"),
                    s.fieldIndex("baseline"), s.fieldIndex("targetValue"), s.fieldIndex("actual"), s.fieldIndex("unit"),
                    s.fieldIndex("deadline"), s.fieldIndex("progress"), s.fieldIndex("progressRate"));
        }

        String text(Slot[] row, int i) {
            return i >= 0 && row[i] != null && row[i].value() != null ? String.valueOf(row[i].value()) : null;
        }

        Integer integer(Slot[] row, int i) {
            return i >= 0 && row[i] != null && row[i].value() instanceof Long n ? n.intValue() : null;
        }

        Double number(Slot[] row, int i) {
            return ProgressRule.number(row, i);
        }

        LocalDate date(Slot[] row, int i) {
            return i >= 0 && row[i] != null && row[i].value() instanceof LocalDate d ? d : null;
        }
    }

    private static final class GoalBuilder {
        final Integer number;
        final String title;
        String evaluation;
        final List<InitiativeBuilder> initiatives = new ArrayList<>();

        GoalBuilder(Integer number, String title, String evaluation) {
            this.number = number;
            this.title = title;
            this.evaluation = evaluation;
        }

        InitiativeBuilder last() {
            return initiatives.isEmpty() ? null : initiatives.get(initiatives.size() - 1);
        }

        Goal build() {
            return new Goal(number == null ? 0 : number, title, evaluation,
                    initiatives.stream().map(InitiativeBuilder::build).toList());
        }
    }

    private static final class InitiativeBuilder {
        final Integer number;
        final String title;
        final List<ItemBuilder> items = new ArrayList<>();

        InitiativeBuilder(Integer number, String title) {
            this.number = number;
            this.title = title;
        }

        ItemBuilder last() {
            return items.isEmpty() ? null : items.get(items.size() - 1);
        }

        Initiative build() {
            return new Initiative(number == null ? 0 : number, title, items.stream().map(ItemBuilder::build).toList());
        }
    }

    private static final class ItemBuilder {
        final Integer number;
        final String title;
        final List<Indicator> indicators = new ArrayList<>();

        ItemBuilder(Integer number, String title) {
            this.number = number;
            this.title = title;
        }

        Item build() {
            return new Item(number, title, indicators);
        }
    }
}
