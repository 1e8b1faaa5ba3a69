package io.goalsheet.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a text meant as a date turned out to be: a real day, a date-shaped text naming a day that
 * does not exist (a mistake worth reporting), or not a date at all.
 */
public sealed interface DateParse permits DateParse.Valid, DateParse.Invalid, DateParse.NotADate {

    /** Month 0 or above 12: "2025/13/1", "13月". */
    String NO_SUCH_MONTH = "no-such-month";
    /** Day 0 or beyond the month's length, leap years included: "9月31日", "2026/2/29". */
    String NO_SUCH_DAY = "no-such-day";
    /** Era year 0 or past the era's last year: "令和0年", "平成32年" (平成 ended in its 31st year). */
    String NO_SUCH_ERA_YEAR = "no-such-era-year";

    /** A day that exists. */
    record Valid(LocalDate date) implements DateParse {
        public Valid {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A date-shaped text naming no real day. {@code text} is the text as written; {@code reason}
     * is {@link #NO_SUCH_MONTH}, {@link #NO_SUCH_DAY} or {@link #NO_SUCH_ERA_YEAR}.
     */
    record Invalid(String text, String reason) implements DateParse {
        public Invalid {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Not written as a date. */
    record NotADate() implements DateParse {
    }
}
