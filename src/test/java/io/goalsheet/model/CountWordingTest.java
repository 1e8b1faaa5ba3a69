package io.goalsheet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts in the wording: "1 department", "2 departments" in English; a counter after the number in Japanese. */
class CountWordingTest {

    private static final String NOUNS = "(?:empty |metadata )?(?:row|error|warning|file|department|sheet|column|group"
            + "|character|problem|finding|cell|indicator|goal|option|argument|year)";
    private static final Pattern ONE_PLURAL = Pattern.compile("\\b1 " + NOUNS + "s\\b");
    private static final Pattern TWO_SINGULAR = Pattern.compile("\\b2 " + NOUNS + "\\b(?!s)");
    /** 件, 部局, 行, 枚, 列, 文字, 項目, 個, 年; ファイル is used as a counter too (3 ファイル). */
    private static final Pattern COUNTER = Pattern.compile("\\s?(?:件|部局|行|枚|列|文字|項目|個|年|ファイル)");
    private static final Pattern CHOICE = Pattern.compile("\\{(\\d+),choice,");

    @ParameterizedTest
    @ValueSource(strings = {"io.goalsheet.messages", "io.goalsheet.read.reasons", "io.goalsheet.render.findings.labels"})
    void englishSaysOneThingAndTwoThings(String baseName) {
        ResourceBundle en = Bundles.get(baseName, Locale.ENGLISH);
        List<String> wrong = new ArrayList<>();
        for (String key : en.keySet()) {
            String pattern = en.getString(key);
            for (int count : new int[] {1, 2}) {
                String text = MessagePatterns.format(pattern, Locale.ENGLISH, args(pattern, count));
                if ((count == 1 ? ONE_PLURAL : TWO_SINGULAR).matcher(text).find()) {
                    wrong.add(key + ": " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Where English chooses a plural by a count, the Japanese writes that count with a counter. */
    @ParameterizedTest
    @ValueSource(strings = {"io.goalsheet.messages", "io.goalsheet.read.reasons", "io.goalsheet.render.findings.labels"})
    void japaneseCountsTakeACounter(String baseName) {
        ResourceBundle en = Bundles.get(baseName, Locale.ENGLISH);
        ResourceBundle ja = Bundles.get(baseName, Locale.JAPANESE);
        List<String> wrong = new ArrayList<>();
        int counts = 0;
        for (String key : en.keySet()) {
            Matcher m = CHOICE.matcher(en.getString(key));
            while (m.find()) {
                String placeholder = "{" + m.group(1) + "}";
                String jaPattern = ja.getString(key);
                for (int at = jaPattern.indexOf(placeholder); at >= 0; at = jaPattern.indexOf(placeholder, at + 1)) {
                    counts++;
                    if (!COUNTER.matcher(jaPattern).region(at + placeholder.length(), jaPattern.length()).lookingAt()) {
                        wrong.add(key + ": " + jaPattern);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        if (!baseName.endsWith("reasons")) {
            assertThat(counts).as("counts checked").isPositive();
        }
    }

    @Test
    void theMessagesOfTheCommandsCountRight() {
        Messages en = Messages.forLocale(Locale.ENGLISH);
        assertThat(en.get("cli.merged", "m.xlsx", 1, 1)).isEqualTo("Wrote m.xlsx: 1 department, 1 row");
        assertThat(en.get("cli.merged", "m.xlsx", 2, 1234)).isEqualTo("Wrote m.xlsx: 2 departments, 1,234 rows");
        assertThat(en.get("cli.reported", "r.pdf", 1)).isEqualTo("Wrote r.pdf: the report of 1 department");
        assertThat(en.get("cli.skipped", "x.xlsx", 1L)).isEqualTo("Left out: x.xlsx (1 error)");
        assertThat(en.get("init.written", "x.xlsx", 0, 1)).isEqualTo("Wrote \"x.xlsx\" (0 rows carried forward, 1 empty row)");
        assertThat(en.get("cli.schema-invalid", 1)).isEqualTo("The schema has 1 problem");
        Messages ja = Messages.forLocale(Locale.JAPANESE);
        assertThat(ja.get("cli.merged", "m.xlsx", 1, 40)).isEqualTo("m.xlsx に 1 部局、40 行を書き出しました");
        assertThat(ja.get("cli.schema-ok", "s.yaml", 13, 4, 3))
                .isEqualTo("s.yaml: スキーマとして正しく読めました（13 列、メタデータ 4 項目、グループ 3 個）");
    }

    /** Every argument a count, but a {n,number} limit (never 1) a thousand. */
    private static Object[] args(String pattern, int count) {
        Format[] formats = new MessageFormat(pattern, Locale.ENGLISH).getFormatsByArgumentIndex();
        Object[] args = new Object[formats.length];
        Arrays.fill(args, count);
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof NumberFormat) {
                args[i] = 1000;
            }
        }
        return args;
    }
}
