package io.goalsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            17913        | 17913
            17,913       | 17913
            １７，９１３      | 17913
            １７９１３       | 17913
            19,175       | 19175
            1,234,567    | 1234567
            -5           | -5
            −5           | -5
            －５           | -5
            ‐5           | -5
            ▲5           | -5
            ▲ 5          | -5
            ▲1,000       | -1000
            △5           | -5
            +3           | 3
            ＋３           | 3
            1.5          | 1.5
            17,913.5     | 17913.5
            .5           | 0.5
            ．５           | 0.5
            0            | 0
            -0           | 0
            007          | 7
            """)
    void readsNumbersAsOfficesTypeThem(String in, double expected) {
        assertThat(Numbers.parse(in)).hasValue(expected);
    }

    static Stream<Arguments> padded() {
        return Stream.of(
                Arguments.of("\u300012\u3000", 12.0),
                Arguments.of(" 12 ", 12.0),
                Arguments.of("\u00A0▲\u30005\t", -5.0));
    }

    @ParameterizedTest
    @MethodSource("padded")
    void ignoresSurroundingWhitespace(String in, double expected) {
        assertThat(Numbers.parse(in)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\u3000", "17,913人", "abc", "1.2.3", "5%", "５％", "Ver2.0", "1,2345",
        "12,34", ",123", "1,234,56", "5.", "1e3", "--5", "▲-5", "―5", "ー5", "―", "NaN", "Infinity",
        "17 913", "①", "1/2", "(5)", "5-"})
    void rejectsWhatIsNotAPlainNumber(String in) {
        assertThat(Numbers.parse(in)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullIsEmpty() {
        assertThat(Numbers.parse(null)).isEmpty();
    }
}
