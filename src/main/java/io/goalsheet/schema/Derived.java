package io.goalsheet.schema;

/**
 * Extension: a value computed from others. The one rule so far, {@code progress}:
 * (actual − baseline) / (target − baseline) × 100, or actual / target × 100 with no baseline.
 * An entered value further than {@code tolerance} points from the computed one is progress-mismatch.
 */
public record Derived(String name, String rule, String baseline, String target, String actual, double tolerance) {}
