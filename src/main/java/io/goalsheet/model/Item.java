package io.goalsheet.model;

import java.util.List;

/** A 細目 ((1)…); {@code number} and {@code title} are null for an initiative's rows that have no sub-item. */
public record Item(Integer number, String title, List<Indicator> indicators) {

    public Item {
        indicators = List.copyOf(indicators);
    }
}
