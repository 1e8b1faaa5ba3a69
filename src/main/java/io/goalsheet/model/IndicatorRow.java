package io.goalsheet.model;

/** One indicator with the goal, initiative and item it belongs to: a row of the entry table. */
public record IndicatorRow(Goal goal, Initiative initiative, Item item, Indicator indicator) {

    /**
     * The value of a field of the built-in schema in this row (numbers as numbers, dates as dates),
     * or null for a field the model does not hold. 進捗度 is the entered value only: a computed one is
     * {@code indicator().progressRate()} with {@code progressComputed()}.
     */
    public Object value(String field) {
        return switch (field) {
            case "goalNo" -> goal.number();
            case "goal" -> goal.title();
            case "evaluation" -> goal.evaluation();
            case "initiativeNo" -> initiative.number();
            case "initiative" -> initiative.title();
            case "itemNo" -> item.number();
            case "item" -> item.title();
            case "target" -> indicator.target();
            case "baseline" -> indicator.baseline();
            case "targetValue" -> indicator.targetValue();
            case "actual" -> indicator.actual();
            case "unit" -> indicator.unit();
            case "deadline" -> indicator.deadline();
            case "progress" -> indicator.progress();
            case "progressRate" -> indicator.progressComputed() ? null : indicator.progressRate();
            default -> null;
        };
    }
}
