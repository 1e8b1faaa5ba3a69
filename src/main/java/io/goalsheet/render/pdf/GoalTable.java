package io.goalsheet.render.pdf;

import io.goalsheet.render.Figures;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.IndicatorRow;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Item;
import io.goalsheet.schema.ReportTemplate;
import io.goalsheet.text.Eras;
import io.goalsheet.text.Ordinals;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One goal as the published document sets it: a title row (重点目標 N, the goal, 各部署の自己評価 and
 * its mark) and the column header, both repeated on every page the goal runs over; then one row per
 * initiative heading, sub-item or indicator, so that ① and (1) in 具体的な重点取組項目 stand level with
 * their target and their progress. The 重点目標 column spans the body with the goal's number and
 * counts.
 */
final class GoalTable {

    private static final String BULLET = "・";
    /** Keeps a label with its value ("実績値 19,175人") and → or / with what is before: lines break after them. */
    private static final char NBSP = '\u00a0';
    private static final Pattern TYPED_ORDINAL = Pattern.compile(
            "^[\\s\\u3000]*(?:[\\u2460-\\u24ff\\u2776-\\u2793]|[(（][\\s\\u3000]*[0-9０-９]+[\\s\\u3000]*[)）]"
                    + "|[0-9０-９]+[.)．）])[\\s\\u3000]*");

    /** The colours of a 進捗度 that went up (green) or down (red) since the previous report. */
    private static final java.awt.Color UP = new java.awt.Color(0x1b, 0x7f, 0x3b);
    private static final java.awt.Color DOWN = new java.awt.Color(0xc0, 0x2b, 0x22);

    private final Typo typo;
    private final Labels labels;
    private final float[] widths;
    private final double threshold;
    private final PageDecorations decor;
    private final PdfWriter writer;
    private final float padX;
    private final float padTop;
    private final float padBottom;
    /** The change of each 進捗度 since the previous report (null: none to show), for the department being set. */
    private java.util.function.Function<Indicator, Double> rateChanges;

    GoalTable(Typo typo, Labels labels, ReportTemplate template, double threshold, PageDecorations decor,
              PdfWriter writer) {
        this.typo = typo;
        this.labels = labels;
        ReportTemplate.Columns cols = template.columns();
        this.widths = new float[] {(float) cols.goal(), (float) cols.initiative(), (float) cols.target(),
            (float) cols.progress()};
        this.threshold = threshold;
        this.decor = decor;
        this.writer = writer;
        this.padX = typo.size * 0.55f;
        this.padTop = typo.size * 0.35f;
        this.padBottom = typo.size * 0.5f;
    }

    /**
     * One body row. The 具体的な重点取組項目 column shows {@code headMarker headText} (an initiative or a
     * sub-item) and, under it, {@code subText} (an unnumbered sub-item of an initiative shown in one
     * row); the other two show the indicator after {@code marker}, or the marker alone for a heading
     * row (no indicator), as the seed aligns ① over its sub-items.
     */
    record Row(String headMarker, String headText, String subText, String marker, Indicator indicator,
               boolean groupStart) {

        /** A heading row must not end a page: it goes with the row after it. */
        boolean heading() {
            return indicator == null;
        }
    }

    /** A goal ready to be set: its rows and their heights at the table's width. */
    record Prepared(Goal goal, List<Row> rows, float headerHeight, float[] rowHeights, float goalColumnHeight) {

        /** The end (exclusive) of the block of rows that starts at {@code from}: heading rows with the row they head. */
        int blockEnd(int from) {
            int k = from;
            while (k < rows.size() - 1 && rows.get(k).heading()) {
                k++;
            }
            return k + 1;
        }

        float height(int from, int to) {
            float h = 0;
            for (int i = from; i < to; i++) {
                h += rowHeights[i];
            }
            return h;
        }
    }

    Prepared prepare(Goal g, float width) {
        List<Row> rows = rows(g);
        PdfPTable probe = table(g, width, false);
        for (Row r : rows) {
            probe.addCell(cell());
            cells(r, width).forEach(probe::addCell);
        }
        float header = probe.getRowHeight(0) + probe.getRowHeight(1);
        float[] heights = new float[rows.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = probe.getRowHeight(2 + i);
        }
        PdfPTable col = new PdfPTable(1);
        col.setTotalWidth(width * widths[0] / sum(widths));
        col.setLockedWidth(true);
        PdfPCell number = cell();
        goalColumn(g).forEach(number::addElement);
        col.addCell(number);
        return new Prepared(g, rows, header, heights, col.getRowHeight(0));
    }

