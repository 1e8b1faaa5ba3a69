package io.goalsheet.render.findings;

import java.io.Writer;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Makes the renderer for a {@code --format} name. */
public final class FindingsRenderers {

    private static final Set<String> FORMATS = Collections.unmodifiableSet(new TreeSet<>(List.of(
            TextRenderer.NAME, JsonRenderer.NAME, JunitRenderer.NAME, SarifRenderer.NAME, GithubRenderer.NAME)));

    private FindingsRenderers() {}

    /**
     * A finding code's short title (「存在しない日付です」), as the findings formats name it: what a
     * published report says about a file it left out, without the advice meant for the person running
     * goalsheet.
     */
    public static String codeTitle(String code, Locale locale) {
        return Texts.forLocale(locale).title(code);
    }

    /**
     * A new renderer writing to {@code out} (which it flushes at the end and never closes).
     *
     * @param format one of {@link #formats()}, case-insensitive
     * @throws IllegalArgumentException for an unknown format; the message lists the valid ones
     */
    public static FindingsRenderer create(String format, Writer out, RenderContext ctx) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(ctx, "ctx");
        String name = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case TextRenderer.NAME -> new TextRenderer(out, ctx);
            case JsonRenderer.NAME -> new JsonRenderer(out, ctx);
            case JunitRenderer.NAME -> new JunitRenderer(out, ctx);
            case SarifRenderer.NAME -> new SarifRenderer(out, ctx);
            case GithubRenderer.NAME -> new GithubRenderer(out, ctx);
            default -> throw new IllegalArgumentException("unknown format '" + format
                    + "'; valid formats: " + String.join(", ", FORMATS));
        };
    }

    /** The format names, sorted: github, json, junit, sarif, text. */
    public static Set<String> formats() {
        return FORMATS;
    }
}
