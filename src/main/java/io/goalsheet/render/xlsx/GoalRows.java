package io.goalsheet.render.xlsx;

import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Item;
import io.goalsheet.text.Ordinals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A goal's body rows in the Excel report, aligned as the published 重点目標一覧表 and the PDF report align
 * them: a row per initiative heading, sub-item or indicator, each numbered in all three text
 * columns, so that target ① (1) stands level with initiative ① item (1). An initiative with one
 * unnumbered sub-item takes one row (the sub-item under its title); an item of several indicators
 * heads a row per indicator, each after 「・」.
 */
final class GoalRows {

    private static final String BULLET = "・";

    /**
     * One row's texts in 具体的な重点取組項目, 期限・数値目標等 and 進捗状況・進捗度, and its 進捗度 (null for
     * none); {@code indicator} is null for a heading row, which shows the markers only.
     */
    record Row(String initiative, String target, String progress, Indicator indicator) {

        /** A heading row must not end a page: it goes with the row after it. */
        boolean heading() {
            return indicator == null;
        }
    }

    private GoalRows() {}

    /**
     * The rows of {@code g}; {@code targetText} gives an indicator's 期限・数値目標等 with its deadline,
     * {@code progressText} its 進捗状況 with its figures, in the report's notation. Titles are kept as
     * typed, a number typed in them included, so that the sheet reads back with the same records.
     */
    static List<Row> of(Goal g, Function<Indicator, String> targetText, Function<Indicator, String> progressText) {
        List<Row> rows = new ArrayList<>();
        for (Initiative ini : g.initiatives()) {
            String circled = Ordinals.circled(ini.number());
            List<Item> items = ini.items();
            if (items.size() == 1 && items.get(0).number() == null) {
                Item item = items.get(0);
                String head = item.title() == null ? after(circled, ini.title()) : after(circled, ini.title()) + "\n"
                        + item.title();
                indicators(rows, head, circled, item.indicators(), targetText, progressText);
            } else {
                rows.add(new Row(after(circled, ini.title()), circled, circled, null));
                for (Item item : items) {
                    String marker = item.number() == null ? "" : Ordinals.parenthesized(item.number());
                    indicators(rows, after(marker, item.title()), marker, item.indicators(), targetText, progressText);
                }
            }
        }
        return rows;
    }

    /** An item's rows: one when it has one indicator; else a heading row and a bulleted row per indicator. */
    private static void indicators(List<Row> rows, String head, String marker, List<Indicator> inds,
                                   Function<Indicator, String> targetText, Function<Indicator, String> progressText) {
        if (inds.size() == 1) {
            Indicator ind = inds.get(0);
            rows.add(new Row(head, after(marker, targetText.apply(ind)), after(marker, progressText.apply(ind)), ind));
            return;
        }
        rows.add(new Row(head, marker, marker, null));
        for (Indicator ind : inds) {
            // each after a bullet of its own, as the seed marks them: read back, the bullet is taken off again
            rows.add(new Row(null, after(BULLET, targetText.apply(ind)), after(BULLET, progressText.apply(ind)), ind));
        }
    }

    /** 「① text」, the marker alone for no text, the text alone for no marker. */
    static String after(String marker, String text) {
        boolean none = text == null || text.isEmpty();
        if (marker.isEmpty()) {
            return none ? null : text;
        }
        if (none) {
            return marker;
        }
        return marker + (BULLET.equals(marker) ? "" : " ") + text;
    }
}