    /**
     * The table for rows {@code from} … {@code to} of a goal: title and column header (repeated on
     * each page if the rows run over), the goal column spanning the rows (with the number and counts
     * in the first part only) and the rows.
     */
    PdfPTable segment(Prepared p, int from, int to, float width) {
        boolean first = from == 0;
        PdfPTable t = table(p.goal(), width, first);
        PdfPCell number = cell();
        number.setRowspan(Math.max(1, to - from));
        if (first) {
            goalColumn(p.goal()).forEach(number::addElement);
        } else { // a page that goes on with the goal says which
            number.addElement(typo.para(String.valueOf(p.goal().number()), typo.font(typo.size * 1.6f, Font.BOLD, Typo.INK),
                    Element.ALIGN_CENTER));
            number.addElement(typo.para(labels.get("goal.continued"), typo.smallGrey, Element.ALIGN_CENTER));
        }
        t.addCell(number);
        for (int i = from; i < to; i++) {
            Row r = p.rows().get(i);
            List<PdfPCell> cells = cells(r, width);
            if (r.groupStart() && i > from) {
                for (PdfPCell cell : cells) {
                    cell.setBorder(Rectangle.TOP);
                    cell.setBorderColorTop(Typo.LIGHT_RULE);
                    cell.setBorderWidthTop(0.4f);
                }
            }
            cells.forEach(t::addCell);
        }
        if (to <= from) {
            for (int i = 0; i < 3; i++) {
                t.addCell(cell());
            }
        }
        return t;
    }

    /** A table with the title row and the column header. */
    private PdfPTable table(Goal g, float width, boolean outline) {
        PdfPTable t = new PdfPTable(widths);
        t.setTotalWidth(width);
        t.setLockedWidth(true);
        t.setHeaderRows(2);
        t.setSplitLate(false);
        t.setSplitRows(true);
        float[] b = Grid.boundaries(widths);
        t.setTableEvent(new Grid(new float[][] {{b[0], b[2]}, b}, b));
        titleRow(t, g, outline);
        for (String key : List.of("column.goal", "column.initiative", "column.target", "column.progress")) {
            PdfPCell h = cell();
            h.setPhrase(typo.phrase(labels.get(key), typo.body));
            h.setHorizontalAlignment(Element.ALIGN_CENTER);
            h.setVerticalAlignment(Element.ALIGN_MIDDLE);
            h.setBackgroundColor(Typo.HEAD_FILL);
            t.addCell(h);
        }
        return t;
    }

    /** The three right cells of a row. */
    private List<PdfPCell> cells(Row r, float width) {
        PdfPCell ini = cell();
        if (r.headText() != null) {
            typo.hanging(r.headMarker(), r.headText(), typo.body).forEach(ini::addElement);
        }
        if (r.subText() != null && !r.subText().isBlank()) {
            for (Paragraph p : typo.hanging("", r.subText(), typo.body)) {
                p.setIndentationLeft(p.getIndentationLeft() + indent(r.headMarker()));
                ini.addElement(p);
            }
        }
        PdfPCell target = cell();
        PdfPCell progress = cell();
        if (r.indicator() == null) {
            target.addElement(typo.para(r.marker(), typo.body));
            progress.addElement(typo.para(r.marker(), typo.body));
        } else {
            Indicator ind = r.indicator();
            float colWidth = width * widths[3] / sum(widths) - 2 * padX;
            typo.hanging(r.marker(), ind.target(), typo.body).forEach(target::addElement);
            float indent = indent(r.marker());
            if (ind.deadline() != null) {
                Paragraph d = typo.para(labels.get("indicator.deadline") + " " + Eras.wareki(ind.deadline()),
                        typo.smallGrey);
                d.setIndentationLeft(indent);
                target.addElement(d);
            }
            typo.hanging(r.marker(), ind.progress(), typo.body).forEach(progress::addElement);
            String figures = figures(ind);
            if (figures != null) {
                Paragraph f = typo.para(Element.ALIGN_LEFT, typo.unit(figures, typo.small));
                f.setIndentationLeft(indent);
                f.setSpacingBefore(typo.size * 0.15f);
                progress.addElement(f);
            }
            if (ind.progressRate() != null) {
                progress.addElement(rateLine(ind, indent, colWidth));
            }
        }
        return new ArrayList<>(List.of(ini, target, progress));
    }

    // ---- the title row and the goal column

