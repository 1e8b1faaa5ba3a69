package io.goalsheet.render.findings;

import java.util.Locale;
import java.util.Objects;

/**
 * How findings are rendered.
 *
 * @param locale language of labels and rule descriptions (Japanese for {@code ja}, otherwise
 *     English); the findings' own messages are already localised
 * @param color use ANSI colours ({@code text} only; set it only when writing to a terminal)
 * @param strict warnings make a file invalid too ({@code --strict})
 * @param quiet leave out the lines for files without findings ({@code text} only)
 * @param toolVersion goalsheet's version, reported by {@code sarif}; may be null
 */
public record RenderContext(
        Locale locale, boolean color, boolean strict, boolean quiet, String toolVersion) {

    public RenderContext {
        Objects.requireNonNull(locale, "locale");
    }
}
