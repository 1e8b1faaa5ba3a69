package io.goalsheet.schema;

import java.nio.file.Path;
import java.util.List;

/**
 * The layout of merged workbooks and reports (templates/priority-goals.report.yaml).
 *
 * @param title          the report title; {kind} is replaced by the 報告区分 (中間報告 …)
 * @param organisation   who publishes the report (松本市), or null: the built-in template names none,
 *                       and the cover, the Excel report's title and the PDF's author then name none
 * @param goalsHeading   the heading above a department's goals; {fiscalYear} is replaced by 令和7年度
 * @param onTrackPercent a fixed 進捗度 for "on track", or null: the share of the fiscal year elapsed at the report date
 * @param fontFile       a TrueType font for the PDF, or null for the built-in IPAexGothic
 */
public record ReportTemplate(
        String title,
        String organisation,
        String goalsHeading,
        List<String> departmentOrder,
        Double onTrackPercent,
        Page page,
        Columns columns,
        Path fontFile,
        double fontSize) {

    public ReportTemplate {
        departmentOrder = List.copyOf(departmentOrder);
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    }

    /** Page size (A4, A3), orientation and margins in millimetres. */
    public record Page(String size, boolean landscape, double top, double bottom, double left, double right) {}

    /** Relative widths of the report's four columns. */
    public record Columns(double goal, double initiative, double target, double progress) {}

    public String title(String kind) {
        return title.replace("{kind}", kind == null ? "" : kind).replace("（）", "").replace("()", "");
    }

    /** {@code text}, then the organisation after a full-width space when there is one. */
    public String withOrganisation(String text) {
        return organisation == null ? text : text + "　" + organisation;
    }

    public String goalsHeading(String fiscalYearLabel) {
        return goalsHeading.replace("{fiscalYear}", fiscalYearLabel);
    }
}
