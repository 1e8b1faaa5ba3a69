package io.goalsheet.render.findings;

import io.goalsheet.model.FindingCodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    /** The codes of PRODUCT.md §3 plus metadata-missing, as the brief lists them. */
    private static final List<String> CODES = List.of(
            "unreadable", "unsupported-format", "encrypted", "too-large", "sheet-missing",
            "metadata-missing", "column-missing", "unknown-column", "required", "type", "enum",
            "pattern", "min-length", "max-length", "minimum", "maximum", "invalid-date",
            "out-of-period", "inconsistent", "duplicate", "sequence", "outline-mismatch", "formula-error",
            "progress-mismatch", "duplicate-department", "period-mismatch", "stale-progress", "actual-decreased");

    private static final Texts JA = Texts.forLocale(Locale.JAPANESE);
    private static final Texts EN = Texts.forLocale(Locale.ENGLISH);

    @Test
    void theKnownCodesAreTheListedOnes() {
        assertThat(FindingCodes.ALL).containsExactlyElementsOf(CODES);
    }

    @Test
    void everyCodeHasATitleAndDescriptionInBothLanguages() {
        for (String code : CODES) {
            for (Texts texts : List.of(JA, EN)) {
                assertThat(texts.knows(code)).as("%s in %s", code, texts.locale()).isTrue();
                assertThat(texts.title(code)).isNotBlank().isNotEqualTo(code);
                assertThat(texts.description(code)).isNotBlank()
                        .isNotEqualTo(texts.title(code)).endsWith(texts == EN ? "." : "。");
            }
            assertThat(JA.title(code)).as(code).matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
            assertThat(EN.title(code)).as(code).matches("\\p{ASCII}+");
        }
    }

    @Test
    void bundlesHaveTheSameKeysAndNothingElse() {
        for (String name : List.of("labels", "codes")) {
            ResourceBundle ja = bundle(name, Locale.JAPANESE);
            ResourceBundle en = bundle(name, Locale.ENGLISH);
            assertThat(ja.keySet()).as(name).isEqualTo(en.keySet());
        }
        assertThat(bundle("codes", Locale.ENGLISH).keySet()).hasSize(CODES.size() * 2);
        assertThat(bundle("labels", Locale.ENGLISH).keySet()).containsExactlyInAnyOrder(
                "severity.error", "severity.warning", "ok", "value", "file.department",
                "message.value", "junit.failure", "summary", "summary.strict");
    }

    /** Every label, with numbers that take each branch of its choices, reads as MessageFormat writes it. */
    @Test
    void labelsAreWhatMessageFormatWrites() {
        Object[] numbers = {0, 1, 2, 7, 999, 1_000, 12_345, 1_234_567, -1, -1_000, 0L, 1L, 1_000L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (Texts texts : List.of(JA, EN)) {
            ResourceBundle labels = bundle("labels", texts.locale());
            for (String key : labels.keySet()) {
                for (int i = 0; i < numbers.length; i++) {
                    Object[] args = {numbers[i], numbers[(i + 1) % numbers.length], "ファイル", numbers[(i + 3) % numbers.length],
                        numbers[(i + 5) % numbers.length]};
                    assertThat(texts.label(key, args)).as("%s %s %s", texts.locale(), key, java.util.Arrays.toString(args))
                            .isEqualTo(new java.text.MessageFormat(labels.getString(key), texts.locale()).format(args));
                }
            }
            assertThat(texts.label("summary", 1_234, 1_000, 234, 1, 0)).isEqualTo(texts == EN
                    ? "Checked 1,234 files: 1,000 valid, 234 with errors (1 error, 0 warnings)"
                    : "1,234 ファイルを検証: 1,000 件が有効、234 件にエラー（エラー 1 件、警告 0 件）");
        }
    }

    @Test
    void unknownCodeFallsBackToItself() {
        assertThat(EN.title("new-check")).isEqualTo("new-check");
        assertThat(EN.description("new-check")).isEqualTo("new-check");
        assertThat(EN.knows("new-check")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "zh-TW", "ko", "und"})
    void otherLanguagesGetEnglishWhateverTheDefaultLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            Texts texts = Texts.forLocale(Locale.forLanguageTag(tag));
            assertThat(texts.label("severity.error")).isEqualTo("error");
            assertThat(texts.title("invalid-date")).isEqualTo("Date that does not exist");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void japaneseForAnyJapaneseLocale() {
        assertThat(Texts.forLocale(Locale.JAPAN).label("severity.warning")).isEqualTo("警告");
        assertThat(Texts.forLocale(Locale.forLanguageTag("ja-JP-u-ca-japanese"))
                .label("value", "③")).isEqualTo("値: ③");
    }

    @Test
    void labelsFormat() {
        assertThat(EN.label("summary", 1000, 999, 1, 2L, 1L))
                .isEqualTo("Checked 1,000 files: 999 valid, 1 with errors (2 errors, 1 warning)");
        assertThat(JA.label("summary", 3, 2, 1, 2L, 1L))
                .isEqualTo("3 ファイルを検証: 2 件が有効、1 件にエラー（エラー 2 件、警告 1 件）");
        assertThat(EN.label("junit.failure", "Formula error", 1)).isEqualTo("Formula error (1 finding)");
        assertThat(EN.label("junit.failure", "Formula error", 2)).isEqualTo("Formula error (2 findings)");
        assertThat(JA.label("file.department", "a.xlsx", "政策企画部")).isEqualTo("a.xlsx 「政策企画部」");
        assertThat(EN.label("message.value", "m", "it's {0}")).isEqualTo("m (value: it's {0})");
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle("io.goalsheet.render.findings." + name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
