package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.text.Figures.Arrow;
import io.goalsheet.text.Figures.Labelled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LINE友だち登録者数 17,913人→20,000人                | LINE友だち登録者数 | 17913 | 20000 | 人   |
            LINE友だち登録者数 17,913人→19,175人（9月31日現在）     | LINE友だち登録者数 | 17913 | 19175 | 人   | （9月31日現在）
            LINE友だち登録者数 17,913人→19,175人 (9月末現在)       | LINE友だち登録者数 | 17913 | 19175 | 人   | (9月末現在)
            登録者数 17,913人→19,175人（速報（暫定）値）             | 登録者数         | 17913 | 19175 | 人   | （速報（暫定）値）
            6,861 → 7,400人                               | ''            | 6861  | 7400  | 人   |
            6,861人 → 7,400                               | ''            | 6861  | 7400  | 人   |
            １７，９１３人→２０，０００人                              | ''            | 17913 | 20000 | 人   |
            '参加者数\u3000１７，９１３人\u3000→\u3000２０，０００人'    | 参加者数          | 17913 | 20000 | 人   |
            ▲5%→3%                                       | ''            | -5    | 3     | %   |
            ▲5％→3％                                       | ''            | -5    | 3     | %   |
            前年比 -5% → 3%                                 | 前年比           | -5    | 3     | %   |
            相談件数 120件⇒150件                              | 相談件数          | 120   | 150   | 件   |
            相談件数 120件➡150件                              | 相談件数          | 120   | 150   | 件   |
            '相談件数 120件➡\uFE0F150件'                      | 相談件数          | 120   | 150   | 件   |
            相談件数 120件->150件                             | 相談件数          | 120   | 150   | 件   |
            相談件数 120件－＞150件                             | 相談件数          | 120   | 150   | 件   |
            登録者数17,913人→20,000人                         | 登録者数          | 17913 | 20000 | 人   |
            登録者数： 17,913人→20,000人                       | 登録者数          | 17913 | 20000 | 人   |
            登録者数 : 17,913人→20,000人                      | 登録者数          | 17913 | 20000 | 人   |
            開催回数 6回→8回                                  | 開催回数          | 6     | 8     | 回   |
            実施事業 6事業→8事業                                | 実施事業          | 6     | 8     | 事業  |
            講座数 12講座→15講座                               | 講座数           | 12    | 15    | 講座  |
            設置数 3か所→5か所                                 | 設置数           | 3     | 5     | か所  |
            予算 1,200千円→1,500千円                          | 予算            | 1200  | 1500  | 千円  |
            実施率 62.5%→80%                               | 実施率           | 62.5  | 80    | %   |
            回数 4回/年→6回/年                                | 回数            | 4     | 6     | 回/年 |
            期間 3か月→6か月                                  | 期間            | 3     | 6     | か月  |
            2025年度末 100人→120人                          | 2025年度末       | 100   | 120   | 人   |
            5→10                                         | ''            | 5     | 10    |     |
            """)
    void readsOneArrow(String line, String label, double from, double to, String unit, String note) {
        assertThat(Figures.arrow(line)).isEqualTo(new Arrow(label, from, to, unit, note));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "\u3000",
        "17,913人 → 20,000件",
        "5%→3人",
        "5人→10人→15人",
        "5人→10人⇒15人",
        "5人->10人->15人",
        "計画策定→実施",
        "Ver2.0→Ver3.0",
        "3/17→4/16",
        "R8→R9",
        "r8→r9",
        "Ｒ８→Ｒ９",
        "10:30→11:00",
        "登録者数:17,913人→20,000人",
        "4月→6月",
        "2025年4月→2026年3月",
        "9日→10日",
        "2時間→3時間",
        "令和7年→令和8年",
        "5人→約10人",
        "5人→ 約10人",
        "5人→10人以上",
        "5人→10人 以上",
        "5人→10人（注）（再掲）",
        "5人→10人（注",
        "5人→10人 注）",
        "5人→10人 (a)b)",
        "5人→10人、前年比",
        "5人→",
        "→5人",
        "5人→→10人",
        "第3回→4回",
        "約5人→10人",
        "1,2345人→2,000人",
        "5～10人→20人",
        "5-10人→20人",
        "数-5人→3人",
        "17,913 人→20,000 人",
        "登録者数 17,913人の登録者→20,000人",
        "5人→10人程度の参加者",
        "5,→10,",
        "5人⇨10人",
        "A→B",
        "▲→3%",
        "基準値 17,913人 → 目標値 20,000人"})
    void refusesWhatIsNotExactlyOneArrowBetweenTwoFigures(String line) {
        assertThat(Figures.arrow(line)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            基準値 17,913人 → 目標値 20,000人 ／ 実績値 19,175人      | 17913 | 20000 | 19175 |      | 人  | false
            目標値 6事業 ／ 実績値 5事業                            |       | 6     | 5     |      | 事業 | false
            目標値 6事業/実績値 5事業                              |       | 6     | 5     |      | 事業 | false
            目標値 6事業、実績値 5事業                              |       | 6     | 5     |      | 事業 | false
            目標値 6事業，実績値 5事業                              |       | 6     | 5     |      | 事業 | false
            目標値 6事業 実績値 5事業                              |       | 6     | 5     |      | 事業 | false
            '目標値６事業\u3000実績値５事業'                        |       | 6     | 5     |      | 事業 | false
            目標値：6事業 ／ 実績値： 5事業                          |       | 6     | 5     |      | 事業 | false
            目標値 6事業 ／ 実績値 5                              |       | 6     | 5     |      | 事業 | false
            目標値 6 ／ 実績値 5                                 |       | 6     | 5     |      |    | false
            進捗度 60.5%（計算値）                               |       |       |       | 60.5 |    | true
            進捗度 60.5％(計算値)                               |       |       |       | 60.5 |    | true
            進捗度 60.5% （計算値）                              |       |       |       | 60.5 |    | true
            進捗度：60％                                      |       |       |       | 60   |    | false
            進捗度 60%                                       |       |       |       | 60   |    | false
            実績値 822件                                      |       |       | 822   |      | 件  | false
            実績値 ▲5件                                       |       |       | -5    |      | 件  | false
            実績値 822件 ／ 進捗度 82.2%（計算値）                   |       |       | 822   | 82.2 | 件  | true
            基準値 17,913人 → 目標値 20,000人 ／ 実績値 19,175人 ／ 進捗度 60.5%（計算値） | 17913 | 20000 | 19175 | 60.5 | 人 | true
            '基準値　１７，９１３人　→　目標値　２０，０００人　／　実績値　１９，１７５人' | 17913 | 20000 | 19175 |      | 人  | false
            実績値 19,175人 目標値 20,000人                       |       | 20000 | 19175 |      | 人  | false
            目標値 80% ／ 実績値 60% ／ 進捗度 75%                  |       | 80    | 60    | 75   | %  | false
            目標値 4回/年 ／ 実績値 3回/年                          |       | 4     | 3     |      | 回/年 | false
            """)
    void readsLabelledFigures(String line, Double baseline, Double target, Double actual, Double rate, String unit,
            boolean computed) {
        assertThat(Figures.labelled(line)).isEqualTo(new Labelled(baseline, target, actual, rate, unit, computed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "\u3000",
        "実績値を集計中",
        "基準値の見直し",
        "目標値",
        "目標値 ／ 実績値 5事業",
        "目標値 6事業 ／ 目標値 5事業",
        "目標値 6事業 ／ 実績値 5人",
        "目標値 6事業 ／",
        "／ 目標値 6事業",
        "目標値 6事業 ／／ 実績値 5事業",
        "目標値 6事業 → ／ 実績値 5事業",
        "目標値 6事業,実績値 5事業",
        "目標値6事業実績値5事業",
        "目標値 約6事業",
        "目標値 6事業程度の実施",
        "目標値 6事業 実績値 5事業 備考",
        "目標値 3月",
        "実績値 10日",
        "目標値 6事業（計算値）",
        "進捗度 60",
        "進捗度 60人",
        "進捗度 60 %",
        "進捗度 60%（見込み）",
        "進捗度 60% 進捗度 70%",
        "達成率 60%",
        "目標値 6 事業",
        "6事業",
        "17,913人→20,000人"})
    void refusesAnythingButLabelledFigures(String line) {
        assertThat(Figures.labelled(line)).isNull();
    }
}
