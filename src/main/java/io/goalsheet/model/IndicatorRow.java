package io.goalsheet.model;

/** One indicator with the goal, initiative and item it belongs to: a row of the entry table. */
public record IndicatorRow(Goal goal, Initiative initiative, Item item, Indicator indicator) {}
