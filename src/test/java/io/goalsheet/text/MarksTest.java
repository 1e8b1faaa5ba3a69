package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ○       | ○
            〇       | ○
            ◯       | ○
            ￮       | ○
            ⚪       | ○
            ⭕       | ○
            ⭕\uFE0F | ○
            '\u3000〇\u3000' | ○
            ◎       | ◎
            ⊚       | ◎
            ◉       | ◎
            △       | △
            ⊿       | △
            ▵       | △
            Δ       | △
            ∆       | △
            ×       | ×
            ✕       | ×
            ✖       | ×
            ✗       | ×
            ☓       | ×
            ╳       | ×
            ❌       | ×
            Ｘ       | ×
            ｘ       | ×
            X       | ×
            x       | ×
            O       | O
            o       | o
            Ｏ       | Ｏ
            0       | 0
            ▲       | ▲
            ○ 順調    | ○ 順調
            ××      | ××
            """)
    void mapsLookalikesOfTheWholeCellOnly(String in, String expected) {
        assertThat(Marks.canonical(in)).isEqualTo(expected);
    }

    @Test
    void usesTheGivenMapAndKeepsNull() {
        Map<String, String> custom = Map.of("済", "○", "未", "×");
        assertThat(Marks.canonical(" 済 ", custom)).isEqualTo("○");
        assertThat(Marks.canonical("〇", custom)).isEqualTo("〇");
        assertThat(Marks.canonical(null)).isNull();
    }

    @Test
    void everyDefaultTargetIsOneOfTheFourMarks() {
        assertThat(Marks.DEFAULT_LOOKALIKES.values()).allMatch(v -> "◎○△×".contains(v) && v.length() == 1);
        assertThat(Marks.DEFAULT_LOOKALIKES).doesNotContainKeys("O", "o", "0", "Ｏ", "▲");
    }
}
