package io.goalsheet.render.xlsx;

import io.goalsheet.model.Comparison;
import io.goalsheet.schema.ReportTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ResourceBundle;

/** {@code compare -o X.xlsx}: the comparison as a workbook, 部局別の変化 and 前回からの変化 (see {@link ChangesSheets}). */
public final class ChangesWorkbook {

    private final ReportTemplate template;
    private final Instant created;
    private final ResourceBundle labels = ResourceBundle.getBundle("io.goalsheet.render.xlsx.labels");

    public ChangesWorkbook(ReportTemplate template, Instant created) {
        this.template = template;
        this.created = created;
    }

    public void write(Comparison c, OutputStream out) throws IOException {
        ChangesSheets sheets = new ChangesSheets(labels);
        try (XlsxPackage xlsx = new XlsxPackage(out, template, created)) {
            sheets.summary(xlsx.sheet(ChangesSheets.SUMMARY), c);
            sheets.changes(xlsx.sheet(ChangesSheets.CHANGES), c);
            xlsx.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
