package io.goalsheet.render.pdf;

import io.goalsheet.render.Figures;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.goalsheet.model.Change;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentComparison;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Totals;
import io.goalsheet.render.findings.FindingsRenderers;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.text.Eras;
import io.goalsheet.text.FiscalYears;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The report's parts in order, added to an open document. */
final class Sections {

    private final Document doc;
    private final PdfWriter writer;
    private final Typo typo;
    private final Labels labels;
    private final ReportTemplate template;
    private final Consolidation c;
    private final PageDecorations decor;
    private final ZonedDateTime created;
    /** The change since the previous report, or null (report without --previous). */
    private final Comparison comparison;

    Sections(Document doc, PdfWriter writer, Typo typo, Labels labels, ReportTemplate template, Consolidation c,
             PageDecorations decor, ZonedDateTime created, Comparison comparison) {
        this.comparison = comparison;
        this.doc = doc;
        this.writer = writer;
        this.typo = typo;
        this.labels = labels;
        this.template = template;
        this.c = c;
        this.decor = decor;
        this.created = created;
    }

    private float contentWidth() {
        return doc.right() - doc.left();
    }

    private float contentHeight() {
        return doc.top() - doc.bottom();
    }

    /** Height left on the current page below what has been added. */
    private float available() {
        return writer.getVerticalPosition(true) - doc.bottom();
    }

    private static String both(java.time.LocalDate d) {
        if (d == null) {
            return "";
        }
        return Eras.wareki(d) + "（" + d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日）";
    }

    // ---- cover

    void cover() throws DocumentException {
        String title = template.title(c.reportKind());
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(78);
        float h = contentHeight();

        PdfPCell upper = blank();
        upper.setFixedHeight(h * 0.56f);
        upper.setVerticalAlignment(Element.ALIGN_BOTTOM);
        upper.setPaddingBottom(typo.size * 2.2f);
        upper.setBorder(Rectangle.BOTTOM);
        upper.setBorderColor(Typo.RULE);
        upper.setBorderWidth(0.8f);
        Paragraph titleP = typo.para(title, typo.font(typo.size * 3.3f, Font.BOLD, Typo.INK), Element.ALIGN_CENTER);
        titleP.setSpacingAfter(typo.size * 1.6f);
        upper.addElement(titleP);
        upper.addElement(typo.para(FiscalYears.labelWithGregorian(c.fiscalYear()),
                typo.font(typo.size * 1.9f, Font.NORMAL, Typo.INK), Element.ALIGN_CENTER));
        Paragraph asOf = typo.para(labels.get("cover.as-of") + "　" + both(c.asOf()),
                typo.font(typo.size * 1.4f, Font.NORMAL, Typo.INK), Element.ALIGN_CENTER);
        asOf.setSpacingBefore(typo.size * 0.6f);
        upper.addElement(asOf);
        t.addCell(upper);

        PdfPCell lower = blank();
        lower.setFixedHeight(h * 0.40f);
        lower.setPaddingTop(typo.size * 2.2f);
        int goals = c.overall().goals();
        lower.addElement(typo.para(labels.get("cover.scope", c.departments().size(), goals, c.overall().indicators()),
                typo.font(typo.size * 1.15f, Font.NORMAL, Typo.GREY), Element.ALIGN_CENTER));
        String excluded = excluded();
        if (excluded != null) {
            lower.addElement(typo.para(excluded, typo.font(typo.size * 1.15f, Font.NORMAL, Typo.GREY),
                    Element.ALIGN_CENTER));
        }
        if (template.organisation() != null && !template.organisation().isBlank()) {
            Paragraph org = typo.para(template.organisation(), typo.font(typo.size * 2.3f, Font.BOLD, Typo.INK),
                    Element.ALIGN_CENTER);
            org.setSpacingBefore(typo.size * 5f);
            lower.addElement(org);
        }
        Paragraph made = typo.para(labels.get("cover.created") + "　" + both(created.toLocalDate()),
                typo.font(typo.size * 1.1f, Font.NORMAL, Typo.GREY), Element.ALIGN_CENTER);
        made.setSpacingBefore(typo.size * 1.2f);
        lower.addElement(made);
        t.addCell(lower);
        doc.add(t);
    }

