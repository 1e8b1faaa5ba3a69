package io.goalsheet.render.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Item;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarryForwardTest {

    private static final Indicator LINE = new Indicator(41, "LINE友だち登録者数 17,913人→20,000人", 17913.0, 20000.0,
            19175.0, "人", LocalDate.of(2026, 3, 31), "→19,175人（9月30日現在）", 60.5, true);
    private static final Indicator YOUTUBE = new Indicator(42, "YouTube登録者数 6,861人→7,400人", 6861.0, 7400.0,
            7100.0, "人", null, "→7,100人", 44.3, false);

    private static DepartmentReport report() {
        Item sns = new Item(3, "メール・SNS等を活用した情報発信", List.of(LINE, YOUTUBE));
        Item none = new Item(null, null, List.of(new Indicator(43, "広報紙の発行", null, null, null, null, null,
                "毎月発行", null, false)));
        Goal goal = new Goal(4, "総合的・効果的な情報発信", "○",
                List.of(new Initiative(1, "情報発信の推進", List.of(sns)), new Initiative(2, "広報", List.of(none))));
        return new DepartmentReport("f.xlsx", "重点目標", "政策企画部", 2025, LocalDate.of(2025, 9, 30), "中間報告",
                List.of(goal));
    }

    @Test
    void oneRowPerIndicatorWithThePlanAndTheGroupsRepeated() {
        List<Map<String, Object>> rows = CarryForward.rows(report(), CarryForward.Keep.PLAN);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsOnly(
                Map.entry("goalNo", 4), Map.entry("goal", "総合的・効果的な情報発信"),
                Map.entry("initiativeNo", 1), Map.entry("initiative", "情報発信の推進"),
                Map.entry("itemNo", 3), Map.entry("item", "メール・SNS等を活用した情報発信"),
                Map.entry("target", "LINE友だち登録者数 17,913人→20,000人"), Map.entry("baseline", 17913.0),
                Map.entry("targetValue", 20000.0), Map.entry("unit", "人"),
                Map.entry("deadline", LocalDate.of(2026, 3, 31)));
        assertThat(rows.get(1)).containsEntry("goalNo", 4).containsEntry("itemNo", 3).doesNotContainKey("deadline");
        assertThat(rows.get(2)).containsEntry("initiativeNo", 2).doesNotContainKeys("itemNo", "item", "baseline");
    }

    @Test
    void progressIsNotCarried() {
        for (Map<String, Object> row : CarryForward.rows(report(), CarryForward.Keep.PLAN)) {
            assertThat(row).doesNotContainKeys("actual", "progress", "progressRate", "evaluation");
            assertThat(CarryForward.Keep.PLAN.fields()).containsAll(row.keySet());
        }
    }

    @Test
    void theContentOfAPlanHasTheDepartmentAndYearButNotThePeriod() {
        EntryContent c = CarryForward.content(report(), CarryForward.Keep.PLAN, 10);
        assertThat(c.department()).isEqualTo("政策企画部");
        assertThat(c.fiscalYear()).isEqualTo(2025);
        assertThat(c.asOf()).isNull();
        assertThat(c.reportKind()).isNull();
        assertThat(c.emptyRows()).isEqualTo(10);
        assertThat(c.rows()).isEqualTo(CarryForward.rows(report(), CarryForward.Keep.PLAN));
    }

    @Test
    void everythingKeepsTheProgressAndTheEnteredRateOnly() {
        EntryContent c = CarryForward.content(report(), CarryForward.Keep.ALL, 0);
        assertThat(c.asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(c.reportKind()).isEqualTo("中間報告");
        List<Map<String, Object>> rows = c.rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("evaluation", "○").containsEntry("actual", 19175.0)
                .containsEntry("progress", "→19,175人（9月30日現在）")
                .as("a computed 進捗度 is computed again").doesNotContainKey("progressRate");
        assertThat(rows.get(1)).containsEntry("progressRate", 44.3).containsEntry("evaluation", "○");
        assertThat(rows.get(2)).containsEntry("progress", "毎月発行").doesNotContainKeys("itemNo", "actual");
        for (Map<String, Object> row : rows) {
            assertThat(CarryForward.Keep.ALL.fields()).containsAll(row.keySet());
        }
        assertThat(CarryForward.Keep.ALL.fields()).containsAll(CarryForward.Keep.PLAN.fields());
    }
}
