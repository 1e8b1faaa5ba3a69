package io.goalsheet.render.findings;

import java.io.Writer;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** Makes the renderer for a {@code --format} name. */
public final class FindingsRenderers {

    private static final Map<String, BiFunction<Writer, RenderContext, FindingsRenderer>> FORMATS;

    static {
        Map<String, BiFunction<Writer, RenderContext, FindingsRenderer>> formats = new TreeMap<>();
        formats.put(TextRenderer.NAME, TextRenderer::new);
        formats.put(JsonRenderer.NAME, JsonRenderer::new);
        formats.put(JunitRenderer.NAME, JunitRenderer::new);
        formats.put(SarifRenderer.NAME, SarifRenderer::new);
        formats.put(GithubRenderer.NAME, GithubRenderer::new);
        FORMATS = Collections.unmodifiableMap(formats);
    }

    private FindingsRenderers() {}

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
        BiFunction<Writer, RenderContext, FindingsRenderer> factory = FORMATS.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown format '" + format
                    + "'; valid formats: " + String.join(", ", FORMATS.keySet()));
        }
        return factory.apply(out, ctx);
    }

    /** The format names, sorted: github, json, junit, sarif, text. */
    public static Set<String> formats() {
        return FORMATS.keySet();
    }
}