    // ---- summary

    void summary() throws DocumentException, IOException {
        startSection(labels.get("outline.summary"), labels.get("summary.title"));
        String threshold = Figures.percent(c.onTrackThreshold()).replace("%", "");
        List<String> notes = new ArrayList<>();
        notes.add(labels.get("summary.as-of", both(c.asOf())));
        notes.add(labels.get(template.onTrackPercent() == null ? "summary.on-track-note" : "summary.on-track-note-fixed",
                threshold));
        notes.add(labels.get("summary.computed-note"));
        String excluded = excluded();
        if (excluded != null) {
            notes.add(excluded);
        }
        for (String n : notes) {
            doc.add(typo.para(n, typo.smallGrey));
        }
        doc.add(summaryTable());

        // one chart, or several of the same scale when there are too many departments for one page
        Paragraph heading = typo.para(labels.get("chart.title"), typo.font(typo.size * 1.15f, Font.BOLD, Typo.INK));
        heading.setSpacingBefore(typo.size * 1.5f);
        heading.setSpacingAfter(typo.size * 0.4f);
        float headingHeight = typo.size * 1.15f * 1.5f + typo.size * 2f;
        int n = c.departments().size();
        int fit = Math.max(1, (int) ((contentHeight() - headingHeight - 60) / EvaluationChart.minimumPitch(typo.size)));
        int charts = (n + fit - 1) / fit;
        int perChart = Math.max(1, (n + charts - 1) / Math.max(1, charts)); // as even as they can be
        int most = c.totals().stream().mapToInt(Totals::goals).max().orElse(1);
        for (int from = 0; from < Math.max(1, n); from += perChart) {
            int to = Math.min(n, from + perChart);
            float want = EvaluationChart.preferredHeight(to - from, typo.size);
            if (available() < Math.min(want, 220) + (from == 0 ? headingHeight : 0)) {
                doc.newPage();
            }
            if (from == 0) {
                doc.add(heading);
            }
            float height = Math.min(want, available() - typo.size);
            Image chart = EvaluationChart.draw(c, from, to, most, labels, typo, writer.getDirectContent(),
                    contentWidth(), height);
            chart.setAlignment(Image.MIDDLE);
            doc.add(chart);
        }
    }

    private PdfPTable summaryTable() throws DocumentException {
        boolean unrated = c.overall().unrated() > 0;
        List<String> heads = new ArrayList<>(List.of(labels.get("summary.department"), labels.get("summary.goals")));
        heads.addAll(Totals.MARKS);
        if (unrated) {
            heads.add(labels.get("summary.unrated"));
        }
        heads.addAll(List.of(labels.get("summary.indicators"), labels.get("summary.with-numbers"),
                labels.get("summary.on-track")));
        List<Float> widths = new ArrayList<>(List.of(3.2f, 1.1f, 0.7f, 0.7f, 0.7f, 0.7f));
        if (unrated) {
            widths.add(0.8f);
        }
        widths.addAll(List.of(1.0f, 1.3f, 1.2f, 1.0f, 1.5f));
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        PdfPTable t = new PdfPTable(w);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(typo.size * 0.8f);
        t.setSplitLate(false);
        float[] inner = Grid.boundaries(w);
        float[] cols = java.util.Arrays.copyOf(inner, inner.length - 1); // the average's figure and bar read as one
        t.setTableEvent(new Grid(new float[][] {cols}, cols));
        for (String h : heads) {
            t.addCell(head(h));
        }
        PdfPCell avg = head(labels.get("summary.average"));
        avg.setColspan(2);
        t.addCell(avg);
        for (int i = 0; i < c.departments().size(); i++) {
            summaryRow(t, c.departments().get(i).department(), c.totals().get(i), unrated, false);
        }
        summaryRow(t, labels.get("summary.total"), c.overall(), unrated, true);
        return t;
    }

