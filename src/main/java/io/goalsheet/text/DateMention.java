package io.goalsheet.text;

import java.util.Objects;

/**
 * A date found inside free text. {@code start} and {@code end} are UTF-16 indices into the text
 * that was scanned (end exclusive), so {@code text.substring(start, end)} is {@code text}.
 * {@code result} is never {@link DateParse.NotADate}.
 */
public record DateMention(String text, int start, int end, DateParse result) {

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(result, "result");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean isValid() {
        return result instanceof DateParse.Valid;
    }
}
