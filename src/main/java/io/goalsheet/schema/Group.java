package io.goalsheet.schema;

import java.util.List;

/**
 * Extension: one level of the row hierarchy (goal ▸ initiative ▸ item). A blank key below a
 * filled one continues the group (merged cells read the same); {@code fields} must agree on every
 * row of a group; {@code requiredOnce} fields must be filled on at least one of its rows.
 */
public record Group(String name, String key, List<String> fields, List<String> requiredOnce, boolean sequence) {

    public Group {
        fields = List.copyOf(fields);
        requiredOnce = List.copyOf(requiredOnce);
    }
}
