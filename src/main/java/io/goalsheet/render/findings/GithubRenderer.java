package io.goalsheet.render.findings;

import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.ValidationReport;
import java.io.IOException;
import java.io.Writer;

/**
 * For GitHub Actions logs: one workflow command per finding,
 * {@code ::error file=…,line=…,col=…,title=…::message} ({@code ::warning} for warnings), which
 * GitHub shows as an annotation; then the summary as a plain line. {@code line} and {@code col}
 * are left out when the finding has no row (a file- or sheet-level finding).
 */
public final class GithubRenderer extends AbstractFindingsRenderer {

    public static final String NAME = "github";

    public GithubRenderer(Writer out, RenderContext ctx) {
        super(out, ctx);
    }

    @Override
    protected void onFile(FileResult result) throws IOException {
        for (Finding f : result.findings()) {
            StringBuilder sb = new StringBuilder("::").append(f.isError() ? "error" : "warning");
            sb.append(" file=").append(property(Places.slashes(Places.file(result, f))));
            Integer col = Places.columnIndex(f.column());
            if (f.row() != null) {
                sb.append(",line=").append(f.row());
                if (col != null) {
                    sb.append(",col=").append(col);
                }
            }
            String where = f.place(texts.japanese());
            sb.append(",title=").append(property(where == null ? f.code() : f.code() + " " + where));
            String message = f.value() == null ? f.message()
                    : texts.label("message.value", f.message(), f.value());
            sb.append("::").append(data(message)).append('\n');
            out.write(sb.toString());
        }
    }

    @Override
    protected void onEnd(ValidationReport.Summary s) throws IOException {
        out.write(texts.label(ctx.strict() ? "summary.strict" : "summary",
                s.files(), s.valid(), s.invalid(), s.errors(), s.warnings()));
        out.write('\n');
    }

    /** Command data: % → %25, CR → %0D, LF → %0A (as @actions/core escapes it). */
    static String data(String s) {
        return Clean.keepLines(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command property: as data, and also : → %3A and , → %2C. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
