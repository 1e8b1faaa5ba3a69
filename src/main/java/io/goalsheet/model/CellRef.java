package io.goalsheet.model;

/**
 * Where in its sheet a value was read: the cell (0-based row and column) and, when the cell holds many
 * lines (the published layout), the 1-based line of the value; null for the whole cell. Findings made
 * after reading, such as those against the previous period, are reported there.
 */
public record CellRef(int row, int col, Integer line) {}