    private void titleRow(PdfPTable t, Goal g, boolean outline) {
        PdfPCell label = cell();
        label.setPhrase(typo.phrase(labels.get("goal.label", g.number()), typo.bold));
        label.setHorizontalAlignment(Element.ALIGN_CENTER);
        label.setVerticalAlignment(Element.ALIGN_MIDDLE);
        label.setBackgroundColor(Typo.HEAD_FILL);
        t.addCell(label);

        PdfPCell title = cell();
        title.setColspan(2);
        title.setPaddingTop(typo.size * 0.55f);
        title.setPaddingBottom(typo.size * 0.7f);
        title.setVerticalAlignment(Element.ALIGN_MIDDLE);
        title.setBackgroundColor(Typo.TITLE_FILL);
        title.addElement(typo.para(g.title(), typo.font(typo.size * 1.18f, Font.BOLD, Typo.INK)));
        if (outline) {
            title.setCellEvent(new OutlineMark(labels.get("outline.goal", g.number(), g.title())));
        }
        t.addCell(title);

        PdfPCell mark = cell();
        mark.setBackgroundColor(Typo.TITLE_FILL);
        mark.setVerticalAlignment(Element.ALIGN_MIDDLE);
        mark.setHorizontalAlignment(Element.ALIGN_CENTER);
        String m = g.evaluation() == null ? labels.get("goal.unrated") : g.evaluation();
        Font big = typo.font(g.evaluation() == null ? typo.size : typo.size * 1.9f, Font.BOLD, Typo.INK);
        Paragraph p = typo.para(Element.ALIGN_CENTER, typo.chunk(labels.get("goal.evaluation") + "　", typo.small),
                typo.chunk(m, big));
        mark.addElement(p);
        t.addCell(mark);
    }

    private List<Paragraph> goalColumn(Goal g) {
        List<Paragraph> out = new ArrayList<>();
        out.add(typo.para(String.valueOf(g.number()), typo.font(typo.size * 2.2f, Font.BOLD, Typo.INK),
                Element.ALIGN_CENTER));
        int indicators = g.indicatorCount();
        int withNumbers = 0;
        int rated = 0;
        double sum = 0;
        for (IndicatorRow row : g.rows()) {
            Indicator ind = row.indicator();
            if (ind.hasNumbers()) {
                withNumbers++;
            }
            if (ind.progressRate() != null) {
                rated++;
                sum += ind.progressRate();
            }
        }
        List<String> stats = new ArrayList<>();
        stats.add(labels.get("goal.stats.initiatives", g.initiatives().size()));
        stats.add(labels.get("goal.stats.indicators", indicators));
        stats.add(labels.get("goal.stats.with-numbers", withNumbers));
        if (rated > 0) {
            stats.add(labels.get("goal.stats.average", Figures.percent(sum / rated)));
        }
        for (String s : stats) {
            out.add(typo.para(s, typo.smallGrey, Element.ALIGN_CENTER));
        }
        return out;
    }

    // ---- body rows
    private List<Row> rows(Goal g) {
        List<Row> rows = new ArrayList<>();
        for (Initiative ini : g.initiatives()) {
            String circled = Ordinals.circled(ini.number());
            String title = strip(ini.title(), ini.number());
            List<Item> items = ini.items();
            if (items.size() == 1 && items.get(0).number() == null) {
                // one unnumbered sub-item: the initiative, its sub-item and its indicators in one row, after ①
                Item item = items.get(0);
                indicators(rows, circled, title, item.title(), circled, item.indicators(), true);
            } else {
                rows.add(new Row(circled, title, null, circled, null, true));
                for (Item item : items) {
                    String marker = item.number() == null ? "" : Ordinals.parenthesized(item.number());
                    String itemTitle = item.number() == null ? item.title() : strip(item.title(), item.number());
                    indicators(rows, marker, itemTitle, null, marker, item.indicators(), false);
                }
            }
        }
        return rows;
    }

    /** An item's rows: one when it has one indicator; else a heading row and a bulleted row per indicator. */
    private void indicators(List<Row> rows, String headMarker, String headText, String subText, String marker,
                            List<Indicator> inds, boolean groupStart) {
        if (inds.size() == 1) {
            rows.add(new Row(headMarker, headText, subText, marker, inds.get(0), groupStart));
            return;
        }
        rows.add(new Row(headMarker, headText, subText, marker, null, groupStart));
        for (Indicator ind : inds) {
            boolean bulleted = Typo.bulleted(ind.target()) || Typo.bulleted(ind.progress());
            rows.add(new Row(null, null, null, bulleted ? "" : BULLET, ind, false));
        }
    }