    private void summaryRow(PdfPTable t, String name, Totals x, boolean unrated, boolean total) {
        Font f = total ? typo.bold : typo.body;
        List<PdfPCell> row = new ArrayList<>();
        row.add(text(name, f, Element.ALIGN_LEFT));
        row.add(count(x.goals(), f));
        for (String m : Totals.MARKS) {
            row.add(count(x.count(m), f));
        }
        if (unrated) {
            row.add(count(x.unrated(), f));
        }
        row.add(count(x.indicators(), f));
        row.add(count(x.withNumbers(), f));
        row.add(count(x.onTrack(), f));
        String avg = x.averageProgress() == null ? labels.get("summary.none") : Figures.percent(x.averageProgress());
        PdfPCell figure = text(avg, f, Element.ALIGN_RIGHT);
        row.add(figure);
        PdfPCell bar = blank();
        if (x.averageProgress() != null) {
            bar.setCellEvent(new ProgressBar(x.averageProgress(), c.onTrackThreshold(), typo.size * 0.7f));
        }
        row.add(bar);
        for (PdfPCell cell : row) {
            cell.setBorder(total ? Rectangle.TOP : Rectangle.BOTTOM);
            cell.setBorderColor(total ? Typo.RULE : Typo.LIGHT_RULE);
            cell.setBorderWidth(total ? 0.5f : 0.3f);
            cell.setPaddingTop(typo.size * 0.3f);
            cell.setPaddingBottom(typo.size * 0.35f);
            if (total) {
                cell.setBackgroundColor(Typo.TOTAL_FILL);
            }
            t.addCell(cell);
        }
    }

    private PdfPCell count(int n, Font f) {
        Font shown = n == 0 ? typo.font(f.getSize(), f.getStyle(), Typo.GREY) : f;
        return text(String.format(java.util.Locale.JAPAN, "%,d", n), shown, Element.ALIGN_CENTER);
    }

    // ---- the change since the previous report

