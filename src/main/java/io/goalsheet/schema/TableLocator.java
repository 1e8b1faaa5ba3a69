package io.goalsheet.schema;

import java.util.List;

/** Extension: the header row is the first of the first {@code searchRows} rows holding every title in {@code identifiedBy}. */
public record TableLocator(List<String> identifiedBy, int searchRows) {

    public TableLocator {
        identifiedBy = List.copyOf(identifiedBy);
    }
}
