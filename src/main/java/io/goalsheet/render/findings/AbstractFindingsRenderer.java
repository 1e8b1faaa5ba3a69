package io.goalsheet.render.findings;

import io.goalsheet.model.FileResult;
import io.goalsheet.model.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/** The plumbing every format shares: the writer, the context, the texts and the call order. */
abstract class AbstractFindingsRenderer implements FindingsRenderer {

    private enum State { NEW, STARTED, ENDED }

    protected final Writer out;
    protected final RenderContext ctx;
    protected final Texts texts;
    private State state = State.NEW;

    AbstractFindingsRenderer(Writer out, RenderContext ctx) {
        this.out = Objects.requireNonNull(out, "out");
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.texts = Texts.forLocale(ctx.locale());
    }

    @Override
    public final void start(String schemaName) throws IOException {
        expect(State.NEW, "start");
        state = State.STARTED;
        onStart(schemaName);
    }

    @Override
    public final void file(FileResult result) throws IOException {
        expect(State.STARTED, "file");
        onFile(Objects.requireNonNull(result, "result"));
    }

    @Override
    public final void end(ValidationReport.Summary summary) throws IOException {
        expect(State.STARTED, "end");
        state = State.ENDED;
        onEnd(Objects.requireNonNull(summary, "summary"));
        out.flush();
    }

    protected void onStart(String schemaName) throws IOException {}

    protected abstract void onFile(FileResult result) throws IOException;

    protected abstract void onEnd(ValidationReport.Summary summary) throws IOException;

    private void expect(State expected, String call) {
        if (state != expected) {
            throw new IllegalStateException(call + "() called in state " + state
                    + "; the order is start, file..., end");
        }
    }
}
