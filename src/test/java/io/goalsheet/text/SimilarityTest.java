package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void theSameTextIsOneAndTextsSharingNoPairAreZero() {
        assertThat(Similarity.dice("LINE友だち登録者数 20,000人", "LINE友だち登録者数 20,000人")).isEqualTo(1.0);
        assertThat(Similarity.dice("市民向け講座開催", "漏水調査延長")).isEqualTo(0.0);
        assertThat(Similarity.dice("", "")).isEqualTo(1.0);
        assertThat(Similarity.dice("a", "ab")).isEqualTo(0.0);
    }

    @Test
    void widthSpacesAndLineBreaksDoNotCount() {
        assertThat(Similarity.dice("ＬＩＮＥ友だち　登録者数", "LINE友だち登録者数")).isEqualTo(1.0);
        assertThat(Similarity.dice("記事内容の充実\n読みやすさの工夫", "記事内容の充実 読みやすさの工夫")).isEqualTo(1.0);
    }

    @Test
    void oneChangedFigureInALongTargetLeavesItAlike() {
        // 25 pairs each (spaces left out); "20,000" → "21,000" changes two of them (20, 0,)
        double d = Similarity.dice("LINE友だち登録者数 17,913人→20,000人", "LINE友だち登録者数 17,913人→21,000人");
        assertThat(d).isCloseTo(23.0 / 25, within(1e-9));
        assertThat(Similarity.dice("LINE友だち登録者数 20,000人", "YouTubeアカウント登録者数 7,400人")).isLessThan(0.5);
    }

    @Test
    void repeatedPairsCountAsOftenAsBothHaveThem() {
        // "ああああ" has three あa pairs, "ああ" one: 2 × 1 / (3 + 1)
        assertThat(Similarity.dice("ああああ", "ああ")).isEqualTo(0.5);
    }
}