    /**
     * 前回（令和7年8月31日時点）からの変化: per department the evaluations up and down, the average 進捗度
     * before and after, the indicators that moved, the progress texts left as they were, what was added
     * and dropped; a total row. Across two fiscal years only the averages, and a note saying why.
     */
    void changes() throws DocumentException {
        if (comparison == null) {
            return;
        }
        Consolidation before = comparison.previous();
        startSection(labels.get("changes.outline"), labels.get("changes.title", Eras.wareki(before.asOf())));
        List<String> notes = new ArrayList<>();
        notes.add(labels.get("changes.periods", both(before.asOf()), kind(before), both(c.asOf()), kind(c)));
        if (comparison.newPlan()) {
            notes.add(labels.get("changes.new-plan", FiscalYears.label(before.fiscalYear()), FiscalYears.label(c.fiscalYear())));
        } else {
            notes.add(labels.get("changes.match-note"));
            notes.add(labels.get("changes.stale-note"));
            notes.add(labels.get("changes.rate-note"));
        }
        for (String n : notes) {
            doc.add(typo.para(n, typo.smallGrey));
        }
        String[] heads = {labels.get("changes.department"), labels.get("changes.up"), labels.get("changes.down"),
            labels.get("changes.average-previous"), labels.get("changes.average-current"),
            labels.get("changes.average-change"), labels.get("changes.moved"), labels.get("changes.stale"),
            labels.get("changes.added"), labels.get("changes.dropped")};
        float[] w = {3.2f, 1.0f, 1.0f, 1.3f, 1.0f, 1.3f, 1.3f, 1.5f, 0.8f, 0.8f};
        PdfPTable t = new PdfPTable(w);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(typo.size * 0.8f);
        t.setSplitLate(false);
        float[] cols = Grid.boundaries(w);
        t.setTableEvent(new Grid(new float[][] {cols}, cols));
        for (String h : heads) {
            t.addCell(head(h));
        }
        int[] sums = new int[6];
        for (DepartmentComparison d : comparison.departments()) {
            List<PdfPCell> row = new ArrayList<>();
            row.add(text(d.department(), typo.body, Element.ALIGN_LEFT));
            if (d.previous() == null || d.current() == null) {
                PdfPCell only = text(labels.get(d.previous() == null ? "changes.only-current" : "changes.only-previous"),
                        typo.smallGrey, Element.ALIGN_LEFT);
                only.setColspan(heads.length - 1);
                row.add(only);
            } else {
                boolean pairs = !comparison.newPlan();
                int[] n = {d.evaluationsUp(), d.evaluationsDown(), d.moved(), d.count(Change.Kind.STALE_PROGRESS),
                    d.count(Change.Kind.ADDED), d.count(Change.Kind.DROPPED)};
                row.add(pairs ? count(n[0], typo.body) : dash());
                row.add(pairs ? count(n[1], typo.body) : dash());
                row.add(text(average(d.previousTotals()), typo.body, Element.ALIGN_RIGHT));
                row.add(text(average(d.currentTotals()), typo.body, Element.ALIGN_RIGHT));
                row.add(pairs ? change(d.averageChange(), typo.body) : dash());
                for (int i = 2; i < n.length; i++) {
                    row.add(pairs ? count(n[i], typo.body) : dash());
                }
                for (int i = 0; i < n.length && pairs; i++) {
                    sums[i] += n[i];
                }
            }
            for (PdfPCell cell : row) {
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(Typo.LIGHT_RULE);
                cell.setBorderWidth(0.3f);
                t.addCell(cell);
            }
        }
        List<PdfPCell> total = new ArrayList<>();
        boolean pairs = !comparison.newPlan();
        total.add(text(labels.get("changes.total"), typo.bold, Element.ALIGN_LEFT));
        total.add(pairs ? count(sums[0], typo.bold) : dash());
        total.add(pairs ? count(sums[1], typo.bold) : dash());
        total.add(text(average(before.overall()), typo.bold, Element.ALIGN_RIGHT));
        total.add(text(average(c.overall()), typo.bold, Element.ALIGN_RIGHT));
        total.add(pairs ? change(comparison.averageChange(), typo.bold) : dash());
        for (int i = 2; i < sums.length; i++) {
            total.add(pairs ? count(sums[i], typo.bold) : dash());
        }
        for (PdfPCell cell : total) {
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(Typo.RULE);
            cell.setBorderWidth(0.5f);
            cell.setBackgroundColor(Typo.TOTAL_FILL);
            t.addCell(cell);
        }
        doc.add(t);
    }

    private static String kind(Consolidation x) {
        return x.reportKind() == null ? FiscalYears.label(x.fiscalYear()) : FiscalYears.label(x.fiscalYear()) + x.reportKind();
    }

    private String average(Totals t) {
        return t == null || t.averageProgress() == null ? labels.get("summary.none") : Figures.percent(t.averageProgress());
    }

    private PdfPCell dash() {
        return text(labels.get("summary.none"), typo.smallGrey, Element.ALIGN_CENTER);
    }

    /** A change of 進捗度 as 「▲5.1ポイント」 / 「▼3.0ポイント」, or ― when there is none. */
    private PdfPCell change(Double points, Font f) {
        if (points == null) {
            return dash();
        }
        return text(labels.get("changes.points", GoalTable.arrow(points)), f, Element.ALIGN_RIGHT);
    }

    // ---- departments

