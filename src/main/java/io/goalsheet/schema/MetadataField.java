package io.goalsheet.schema;

/**
 * A value found by its label above the table (担当部局名, 年度 …). The value is the next non-empty
 * cell to the right of the label, or the rest of the label's own cell ("担当部局名：政策企画部").
 */
public record MetadataField(String name, String label, FieldType type, Constraints constraints, String period) {}
