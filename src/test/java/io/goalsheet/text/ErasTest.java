package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErasTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            令和 | 7  | 2025
            令和 | 1  | 2019
            R  | 7  | 2025
            r  | 8  | 2026
            Ｒ  | 7  | 2025
            ｒ  | 7  | 2025
            ㋿  | 7  | 2025
            平成 | 30 | 2018
            H  | 31 | 2019
            h  | 1  | 1989
            ㍻  | 1  | 1989
            昭和 | 64 | 1989
            S  | 1  | 1926
            大正 | 15 | 1926
            T  | 1  | 1912
            明治 | 45 | 1912
            M  | 1  | 1868
            """)
    void convertsEraYears(String era, int eraYear, int expected) {
        assertThat(Eras.toGregorianYear(era, eraYear)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            令和 | 0
            R  | -1
            平成 | 32
            昭和 | 65
            大正 | 16
            明治 | 46
            X  | 7
            西暦 | 7
            RR | 7
            """)
    void rejectsEraYearsThatNeverExisted(String era, int eraYear) {
        assertThat(Eras.toGregorianYear(era, eraYear)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-09-30 | 令和7年9月30日
            2019-05-01 | 令和元年5月1日
            2019-04-30 | 平成31年4月30日
            2020-01-01 | 令和2年1月1日
            1989-01-08 | 平成元年1月8日
            1989-01-07 | 昭和64年1月7日
            1926-12-25 | 昭和元年12月25日
            1926-12-24 | 大正15年12月24日
            1912-07-30 | 大正元年7月30日
            1868-10-23 | 明治元年10月23日
            1868-10-22 | 1868年10月22日
            """)
    void writesWareki(LocalDate d, String expected) {
        assertThat(Eras.wareki(d)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025 | 令和7
            2019 | 令和元
            2020 | 令和2
            2018 | 平成30
            1989 | 平成元
            1988 | 昭和63
            1926 | 大正15
            1927 | 昭和2
            """)
    void namesFiscalYearsByTheEraAtMidYear(int fy, String expected) {
        assertThat(Eras.eraYear(fy)).isEqualTo(expected);
    }

    @Test
    void noEraBeforeMeiji() {
        assertThatThrownBy(() -> Eras.eraYear(1868)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canBeginEraIsTrueExactlyForTheCharactersTheEraExpressionCanBeginWith() {
        Pattern era = Pattern.compile(Eras.ERA_REGEX);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            Matcher m = era.matcher(String.valueOf(c));
            boolean canBegin = m.lookingAt() || m.hitEnd();
            assertThat(Eras.canBeginEra(c)).as("U+%04X", (int) c).isEqualTo(canBegin);
        }
    }
}
