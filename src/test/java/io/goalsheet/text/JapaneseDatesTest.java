package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-09-30         | 2025-09-30
            2025/9/30          | 2025-09-30
            2025.9.30          | 2025-09-30
            2025/09/30         | 2025-09-30
            2025年9月30日         | 2025-09-30
            2025 年 9 月 30 日    | 2025-09-30
            令和7年9月30日         | 2025-09-30
            令和７年９月３０日         | 2025-09-30
            令和元年5月1日          | 2019-05-01
            令和1年4月1日          | 2019-04-01
            R7.9.30            | 2025-09-30
            R7/9/30            | 2025-09-30
            R7-9-30            | 2025-09-30
            r7.9.30            | 2025-09-30
            Ｒ７．９．３０           | 2025-09-30
            Ｒ７／９／３０           | 2025-09-30
            R7年9月30日          | 2025-09-30
            H31.4.30           | 2019-04-30
            平成31年5月1日         | 2019-05-01
            ㍻31年4月30日         | 2019-04-30
            昭和64年1月7日         | 1989-01-07
            2025/09/30 0:00    | 2025-09-30
            2025-09-30 12:34:56 | 2025-09-30
            2025-09-30T00:00:00 | 2025-09-30
            2025年9月30日(火)      | 2025-09-30
            令和7年9月30日（火曜日）    | 2025-09-30
            2028/2/29          | 2028-02-29
            2024/2/29          | 2024-02-29
            2000/2/29          | 2000-02-29
            2025/1/31          | 2025-01-31
            20250930           | 2025-09-30
            ２０２５０９３０           | 2025-09-30
            20260331           | 2026-03-31
            19990101           | 1999-01-01
            20280229           | 2028-02-29
            """)
    void readsWholeCellDates(String in, LocalDate expected) {
        assertThat(JapaneseDates.parse(in)).isEqualTo(new DateParse.Valid(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025/9/31       | no-such-day
            令和7年2月30日       | no-such-day
            2025/13/1       | no-such-month
            2025/0/1        | no-such-month
            2025/1/0        | no-such-day
            2025/1/32       | no-such-day
            2026/2/29       | no-such-day
            1900/2/29       | no-such-day
            2025年4月31日       | no-such-day
            R7.13.1         | no-such-month
            平成32年1月1日       | no-such-era-year
            令和0年5月1日        | no-such-era-year
            H32.1.1         | no-such-era-year
            20250931        | no-such-day
            20260229        | no-such-day
            20251301        | no-such-month
            20250001        | no-such-month
            20250900        | no-such-day
            """)
    void reportsDaysThatDoNotExist(String in, String reason) {
        assertThat(JapaneseDates.parse(in)).isEqualTo(new DateParse.Invalid(in, reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "未定", "9月30日", "9/30", "25/9/30", "2025/9", "2025年9月", "令和7年度",
        "R7", "2025/9/30/1", "2025/9-30", "2025/123/1", "20251/9/30", "Ver2.0", "1.2.3", "9月末", "上半期",
        "2025093", "202509300", "12345678", "30000101", "18991231", "2025 0930", "20250930日"})
    void anythingElseIsNotADate(String in) {
        assertThat(JapaneseDates.parse(in)).isEqualTo(new DateParse.NotADate());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            9月30日   | 2025 | 2025-09-30
            ９月３０日   | 2025 | 2025-09-30
            9/30    | 2025 | 2025-09-30
            3/31    | 2025 | 2026-03-31
            2月29日   | 2027 | 2028-02-29
            2025/5/1 | 2030 | 2025-05-01
            """)
    void readsYearlessDatesInAFiscalYear(String in, int fy, LocalDate expected) {
        assertThat(JapaneseDates.parse(in, fy)).isEqualTo(new DateParse.Valid(expected));
    }

    @Test
    void yearlessDatesCanBeInvalidInAFiscalYear() {
        assertThat(JapaneseDates.parse("2月29日", 2025)).isEqualTo(new DateParse.Invalid("2月29日", "no-such-day"));
        assertThat(JapaneseDates.parse("9月末", 2025)).isEqualTo(new DateParse.NotADate());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            45930         | false | 2025-09-30
            45930.75      | false | 2025-09-30
            45930.99999999999 | false | 2025-10-01
            1             | false | 1900-01-01
            59            | false | 1900-02-28
            60            | false | 1900-03-01
            61            | false | 1900-03-01
            0             | false | 1899-12-31
            43586         | false | 2019-05-01
            2958465       | false | 9999-12-31
            0             | true  | 1904-01-01
            1             | true  | 1904-01-02
            44468         | true  | 2025-09-30
            """)
    void convertsExcelSerials(double serial, boolean date1904, LocalDate expected) {
        assertThat(JapaneseDates.fromExcelSerial(serial, date1904)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY, 2958466})
    void rejectsImpossibleSerials(double serial) {
        assertThatThrownBy(() -> JapaneseDates.fromExcelSerial(serial, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
