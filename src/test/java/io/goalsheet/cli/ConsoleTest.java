package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    @Test
    void withTheSystemClockTodayIsTheDateInTheSystemsTimeZone() {
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
                false, false, null);
        assertThat(console.clock()).as("looked up only when a date is asked for").isNull();
        LocalDate before = LocalDate.now();
        LocalDate today = console.today();
        assertThat(today).isBetween(before, LocalDate.now());
    }
}
