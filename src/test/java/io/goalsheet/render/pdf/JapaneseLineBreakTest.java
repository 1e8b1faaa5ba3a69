package io.goalsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Japanese line breaking (禁則処理) on the breaking function itself. */
class JapaneseLineBreakTest {

    /** Every character one unit wide: the widths do not matter for the rules, only for where lines fill. */
    private static final ToDoubleFunction<String> CHARS = s -> s.codePointCount(0, s.length());

    private static List<String> wrap(String text, int width) {
        return JapaneseLineBreak.wrap(text, width, CHARS);
    }

    @Test
    void aLineDoesNotStartWithAClosingMark() {
        // あいうえお fills the line, but 、 may not start the next: お goes with it (追い出し)
        assertThat(wrap("あいうえお、かきくけこ", 5)).containsExactly("あいうえ", "お、かきく", "けこ");
        assertThat(wrap("計画を策定する。次に進む", 7)).containsExactly("計画を策定す", "る。次に進む");
        assertThat(wrap("審議会の開催（2回）計画答申", 9)).containsExactly("審議会の開催", "（2回）計画答申");
        assertThat(wrap("「構想」（案）を盛り込み", 3)).containsExactly("「構", "想」", "（案）", "を盛り", "込み");
    }

    @Test
    void aLineDoesNotEndWithAnOpeningMark() {
        assertThat(wrap("ああああ「いい」", 5)).containsExactly("ああああ", "「いい」");
        assertThat(wrap("協議会開催（7/29）", 6)).containsExactly("協議会開催", "（7/29）");
        assertThat(wrap("策定を諮問【重要】", 6)).containsExactly("策定を諮問", "【重要】");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ちょっと", "ニュース", "キャンパス", "データ", "人々", "パブリック・コメント", "ウォーキング"})
    void smallKanaProlongedSoundAndIterationMarksStayWithTheCharacterBefore(String word) {
        for (int i = 1; i < word.length(); i++) {
            int cp = word.codePointAt(i);
            if (JapaneseLineBreak.NO_START.indexOf(cp) >= 0) {
                assertThat(JapaneseLineBreak.canBreakBefore(word, i)).as(word + " before " + word.charAt(i)).isFalse();
            }
        }
        assertThat(wrap("まずちょっと", 3)).containsExactly("まず", "ちょっ", "と");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LINE友だち登録者数 17,913人→20,000人 | 17,913
            上田再構築プランVer2.0の推進          | Ver2.0
            進捗度 60.5%（計算値）               | 60.5%
            YouTubeアカウント登録者数             | YouTube
            パブリックコメント実施（3/17～4/16）    | 3/17
            次期総合計画（R8～）の策定             | R8
            """)
    void latinWordsAndNumbersAreNotSplit(String text, String word) {
        int start = text.indexOf(word);
        for (int i = start + 1; i < start + word.length(); i++) {
            assertThat(JapaneseLineBreak.canBreakBefore(text, i)).as(text + " at " + i).isFalse();
        }
    }

    @Test
    void aNumberStaysWithItsUnitAndADateStaysWhole() {
        assertThat(wrap("登録者数17,913人", 8)).containsExactly("登録者数", "17,913人");
        assertThat(wrap("開催（9月30日現在）", 6)).containsExactly("開催", "（9月30日", "現在）");
        assertThat(JapaneseLineBreak.opportunities("第1回総合教育会議")).doesNotContain(1, 2);
        assertThat(JapaneseLineBreak.canBreakBefore("6回程度", 1)).isFalse();
    }

    /** 「バスの乗り方（9月 / 号）」 was set; a short bracketed figure stays whole, a longer note may break. */
    @Test
    void aShortFigureInBracketsStaysOnOneLine() {
        assertThat(wrap("バスの乗り方（9月号）", 9)).containsExactly("バスの乗り方", "（9月号）");
        assertThat(JapaneseLineBreak.opportunities("研修（10月）を実施")).doesNotContain(3, 4, 5, 6).contains(7);
        assertThat(JapaneseLineBreak.canBreakBefore("次期総合計画（R8～）の策定", 9)).isFalse();
        // no digit, or more than six characters inside: ordinary rules
        assertThat(JapaneseLineBreak.canBreakBefore("構想（案の検討）", 4)).isTrue();
        assertThat(wrap("開催（9月30日現在）", 6)).containsExactly("開催", "（9月30日", "現在）");
    }

    @Test
    void anEnclosedNumberStaysWithWhatItNumbers() {
        assertThat(JapaneseLineBreak.canBreakBefore("①第三次上田市総合計画", 1)).isFalse();
        assertThat(JapaneseLineBreak.canBreakBefore("①第三次上田市総合計画", 2)).isTrue();
    }

    @Test
    void breaksAfterSpacesButNotBefore() {
        String s = "(1) パブリックコメント";
        assertThat(JapaneseLineBreak.canBreakBefore(s, 3)).isFalse();
        assertThat(JapaneseLineBreak.canBreakBefore(s, 4)).isTrue();
        assertThat(wrap("全体会2回　部会各1回開催", 5)).containsExactly("全体会", "2回　部会", "各1回開催");
    }

    @Test
    void aNoBreakSpaceJoinsBothSides() {
        String s = "目標値\u00a020,000人\u00a0/ 実績値\u00a019,175人";
        assertThat(JapaneseLineBreak.canBreakBefore(s, 3)).isFalse();
        assertThat(JapaneseLineBreak.canBreakBefore(s, 4)).isFalse();
        assertThat(wrap(s, 14)).containsExactly("目標値\u00a020,000人\u00a0/", "実績値\u00a019,175人");
    }

    @Test
    void surrogatePairsAreNeverCut() {
        String s = "𠮷野家の𩸽定食";
        assertThat(JapaneseLineBreak.canBreakBefore(s, 1)).isFalse();
        assertThat(JapaneseLineBreak.canBreakBefore(s, 2)).isTrue();
        assertThat(wrap(s, 2)).allSatisfy(line -> assertThat(line.codePoints()
                .noneMatch(cp -> Character.isSurrogate((char) cp))).isTrue());
    }

    @Test
    void aWordWiderThanTheLineIsCutWhereTheLineIsFull() {
        assertThat(wrap("https://www.city.ueda.nagano.jp", 10)).containsExactly("https://ww", "w.city.ued",
                "a.nagano.j", "p");
    }

    @Test
    void theLastLineIsNeverASingleCharacter() {
        // 23 would fit all but 申: 答 goes down with it
        assertThat(wrap("「総合計画審議会」の実施、第三次総合計画最終答申", 23))
                .containsExactly("「総合計画審議会」の実施、第三次総合計画最終", "答申");
        assertThat(JapaneseLineBreak.canBreakBefore("検討", 1)).isFalse();
        assertThat(JapaneseLineBreak.canBreakBefore("検討する", 1)).isTrue();
    }

    @Test
    void newlinesAlwaysBreak() {
        assertThat(wrap("9月議会上程\n10/1議決", 20)).containsExactly("9月議会上程", "10/1議決");
    }

    /**
     * The rules hold for the seed's longest texts at every width a column could have (at widths
     * narrower than a word, the word is cut: see below).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "土地利用検討会議で同意された「構想」（案）を総合計画基本構想に盛り込み9月議会上程し10/1議決",
        "新入職員を対象とした研修を実施（4月）、入庁2年目職員を対象としたDXマインド研修（10月）、定住自立圏市町村職員研修（2月）を実施予定",
        "ウォーキング（4月号）、コミュニティスクール（5月号）、男女共同参画社会（6月号）、災害に強いまち（8月号）、バスの乗り方（9月号）",
        "LINE友だち登録者数 17,913人→19,175人（9月30日現在）",
        "第二次上田市総合計画 後期まちづくり計画、第2期上田市まち・ひと・しごと創生総合戦略、上田再構築プランVer2.0の推進"})
    void noLineStartsOrEndsWrongAtAnyWidth(String text) {
        for (int width = 8; width <= 40; width++) {
            List<String> lines = wrap(text, width);
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (i > 0) {
                    assertThat(JapaneseLineBreak.mayStartLine(line.codePointAt(0))).as(width + ": " + lines).isTrue();
                }
                if (i < lines.size() - 1) {
                    assertThat(JapaneseLineBreak.mayEndLine(line.codePointBefore(line.length())))
                            .as(width + ": " + lines).isTrue();
                }
            }
        }
    }

    @Test
    void figuresBreakOnlyAtTheirSpaces() {
        char[] cc = "基準値\u00a017,913人\u00a0→ 目標値\u00a020,000人".toCharArray();
        for (int i = 0; i < cc.length - 1; i++) {
            boolean afterArrowSpace = cc[i] == ' ';
            assertThat(JapaneseLineBreak.AT_SPACES.isSplitCharacter(0, i, cc.length, cc, null))
                    .as("after %s", cc[i]).isEqualTo(afterArrowSpace);
        }
    }

    @Test
    void theSplitCharacterAnswersForTheWholeParagraph() {
        char[] cc = "会議を開催。次回".toCharArray();
        // OpenPDF asks whether it may break after cc[current]
        assertThat(JapaneseLineBreak.SPLIT.isSplitCharacter(0, 4, cc.length, cc, null)).isFalse(); // 催|。
        assertThat(JapaneseLineBreak.SPLIT.isSplitCharacter(0, 5, cc.length, cc, null)).isTrue(); // 。|次
        // its buffers are longer than the text: only [0, end) counts
        char[] buffer = "あい、うえ".toCharArray();
        assertThat(JapaneseLineBreak.SPLIT.isSplitCharacter(0, 1, 2, buffer, null)).isTrue();
    }
}
