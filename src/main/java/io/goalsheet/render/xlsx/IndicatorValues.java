package io.goalsheet.render.xlsx;

import io.goalsheet.model.IndicatorRow;

/**
 * The value of a schema field in an indicator row, by the built-in schema's field names: numbers as
 * numbers, dates as dates, marks unified. Fields the model does not hold are blank.
 */
final class IndicatorValues {

    private IndicatorValues() {}

    static Object value(IndicatorRow r, String field) {
        var ind = r.indicator();
        return switch (field) {
            case "goalNo" -> r.goal().number();
            case "goal" -> r.goal().title();
            case "evaluation" -> r.goal().evaluation();
            case "initiativeNo" -> r.initiative().number();
            case "initiative" -> r.initiative().title();
            case "itemNo" -> r.item().number();
            case "item" -> r.item().title();
            case "target" -> ind.target();
            case "baseline" -> ind.baseline();
            case "targetValue" -> ind.targetValue();
            case "actual" -> ind.actual();
            case "unit" -> ind.unit();
            case "deadline" -> ind.deadline();
            case "progress" -> ind.progress();
            // the entered value only: a computed one is shown in its own column
            case "progressRate" -> ind.progressComputed() ? null : ind.progressRate();
            default -> null;
        };
    }
}
