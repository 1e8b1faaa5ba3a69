package io.goalsheet.render.findings;

import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Severity;
import io.goalsheet.model.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * One fixed validation run, as a city office might see it after September's entry: a file that
 * cannot be read, 政策企画部 with a date that does not exist and a numbering warning, and a
 * valid 総務部. Messages are in the language asked for, as the checker would have written them.
 */
final class Fixtures {

    static final String POLICY = "2025-09/政策企画部.xlsx";
    static final String CIVIC = "2025-09/市民生活部.xlsx";
    static final String GENERAL = "2025-09/総務部.xlsx";
    static final String LINE_VALUE = "LINE友だち登録者数 17,913人→19,175人（9月31日現在）";

    private Fixtures() {}

    static ValidationReport report(Locale locale, boolean strict) {
        boolean ja = locale.getLanguage().equals("ja");
        Finding unreadable = new Finding(Severity.ERROR, "unreadable", CIVIC,
                null, null, null, null, null, null,
                ja ? "ファイルを開けません。壊れているか、Excel ブックではありません"
                   : "The file cannot be opened: it is damaged or not an Excel workbook");
        Finding date = new Finding(Severity.ERROR, "invalid-date", POLICY,
                "重点目標", "M41", 41, "M", "progress", LINE_VALUE,
                ja ? "「9月31日」は存在しない日付です" : "9月31日 (September 31) does not exist");
        Finding sequence = new Finding(Severity.WARNING, "sequence", POLICY,
                "重点目標", "D45", 45, "D", "initiativeNo", "③",
                ja ? "取組番号が②を飛ばして①から③になっています"
                   : "Initiative numbers go from ① to ③, skipping ②");
        return new ValidationReport("priority-goals", List.of(
                new FileResult(CIVIC, null, List.of(unreadable)),
                new FileResult(POLICY, "政策企画部", List.of(date, sequence)),
                new FileResult(GENERAL, "総務部", List.of())), strict);
    }

    static RenderContext context(Locale locale) {
        return new RenderContext(locale, false, false, false, "0.1.0");
    }

    /** Renders {@code report} in {@code format} and returns what was written. */
    static String render(String format, ValidationReport report, RenderContext ctx) {
        StringWriter out = new StringWriter();
        try {
            FindingsRenderers.create(format, out, ctx).render(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String render(String format, Locale locale) {
        return render(format, report(locale, false), context(locale));
    }
}
