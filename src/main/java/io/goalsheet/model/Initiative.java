package io.goalsheet.model;

import java.util.List;

/** A 具体的な重点取組項目 (①…) with its sub-items. An initiative without sub-items has one item with no number. */
public record Initiative(int number, String title, List<Item> items) {

    public Initiative {
        items = List.copyOf(items);
    }

    public int indicatorCount() {
        return items.stream().mapToInt(i -> i.indicators().size()).sum();
    }
}
