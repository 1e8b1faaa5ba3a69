package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            60        | 60
            60%       | 60
            ６０％       | 60
            60.5 %    | 60.5
            '60.5\u3000％' | 60.5
            ▲5%       | -5
            100%      | 100
            0.6       | 0.6
            1,000%    | 1000
            """)
    void readsRatesInPercentPoints(String in, double expected) {
        assertThat(Percents.parse(in)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%", "60%%", "六十%", "abc", "60 percent", "約60%", "60%程度", "% 60"})
    void rejectsGarbage(String in) {
        assertThat(Percents.parse(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0.6      | 60.0
            0.605    | 60.5
            0.07     | 7.0
            0.29     | 29.0
            1        | 100.0
            0        | 0.0
            -0.05    | -5.0
            0.123456 | 12.3456
            """)
    void convertsPercentFormattedNumbersWithoutFloatingNoise(double in, double expected) {
        assertThat(Percents.fromPercentFormattedNumber(in)).isEqualTo(expected);
    }
}
