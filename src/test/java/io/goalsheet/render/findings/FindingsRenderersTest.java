package io.goalsheet.render.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.goalsheet.model.FileResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FindingsRenderersTest {

    private static final RenderContext CTX = Fixtures.context(Locale.ENGLISH);

    @Test
    void formats() {
        assertThat(FindingsRenderers.formats())
                .containsExactly("github", "json", "junit", "sarif", "text");
        assertThatThrownBy(() -> FindingsRenderers.formats().add("csv"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eachNameMakesItsClass() {
        StringWriter out = new StringWriter();
        assertThat(FindingsRenderers.create(TextRenderer.NAME, out, CTX)).isInstanceOf(TextRenderer.class);
        assertThat(FindingsRenderers.create(JsonRenderer.NAME, out, CTX)).isInstanceOf(JsonRenderer.class);
        assertThat(FindingsRenderers.create(JunitRenderer.NAME, out, CTX)).isInstanceOf(JunitRenderer.class);
        assertThat(FindingsRenderers.create(SarifRenderer.NAME, out, CTX)).isInstanceOf(SarifRenderer.class);
        assertThat(FindingsRenderers.create(GithubRenderer.NAME, out, CTX)).isInstanceOf(GithubRenderer.class);
        assertThat(FindingsRenderers.create(" SARIF ", out, CTX)).isInstanceOf(SarifRenderer.class);
    }

    @Test
    void unknownFormatListsTheValidOnes() {
        assertThatThrownBy(() -> FindingsRenderers.create("csv", new StringWriter(), CTX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'csv'; valid formats: github, json, junit, sarif, text");
        assertThatThrownBy(() -> FindingsRenderers.create(null, new StringWriter(), CTX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> names() {
        return List.copyOf(FindingsRenderers.formats());
    }

    @ParameterizedTest
    @MethodSource("names")
    void callOrderIsEnforced(String format) throws IOException {
        FindingsRenderer r = FindingsRenderers.create(format, new StringWriter(), CTX);
        FileResult ok = new FileResult("a.xlsx", "総務部", List.of());
        assertThatThrownBy(() -> r.file(ok)).isInstanceOf(IllegalStateException.class);
        r.start("priority-goals");
        assertThatThrownBy(() -> r.start("priority-goals")).isInstanceOf(IllegalStateException.class);
        r.file(ok);
        r.end(new io.goalsheet.model.ValidationReport.Summary(1, 1, 0, 0, 0));
        assertThatThrownBy(() -> r.file(ok)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @MethodSource("names")
    void flushesButNeverClosesTheWriter(String format) throws IOException {
        class Recording extends StringWriter {
            boolean flushed;
            boolean closed;

            @Override
            public void flush() {
                flushed = true;
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        Recording out = new Recording();
        FindingsRenderers.create(format, out, CTX).render(Fixtures.report(Locale.ENGLISH, false));
        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
        assertThat(out.toString()).isNotEmpty();
    }
}