    void departments() throws DocumentException {
        GoalTable goals = new GoalTable(typo, labels, template, c.onTrackThreshold(), decor, writer);
        for (DepartmentReport d : c.departments()) {
            DepartmentComparison dc = comparison == null || comparison.newPlan() ? null : comparison.of(d.department());
            goals.changes(dc == null || dc.previous() == null ? null : dc::rateChange);
            doc.newPage();
            decor.section(d.department());
            decor.sectionOutline(writer, d.department(), doc.top() + typo.size * 2);

            // 担当部局名 | name, as the seed has it: the name's column as wide as the name, at least 40% in all
            Font nameFont = typo.font(typo.size * 1.4f, Font.BOLD, Typo.INK);
            float labelWidth = typo.width(labels.get("department.label"), typo.body) + typo.size * 3;
            float nameWidth = Math.max(contentWidth() * 0.4f - labelWidth, typo.width(d.department(), nameFont)
                    + typo.size * 3);
            float[] lineWidths = {labelWidth, Math.min(nameWidth, contentWidth() - labelWidth)};
            PdfPTable line = new PdfPTable(2);
            line.setTotalWidth(lineWidths);
            line.setLockedWidth(true);
            line.setHorizontalAlignment(Element.ALIGN_LEFT);
            line.setTableEvent(Grid.uniform(lineWidths, 0));
            PdfPCell label = text(labels.get("department.label"), typo.body, Element.ALIGN_CENTER);
            label.setBackgroundColor(Typo.HEAD_FILL);
            label.setVerticalAlignment(Element.ALIGN_MIDDLE);
            line.addCell(label);
            PdfPCell name = text(d.department(), nameFont, Element.ALIGN_LEFT);
            name.setPaddingLeft(typo.size);
            line.addCell(name);
            doc.add(line);

            String fy = FiscalYears.label(d.fiscalYear() != null ? d.fiscalYear() : c.fiscalYear());
            Paragraph heading = typo.para(template.goalsHeading(fy), typo.font(typo.size * 1.3f, Font.BOLD, Typo.INK));
            heading.setSpacingBefore(typo.size * 1.2f);
            heading.setSpacingAfter(typo.size * 0.5f);
            doc.add(heading);

            boolean first = true;
            for (Goal g : d.goals()) {
                placeGoal(goals, g, first);
                first = false;
            }
        }
    }

    /**
     * Adds a goal's table, choosing the page breaks itself: a page never ends with the goal's title
     * and column header alone, nor with a heading row (① …, or a sub-item heading its bulleted
     * indicators) without the row it heads. Where the next rows do not fit, they go to the next page
     * unless that would leave much of this page empty: when a third of the page is left, or when the
     * next row is too long for any page and a few lines are left, the rest of the table goes in at
     * once and OpenPDF splits the long row across the pages (repeating title and header).
     */
    private void placeGoal(GoalTable goals, Goal g, boolean firstInSection) throws DocumentException {
        float width = contentWidth();
        GoalTable.Prepared p = goals.prepare(g, width);
        int n = p.rows().size();
        float gap = firstInSection ? 0 : typo.size * 1.4f;
        float splitWorthy = contentHeight() / 3;
        float fewLines = Typo.leading(typo.body) * 4;
        float pageCapacity = contentHeight() - p.headerHeight();
        int i = 0;
        boolean movedOn = false;
        while (true) {
            boolean fresh = movedOn || available() >= contentHeight() - 2;
            float space = available() - (fresh || i > 0 ? 0 : gap) - p.headerHeight();
            if (i == 0) {
                space -= Math.max(0, p.goalColumnHeight() - p.height(0, p.blockEnd(0)));
            }
            int j = i;
            float used = 0;
            while (j < n) {
                int end = p.blockEnd(j);
                float h = p.height(j, end);
                if (used + h > space) {
                    break;
                }
                used += h;
                j = end;
            }
            boolean rest;
            if (j == n) {
                rest = true;
            } else {
                float left = space - used;
                float next = p.height(j, p.blockEnd(j));
                rest = fresh && j == i || left >= splitWorthy || next > pageCapacity && left >= fewLines;
            }
            if (j == i && !rest) {
                doc.newPage();
                movedOn = true;
                continue;
            }
            movedOn = false;
            int to = rest ? n : j;
            PdfPTable t = goals.segment(p, i, to, width);
            if (i == 0 && !fresh) {
                t.setSpacingBefore(gap);
            }
            doc.add(t);
            if (to == n) {
                return;
            }
            doc.newPage();
            i = to;
        }
    }

