package io.goalsheet.render.findings;

import io.goalsheet.model.FileResult;
import io.goalsheet.model.ValidationReport;
import java.io.IOException;

/**
 * Writes validation findings in one output format to the {@link java.io.Writer} it was created
 * with (see {@link FindingsRenderers#create}).
 *
 * <p>Call order, once per run:
 *
 * <ol>
 *   <li>{@link #start(String)} once, before anything else;
 *   <li>{@link #file(FileResult)} once per input file, in input order (sorted by path);
 *   <li>{@link #end(ValidationReport.Summary)} once, last. It flushes the writer but never closes
 *       it: the caller owns it.
 * </ol>
 *
 * Calling out of this order throws {@link IllegalStateException}. Formats that can stream
 * ({@code text}, {@code json}, {@code github}) write as files arrive; formats whose header depends
 * on every file ({@code junit} totals, {@code sarif} rules) keep the results and write in
 * {@code end}. Writers for {@code json}, {@code junit} and {@code sarif} should encode UTF-8.
 *
 * <p>Whether a file is valid follows {@link RenderContext#strict()}.
 */
public interface FindingsRenderer {

    /** Begins the output. {@code schemaName} is the schema's name, e.g. "priority-goals". */
    void start(String schemaName) throws IOException;

    /** Renders one input file's findings (an empty list means the file is valid). */
    void file(FileResult result) throws IOException;

    /** Ends the output with the run's totals and flushes the writer. */
    void end(ValidationReport.Summary summary) throws IOException;

    /** Renders a whole report: {@code start}, {@code file} for each file, {@code end}. */
    default void render(ValidationReport report) throws IOException {
        start(report.schema());
        for (FileResult result : report.files()) {
            file(result);
        }
        end(report.summary());
    }
}
