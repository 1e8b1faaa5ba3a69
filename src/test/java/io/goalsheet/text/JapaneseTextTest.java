package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JapaneseTextTest {

    static Stream<Arguments> trimCases() {
        return Stream.of(
                Arguments.of("\u3000政策企画部\u3000", "政策企画部"),
                Arguments.of("\u00A0 17,913\t", "17,913"),
                Arguments.of("\uFEFF令和7年度", "令和7年度"),
                Arguments.of("\u200B○\u200B", "○"),
                Arguments.of("\r\n① 第三次\u3000上田市\n", "① 第三次\u3000上田市"),
                Arguments.of("\u3000 \t\r\n", ""),
                Arguments.of("", ""),
                Arguments.of("上田市", "上田市"));
    }

    @ParameterizedTest
    @MethodSource("trimCases")
    void trimStripsWideWhitespaceAtTheEdgesOnly(String in, String expected) {
        assertThat(JapaneseText.trim(in)).isEqualTo(expected);
    }

    @Test
    void trimRemovesExactlyTheSpacesAndZeroWidthCharactersOfEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue;
            }
            boolean trimmable = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85
                    || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
            String s = Character.toString(cp);
            assertThat(JapaneseText.trim(s)).as("U+%04X", cp).isEqualTo(trimmable ? "" : s);
        }
    }

    @Test
    void nullStaysNull() {
        assertThat(JapaneseText.trim(null)).isNull();
        assertThat(JapaneseText.nfkc(null)).isNull();
        assertThat(JapaneseText.fold(null)).isNull();
        assertThat(JapaneseText.isBlank(null)).isTrue();
    }

    static Stream<Arguments> blankCases() {
        return Stream.of(
                Arguments.of("", true),
                Arguments.of("\u3000", true),
                Arguments.of(" \u00A0\uFEFF\u200B\t\n", true),
                Arguments.of("\u3000-\u3000", false),
                Arguments.of("0", false));
    }

    @ParameterizedTest
    @MethodSource("blankCases")
    void isBlank(String in, boolean expected) {
        assertThat(JapaneseText.isBlank(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ①              | ①
            ①②             | ①②
            ⑴              | ⑴
            ⒈              | ⒈
            ㉑              | ㉑
            ㊿              | ㊿
            ❶              | ❶
            ㈠              | ㈠
            ①第三次            | ①第三次
            ⑵ＬＩＮＥ           | ⑵LINE
            １７，９１３         | 17,913
            （１）             | (1)
            ６０％             | 60%
            −5              | -5
            －5              | -5
            ＡＢＣａｂｃ          | ABCabc
            ｶﾀｶﾅ            | カタカナ
            ㍻31年           | 平成31年
            ㋿7年            | 令和7年
            ㈱上田            | (株)上田
            R8～             | R8~
            ―               | ―
            """)
    void nfkcKeepsEnclosedNumbersAndMapsMinus(String in, String expected) {
        assertThat(JapaneseText.nfkc(in)).isEqualTo(expected);
    }

    @Test
    void nfkcTurnsIdeographicSpaceIntoSpace() {
        assertThat(JapaneseText.nfkc("第三次\u3000上田市")).isEqualTo("第三次 上田市");
    }

    static Stream<Arguments> sameText() {
        return Stream.of(
                Arguments.of("次期総合計画（R8～）の策定", " 次期総合計画(R8~)の策定\u3000"),
                Arguments.of("第三次上田市\u3000総合計画", "第三次上田市  \t総合計画"),
                Arguments.of("第三次上田市\n総合計画", "第三次上田市 総合計画"),
                Arguments.of("ＳＤＧｓの着実な推進", "SDGsの着実な推進"),
                Arguments.of("SDGs\u200Bの推進", "SDGsの推進"));
    }

    @ParameterizedTest
    @MethodSource("sameText")
    void foldMakesVisiblyEqualTitlesEqual(String a, String b) {
        assertThat(JapaneseText.fold(a)).isEqualTo(JapaneseText.fold(b));
    }

    static Stream<Arguments> differentText() {
        return Stream.of(
                Arguments.of("第三次上田市総合計画", "第二次上田市総合計画"),
                Arguments.of("① 計画", "1 計画"),
                Arguments.of("第三次上田市総合計画", "第三次 上田市総合計画"));
    }

    @ParameterizedTest
    @MethodSource("differentText")
    void foldKeepsDifferentTitlesDifferent(String a, String b) {
        assertThat(JapaneseText.fold(a)).isNotEqualTo(JapaneseText.fold(b));
    }

    @Test
    void foldCollapsesToSingleAsciiSpaces() {
        assertThat(JapaneseText.fold("\u3000Ａ\u3000\u3000Ｂ \n Ｃ\u3000")).isEqualTo("A B C");
    }

    /** isSpace decides every code point above U+3000 without asking Character: none is a space. */
    @Test
    void noCodePointAfterTheIdeographicSpaceIsASpace() {
        assertThat(java.util.stream.IntStream.rangeClosed(0x3001, Character.MAX_CODE_POINT)
                .filter(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))).isEmpty();
        assertThat(JapaneseText.isSpace(0x3000)).isTrue();
        assertThat(JapaneseText.isSpace(0x3001)).isFalse();
    }

    /** The characters nfkc passes without the normaliser are NFKC-stable, alone and in any order. */
    @Test
    void stableCharactersAreTheirOwnNfkcFormAndTextsOfThemAndFullWidthAsciiNeedNoNormaliser() {
        StringBuilder stable = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (JapaneseText.isStable(c)) {
                assertThat(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC))
                        .as("U+%04X", (int) c).isEqualTo(String.valueOf(c));
                stable.append(c);
            }
        }
        assertThat(stable).contains("A", "~", "\n", "あ", "ゖ", "ア", "ヺ", "・", "ー", "一", "鿿", "、", "。", "「", "』", "【",
                "※", "→", "○", "◎", "△", "■");
        assertThat(stable.toString()).doesNotContain("\u3099", "\u309B", "（", "１", "①", "\u3000", "ｱ", "\u2212", "㈱");
        // texts of them, with full-width ASCII among them, come out as the normaliser makes them
        String wide = "（）１２３，．％：～Ａｚ！①⑳❶\u3000\u00A0";
        String pool = stable + wide;
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                sb.append(random.nextInt(4) == 0 ? wide.charAt(random.nextInt(wide.length()))
                        : pool.charAt(random.nextInt(pool.length())));
            }
            String text = sb.toString();
            assertThat(JapaneseText.quickNfkc(text)).as(text).isNotNull();
            // the enclosed numbers nfkc keeps, the rest as the normaliser makes it
            String kept = java.text.Normalizer.normalize(text.replace("①", "\uE001").replace("⑳", "\uE020")
                    .replace("❶", "\uE101"), java.text.Normalizer.Form.NFKC)
                    .replace("\uE001", "①").replace("\uE020", "⑳").replace("\uE101", "❶");
            assertThat(JapaneseText.nfkc(text)).as(text).isEqualTo(kept);
        }
        // anything else goes to the normaliser
        assertThat(JapaneseText.quickNfkc("ｶﾞ")).isNull();
        assertThat(JapaneseText.quickNfkc("か\u3099")).isNull();
        assertThat(JapaneseText.nfkc("（か\u3099）")).isEqualTo("(が)");
        assertThat(JapaneseText.quickNfkc("①（１）")).isEqualTo("①(1)");
        assertThat(JapaneseText.nfkc("①（ｶ）")).isEqualTo("①(カ)");
        String same = "計画案の周知";
        assertThat(JapaneseText.nfkc(same)).isSameAs(same);
    }
}
