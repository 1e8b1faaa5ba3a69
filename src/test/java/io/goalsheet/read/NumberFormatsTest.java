package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberFormatsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "General|PLAIN",
        "G/標準|PLAIN",
        "0|PLAIN",
        "#,##0|PLAIN",
        "#,##0.00_);[Red](#,##0.00)|PLAIN",
        "0.00E+00|PLAIN",
        "##0.0E-0|PLAIN",
        "#,##0\"件\"|PLAIN",
        "0\"日\"|PLAIN",
        "\"yyyy\"0|PLAIN",
        "0.0\\%|PLAIN",
        "[DBNum1][$-411]General|PLAIN",
        "[Red][<=100]0;[Blue]0|PLAIN",
        "0%|PERCENT",
        "0.0%|PERCENT",
        "[Red]0.00%|PERCENT",
        "@|TEXT",
        "\"No.\"@|TEXT",
        "0;-0;0;@|PLAIN",
        "yyyy/m/d|DATE",
        "yyyy/m/d;@|DATE",
        "yyyy\"年\"m\"月\"d\"日\"|DATE",
        "[$-411]ggge\"年\"m\"月\"d\"日\"|DATE",
        "[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\"|DATE",
        "[$-411]ge.m.d;@|DATE",
        "m\"月\"d\"日\"|DATE",
        "mm-dd-yy|DATE",
        "d-mmm-yy|DATE",
        "h:mm AM/PM|DATE",
        "h\"時\"mm\"分\"|DATE",
        "[h]:mm|DATE",
        "[mm]:ss|DATE",
        "mm:ss.0|DATE",
        "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy|DATE",
        "e/m/d|DATE",
        "general|PLAIN",
    })
    void classifiesFormatCodes(String code, NumberStyle expected) {
        assertThat(NumberFormats.classify(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
        52, 53, 54, 55, 56, 57, 58})
    void builtInDates(int id) {
        assertThat(NumberFormats.builtIn(id)).isEqualTo(NumberStyle.DATE);
        assertThat(NumberFormats.classify(id, null)).isEqualTo(NumberStyle.DATE);
        assertThat(NumberFormats.classify(id, "reserved-0x" + Integer.toHexString(id))).isEqualTo(NumberStyle.DATE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 37, 38, 39, 40, 41, 42, 43, 44, 48, 164, 200})
    void builtInNonDates(int id) {
        assertThat(NumberFormats.builtIn(id)).isEqualTo(NumberStyle.PLAIN);
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 10})
    void builtInPercent(int id) {
        assertThat(NumberFormats.builtIn(id)).isEqualTo(NumberStyle.PERCENT);
    }

    @org.junit.jupiter.api.Test
    void builtInTextAndCustomCodeOverridesId() {
        assertThat(NumberFormats.builtIn(49)).isEqualTo(NumberStyle.TEXT);
        assertThat(NumberFormats.classify(14, "0.00")).isEqualTo(NumberStyle.PLAIN);
    }

    /** Where POI has an opinion on ordinary (non-era) formats, we agree with it. */
    @org.junit.jupiter.api.Test
    void agreesWithPoiOnCommonFormats() {
        List<String> codes = List.of("General", "0", "0.00", "#,##0", "0%", "0.00E+00", "m/d/yy", "d-mmm-yy", "d-mmm",
                "mmm-yy", "h:mm AM/PM", "h:mm:ss AM/PM", "h:mm", "h:mm:ss", "m/d/yy h:mm", "mm:ss", "[h]:mm:ss",
                "mm:ss.0", "yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "m\"月\"d\"日\"", "#,##0\"円\"", "[Red]0.0",
                "yyyy-mm-dd;@", "\"Q\"0");
        for (String code : codes) {
            boolean poi = DateUtil.isADateFormat(164, code);
            assertThat(NumberFormats.classify(code) == NumberStyle.DATE).as(code).isEqualTo(poi);
        }
    }
}
