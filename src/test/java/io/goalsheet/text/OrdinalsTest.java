package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrdinalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ①      | 1
            ⑦      | 7
            ⑳      | 20
            ㉑      | 21
            ㉟      | 35
            ㊱      | 36
            ㊿      | 50
            ⑴      | 1
            ⒇      | 20
            ⒈      | 1
            ⒛      | 20
            ⓫      | 11
            ⓵      | 1
            ❶      | 1
            ❿      | 10
            ➀      | 1
            ➓      | 10
            ㈠      | 1
            ㊉      | 10
            (1)    | 1
            （１）    | 1
            (１)    | 1
            ( 3 )  | 3
            1      | 1
            １      | 1
            12     | 12
            01     | 1
            1.     | 1
            １．     | 1
            1)     | 1
            第1     | 1
            第１     | 1
            No.1   | 1
            no.2   | 2
            No 3   | 3
            №4     | 4
            ' ① '  | 1
            """)
    void readsSequenceNumbersHoweverWritten(String in, int expected) {
        assertThat(Ordinals.parse(in)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "０", "(0)", "⓪", "-1", "▲1", "1.5", "①第三次上田市総合計画", "① 計画",
        "(1) 計画", "一", "Ⓐ", "1,2", "第1回", "2025年度", "12345678901", "①②"})
    void rejectsZeroNegativesAndTitles(String in) {
        assertThat(Ordinals.parse(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ① 第三次上田市総合計画（R8～）策定推進     | 1
            ①第三次上田市総合計画                | 1
            ⑦ SDGsの着実な推進                | 7
            (2) 地方創生関係事業の効果検証・公表         | 2
            （３）上田市議会上程・公表               | 3
            ⑵ 冠事業の実施                    | 2
            1. 計画案の周知                    | 1
            3)記念式典                       | 3
            ㉑ 二十一番目                     | 21
            """)
    void readsTheOrdinalAtTheStartOfATitle(String in, int expected) {
        assertThat(Ordinals.leading(in)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"第三次上田市総合計画", "2025年度の目標", "6回程度 EBPMIによる課題分析",
        "1.5倍に拡大", "第1回総合教育会議開催", "R8実施計画策定", "(R8～)の策定", "(0) 零", "⓪ 零", "", "No.1 施策"})
    void findsNoOrdinalInOrdinaryText(String in) {
        assertThat(Ordinals.leading(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1  | ①  | (1)
            2  | ②  | (2)
            10 | ⑩  | (10)
            20 | ⑳  | (20)
            21 | (21) | (21)
            50 | (50) | (50)
            """)
    void writesOrdinals(int n, String circled, String parenthesized) {
        assertThat(Ordinals.circled(n)).isEqualTo(circled);
        assertThat(Ordinals.parenthesized(n)).isEqualTo(parenthesized);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20})
    void circledRoundTrips(int n) {
        assertThat(Ordinals.parse(Ordinals.circled(n))).hasValue(n);
        assertThat(Ordinals.parse(Ordinals.parenthesized(n))).hasValue(n);
    }

    @Test
    void refusesToWriteNonPositiveOrdinals() {
        assertThatThrownBy(() -> Ordinals.circled(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ordinals.parenthesized(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