    /** A title that starts with its own number typed in ("(1) パブリック…") loses it: the report numbers it. */
    static String strip(String title, int number) {
        if (title == null) {
            return null;
        }
        OptionalInt typed = Ordinals.leading(title);
        if (typed.isPresent() && typed.getAsInt() == number) {
            String rest = TYPED_ORDINAL.matcher(title).replaceFirst("");
            return rest.isBlank() ? title : rest;
        }
        return title;
    }

    private float indent(String marker) {
        return typo.markerWidth(marker, typo.body);
    }

    /** "基準値 17,913人 → 目標値 20,000人 / 実績値 19,175人", or null when the indicator has no numbers. */
    private String figures(Indicator ind) {
        if (ind.targetValue() == null && ind.actual() == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        if (ind.baseline() != null) {
            sb.append(labels.get("indicator.baseline")).append(NBSP).append(Figures.quantity(ind.baseline(), ind.unit()))
                    .append(NBSP).append("→ ");
        }
        if (ind.targetValue() != null) {
            sb.append(labels.get("indicator.target")).append(NBSP).append(Figures.quantity(ind.targetValue(), ind.unit()));
        }
        if (ind.actual() != null) {
            if (ind.targetValue() != null) {
                sb.append(NBSP).append("/ ");
            }
            sb.append(labels.get("indicator.actual")).append(NBSP).append(Figures.quantity(ind.actual(), ind.unit()));
        }
        return sb.toString();
    }

    /** The department whose goals are set next: the change of its indicators' 進捗度, or null for none. */
    void changes(java.util.function.Function<Indicator, Double> rateChanges) {
        this.rateChanges = rateChanges;
    }

    /** A change in points with its direction: ▲9.1 (up), ▼3.0 (down), ±0.0. */
    static String arrow(double points) {
        String p = Figures.points(points);
        return p.startsWith("+") ? "▲" + p.substring(1) : p.startsWith("-") ? "▼" + p.substring(1) : "±" + p;
    }

    /** "進捗度 60.5%（計算値） ▲9.1" and its bar, side by side, indented like the text above. */
    private PdfPTable rateLine(Indicator ind, float indent, float colWidth) {
        String figure = labels.get("indicator.rate") + NBSP + Figures.percent(ind.progressRate());
        String note = ind.progressComputed() ? labels.get("indicator.computed") : "";
        Double change = rateChanges == null ? null : rateChanges.apply(ind);
        Font strong = typo.font(typo.size, Font.BOLD, Typo.INK);
        float textWidth = typo.width(labels.get("indicator.rate") + " 100.0%" + labels.get("indicator.computed"), typo.body)
                + typo.size + (rateChanges == null ? 0 : typo.width(" ▲100.0", typo.body));
        float bar = Math.max(typo.size * 4, colWidth - indent - textWidth);
        PdfPTable line = new PdfPTable(new float[] {Math.max(indent, 0.01f), textWidth, bar});
        line.setWidthPercentage(100);
        line.setSpacingBefore(typo.size * 0.2f);
        PdfPCell spacer = bare();
        line.addCell(spacer);
        PdfPCell text = bare();
        text.setPhrase(new com.lowagie.text.Phrase(Typo.leading(typo.body), ""));
        text.getPhrase().add(typo.chunk(figure, strong));
        if (!note.isEmpty()) {
            text.getPhrase().add(typo.chunk(note, typo.smallGrey));
        }
        if (change != null) {
            Font shown = typo.font(typo.size * 0.9f, Font.NORMAL, change >= 0.05 ? UP : change <= -0.05 ? DOWN : Typo.GREY);
            text.getPhrase().add(typo.chunk(NBSP + arrow(change), shown));
        }
        line.addCell(text);
        PdfPCell barCell = bare();
        barCell.setPaddingRight(typo.size * 0.2f);
        barCell.setCellEvent(new ProgressBar(ind.progressRate(), threshold, typo.size * 0.65f));
        line.addCell(barCell);
        return line;
    }

    private PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setPaddingLeft(padX);
        cell.setPaddingRight(padX);
        cell.setPaddingTop(padTop);
        cell.setPaddingBottom(padBottom);
        return cell;
    }

    private PdfPCell bare() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float f : a) {
            s += f;
        }
        return s;
    }

    /** Makes the goal's outline entry where its title is first drawn (the title row repeats on later pages). */
    private final class OutlineMark implements PdfPCellEvent {
        private final String title;
        private boolean done;

        OutlineMark(String title) {
            this.title = title;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            if (!done) {
                done = true;
                decor.childOutline(writer, title, position.getTop() + typo.size);
            }
        }
    }
}