    // ---- appendix

    void appendix() throws DocumentException {
        if (c.skipped().isEmpty()) {
            return;
        }
        startSection(labels.get("outline.appendix"), labels.get("appendix.title"));
        doc.add(typo.para(labels.get("appendix.note"), typo.body));
        float[] w = {3f, 1.6f, 1.6f, 5f};
        PdfPTable t = new PdfPTable(w);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitLate(false);
        t.setSpacingBefore(typo.size * 0.8f);
        t.setTableEvent(Grid.uniform(w, 1));
        for (String k : List.of("appendix.file", "appendix.department", "appendix.place", "appendix.message")) {
            t.addCell(head(labels.get(k)));
        }
        for (FileResult f : c.skipped()) {
            boolean first = true;
            for (Finding x : f.findings()) {
                if (!x.isError()) {
                    continue;
                }
                String place = x.place() == null ? "" : x.place(true);
                String dept = f.department() == null ? labels.get("appendix.unknown-department") : f.department();
                PdfPCell[] row = {
                    text(first ? f.fileName() : "", typo.body, Element.ALIGN_LEFT),
                    text(first ? dept : "", typo.body, Element.ALIGN_LEFT),
                    text(place, typo.body, Element.ALIGN_LEFT),
                    finding(x)};
                for (PdfPCell cell : row) {
                    cell.setBorder(first ? Rectangle.TOP : Rectangle.NO_BORDER);
                    cell.setBorderColor(Typo.LIGHT_RULE);
                    cell.setBorderWidth(0.3f);
                    t.addCell(cell);
                }
                first = false;
            }
        }
        doc.add(t);
    }

    /**
     * What is wrong, by the finding code's Japanese title (a published report is Japanese, and the
     * messages of the run may carry advice for whoever ran it), and under it the value, smaller.
     */
    private PdfPCell finding(Finding x) {
        String what = FindingsRenderers.codeTitle(x.code(), java.util.Locale.JAPANESE);
        PdfPCell cell = text(what, typo.body, Element.ALIGN_LEFT);
        if (x.value() != null && !x.value().isBlank()) {
            cell.setPhrase(null);
            cell.addElement(typo.para(what, typo.body));
            cell.addElement(typo.para(labels.get("appendix.value") + x.value(), typo.smallGrey));
        }
        return cell;
    }

    /** 「2部局は検証エラーのため除外」 (or ファイル when one of them names no department); null when none was left out. */
    private String excluded() {
        if (c.skipped().isEmpty()) {
            return null;
        }
        return labels.get(c.skippedAreDepartments() ? "excluded.departments" : "excluded.files", c.skipped().size());
    }

    // ---- shared

    /** A new page for a section: running header, outline entry, heading. */
    private void startSection(String outline, String heading) throws DocumentException {
        doc.newPage();
        decor.section(heading);
        decor.sectionOutline(writer, outline, doc.top() + typo.size * 2);
        Paragraph p = typo.para(heading, typo.font(typo.size * 1.6f, Font.BOLD, Typo.INK));
        p.setSpacingAfter(typo.size * 0.6f);
        doc.add(p);
    }

    private PdfPCell blank() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    private PdfPCell text(String s, Font f, int align) {
        PdfPCell cell = blank();
        cell.setPhrase(typo.phrase(s, f));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingLeft(typo.size * 0.45f);
        cell.setPaddingRight(typo.size * 0.45f);
        cell.setPaddingTop(typo.size * 0.3f);
        cell.setPaddingBottom(typo.size * 0.35f);
        return cell;
    }

    private PdfPCell head(String s) {
        PdfPCell cell = text(s, typo.body, Element.ALIGN_CENTER);
        cell.setBackgroundColor(Typo.HEAD_FILL);
        return cell;
    }
}
