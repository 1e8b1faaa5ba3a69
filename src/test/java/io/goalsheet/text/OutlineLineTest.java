package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.goalsheet.text.OutlineLine.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutlineLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ①第三次上田市総合計画（R8～）策定推進     | INITIATIVE | 1  | 第三次上田市総合計画（R8～）策定推進
            ① 第三次上田市総合計画                | INITIATIVE | 1  | 第三次上田市総合計画
            '①\u3000第三次上田市総合計画'           | INITIATIVE | 1  | 第三次上田市総合計画
            '\u3000⑦ SDGsの着実な推進\u3000'       | INITIATIVE | 7  | SDGsの着実な推進
            ⑳ 二十                          | INITIATIVE | 20 | 二十
            ㉑二十一                          | INITIATIVE | 21 | 二十一
            ㉟ 三十五                         | INITIATIVE | 35 | 三十五
            ㊱ 三十六                         | INITIATIVE | 36 | 三十六
            ㊿ 五十                          | INITIATIVE | 50 | 五十
            ①                              | INITIATIVE | 1  | ''
            ①②                             | INITIATIVE | 1  | ②
            (1) 計画策定                       | ITEM       | 1  | 計画策定
            (1)計画策定                        | ITEM       | 1  | 計画策定
            （２）地方創生関係事業の効果検証             | ITEM       | 2  | 地方創生関係事業の効果検証
            （１２） 十二                       | ITEM       | 12 | 十二
            (3） 混在                         | ITEM       | 3  | 混在
            （4) 混在                         | ITEM       | 4  | 混在
            (99) 最大                        | ITEM       | 99 | 最大
            (1)が                           | ITEM       | 1  | が
            (1)                            | ITEM       | 1  | ''
            ⑴ 冠事業の実施                      | ITEM       | 1  | 冠事業の実施
            ⒇二十                           | ITEM       | 20 | 二十
            ・広報うえだに掲載                    | BULLET     |    | 広報うえだに掲載
            ・ 広報                          | BULLET     |    | 広報
            ･半角中黒                         | BULLET     |    | 半角中黒
            • bullet                       | BULLET     |    | bullet
            ◦ 白丸                          | BULLET     |    | 白丸
            ‣ 三角                          | BULLET     |    | 三角
            ・                              | BULLET     |    | ''
            ・5件                            | BULLET     |    | 5件
            - 広報                           | BULLET     |    | 広報
            -広報                            | BULLET     |    | 広報
            －　全角ハイフン                      | BULLET     |    | 全角ハイフン
            ‐ ハイフン                        | BULLET     |    | ハイフン
            − 負号                           | BULLET     |    | 負号
            —ダッシュ                          | BULLET     |    | ダッシュ
            - 5件                           | BULLET     |    | 5件
            -5件                            | TEXT       |    | -5件
            －５                             | TEXT       |    | －５
            −5                             | TEXT       |    | −5
            -.5                            | TEXT       |    | -.5
            -                              | TEXT       |    | -
            —                              | TEXT       |    | —
            (R8～)の策定                      | TEXT       |    | (R8～)の策定
            (注)                            | TEXT       |    | (注)
            (2025年)                        | TEXT       |    | (2025年)
            (100) 百                        | TEXT       |    | (100) 百
            (0) 零                          | TEXT       |    | (0) 零
            ( 1 ) 空白                       | TEXT       |    | ( 1 ) 空白
            (1 ) 空白                        | TEXT       |    | (1 ) 空白
            ((1)) 二重                       | TEXT       |    | ((1)) 二重
            [1] 角括弧                        | TEXT       |    | [1] 角括弧
            ※注記                            | TEXT       |    | ※注記
            ○                              | TEXT       |    | ○
            1. 計画案の周知                      | TEXT       |    | 1. 計画案の周知
            ⒈ 計画                           | TEXT       |    | ⒈ 計画
            ❶ 計画                           | TEXT       |    | ❶ 計画
            ⓪ 零                           | TEXT       |    | ⓪ 零
            第三次上田市総合計画                   | TEXT       |    | 第三次上田市総合計画
            '\u3000 前後の空白 \u00A0'          | TEXT       |    | 前後の空白
            """)
    void classifiesByLeadingMarker(String line, Kind kind, Integer number, String text) {
        assertThat(OutlineLine.parse(line)).isEqualTo(new OutlineLine(kind, number, text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000", "\u00A0\t\u3000"})
    void nullAndBlankAreEmptyText(String line) {
        assertThat(OutlineLine.parse(line)).isEqualTo(new OutlineLine(Kind.TEXT, null, ""));
    }

    @Test
    void numberGoesWithNumberedKindsOnly() {
        assertThatThrownBy(() -> new OutlineLine(Kind.ITEM, null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutlineLine(Kind.BULLET, 1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutlineLine(Kind.TEXT, null, null)).isInstanceOf(NullPointerException.class);
    }
}
