package io.goalsheet.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Frictionless field constraints. Absent ones are null; {@code enumValues} is empty when there is
 * no enum. {@code pattern} is compiled once at load time and must match the whole value.
 */
public record Constraints(
        boolean required,
        boolean unique,
        Double minimum,
        Double maximum,
        Integer minLength,
        Integer maxLength,
        Pattern pattern,
        List<String> enumValues) {

    public static final Constraints NONE = new Constraints(false, false, null, null, null, null, null, List.of());

    public Constraints {
        enumValues = List.copyOf(enumValues);
    }
}
