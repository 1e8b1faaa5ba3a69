package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            令和7年度          | 2025
            令和７年度          | 2025
            '\u3000令和7年度\u3000' | 2025
            令和 7 年度        | 2025
            令和7年           | 2025
            R7             | 2025
            R7年度           | 2025
            r7             | 2025
            Ｒ７             | 2025
            ㋿7年度           | 2025
            2025年度         | 2025
            2025           | 2025
            ２０２５年度         | 2025
            2025年          | 2025
            FY2025         | 2025
            fy2025         | 2025
            FY 2025        | 2025
            ＦＹ２０２５         | 2025
            2025（令和7）年度    | 2025
            2025年度（令和7年度）  | 2025
            令和7（2025）年度    | 2025
            令和7年度（2025年度）  | 2025
            令和元年度          | 2019
            R元年度           | 2019
            H30年度          | 2018
            平成31年度         | 2019
            昭和63年度         | 1988
            """)
    void readsFiscalYearsHoweverWritten(String in, int expected) {
        assertThat(FiscalYears.parse(in)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25", "７", "年度", "令和", "R", "令和0年度", "平成32年度", "2025（令和6）年度",
        "令和7年度（2024年度）", "FY25", "20255", "令和7年度予算", "1200", "中間報告", "R2025"})
    void rejectsGarbageAndAmbiguity(String in) {
        assertThat(FiscalYears.parse(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025 | 2025-04-01 | 2026-03-31 | 令和7年度   | 令和7年度（2025年度）
            2019 | 2019-04-01 | 2020-03-31 | 令和元年度  | 令和元年度（2019年度）
            2018 | 2018-04-01 | 2019-03-31 | 平成30年度  | 平成30年度（2018年度）
            2027 | 2027-04-01 | 2028-03-31 | 令和9年度   | 令和9年度（2027年度）
            """)
    void boundsAndLabels(int fy, LocalDate start, LocalDate end, String label, String withGregorian) {
        assertThat(FiscalYears.start(fy)).isEqualTo(start);
        assertThat(FiscalYears.end(fy)).isEqualTo(end);
        assertThat(FiscalYears.label(fy)).isEqualTo(label);
        assertThat(FiscalYears.labelWithGregorian(fy)).isEqualTo(withGregorian);
        assertThat(FiscalYears.parse(label)).hasValue(fy);
        assertThat(FiscalYears.parse(withGregorian)).hasValue(fy);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-04-01 | 2025
            2025-09-30 | 2025
            2025-12-31 | 2025
            2026-01-01 | 2025
            2026-03-31 | 2025
            2026-04-01 | 2026
            2025-03-31 | 2024
            """)
    void placesDatesInFiscalYears(LocalDate d, int fy) {
        assertThat(FiscalYears.of(d)).isEqualTo(fy);
        assertThat(FiscalYears.contains(fy, d)).isTrue();
        assertThat(FiscalYears.contains(fy + 1, d)).isFalse();
        assertThat(FiscalYears.contains(fy - 1, d)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            【令和7年度重点目標】          | 令和7年度
            【令和７年度重点目標】         | 令和7年度
            R7年度 中間報告              | R7年度
            平成 30 年度の実績           | 平成 30 年度
            2025年度（令和7年度）        | 2025年度
            令和元年度                   | 令和元年度
            重点目標一覧表（中間報告調書） | null
            昭和50年度から続く事業        | null
            7年度                        | null
            """)
    void findsAFiscalYearNamedInAHeading(String text, String expected) {
        assertThat(FiscalYears.mention(text)).isEqualTo(expected);
    }
}
