package io.goalsheet.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.Totals;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The summary's chart: per department, a horizontal bar of its goals stacked by 自己評価 (◎ ○ △ ×,
 * green to red as in the merged workbook), drawn by JFreeChart onto a PDF template through
 * OpenPDF's Graphics2D, so it is vector graphics with its text in the report's font.
 */
final class EvaluationChart {

    /** ◎ ○ △ ×: from well ahead to behind, green to red (the merged workbook's colours). */
    static final Color[] MARK_COLOURS = {
        new Color(0x1b, 0x7f, 0x3b), new Color(0x7c, 0xc0, 0x5a), new Color(0xf2, 0xa9, 0x3b), new Color(0xd6, 0x3b, 0x2f)};

    /** Goals with no 自己評価, when there are any. */
    static final Color UNRATED = new Color(0xc8, 0xcc, 0xd0);

    private EvaluationChart() {}

    /** The height a chart of {@code departments} bars wants, in points. */
    static float preferredHeight(int departments, float fontSize) {
        return Math.max(110f, 56 + departments * Math.max(14f, fontSize * 2.1f));
    }

    /** The least room a department's bar and label need, in points. */
    static float minimumPitch(float fontSize) {
        return Math.max(12f, fontSize * 1.6f);
    }

    /**
     * The chart of departments {@code from} … {@code to} (exclusive), on a scale of 0 to {@code most}
     * goals, so that the charts of one report compare.
     */
    static Image draw(Consolidation c, int from, int to, int most, Labels labels, Typo typo, PdfContentByte cb,
                      float width, float height) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean unrated = c.overall().unrated() > 0;
        for (int m = 0; m < Totals.MARKS.size() + (unrated ? 1 : 0); m++) {
            String series = m < Totals.MARKS.size() ? Totals.MARKS.get(m) : labels.get("summary.unrated");
            for (int d = from; d < to; d++) {
                Totals t = c.totals().get(d);
                int n = m < Totals.MARKS.size() ? t.evaluations().get(m) : t.unrated();
                data.addValue(n == 0 ? null : n, series, c.departments().get(d).department());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, null, data,
                PlotOrientation.HORIZONTAL, true, false, false);
        float size = typo.size;
        StandardChartTheme theme = new StandardChartTheme("goalsheet");
        theme.setExtraLargeFont(typo.font.awt(size * 1.4f));
        theme.setLargeFont(typo.font.awt(size * 1.1f));
        theme.setRegularFont(typo.font.awt(size));
        theme.setSmallFont(typo.font.awt(size * 0.9f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xc8, 0xc8, 0xc8));
        theme.setAxisLabelPaint(Typo.INK);
        theme.setTickLabelPaint(Typo.INK);
        theme.setLegendItemPaint(Typo.INK);
        theme.setItemLabelPaint(Color.WHITE);
        theme.apply(chart);

        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 8));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(BlockBorder.NONE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        CategoryAxis departments = plot.getDomainAxis();
        departments.setCategoryMargin(0.3);
        departments.setLowerMargin(0.01);
        departments.setUpperMargin(0.01);
        departments.setMaximumCategoryLabelWidthRatio(0.35f);
        departments.setTickMarksVisible(false);
        NumberAxis goals = (NumberAxis) plot.getRangeAxis();
        goals.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.JAPAN));
        goals.setRange(0, Math.max(1, most) * 1.02);
        StackedBarRenderer bars = (StackedBarRenderer) plot.getRenderer();
        bars.setDrawBarOutline(false);
        // bars about as thick as a line of text, however few departments there are
        bars.setMaximumBarWidth(Math.min(0.6, size * 1.6 / Math.max(1, height - 50)));
        bars.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Locale.JAPAN)));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(typo.font.awt(size * 0.9f));
        for (int m = 0; m < MARK_COLOURS.length; m++) {
            bars.setSeriesPaint(m, MARK_COLOURS[m]);
            // dark labels on the light colours, white on the dark ones
            bars.setSeriesItemLabelPaint(m, m == 1 || m == 2 ? Typo.INK : Color.WHITE);
        }
        bars.setSeriesPaint(MARK_COLOURS.length, UNRATED);
        bars.setSeriesItemLabelPaint(MARK_COLOURS.length, Typo.INK);

        PdfTemplate template = cb.createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, typo.font.mapper());
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IOException(e);
        }
    }
}
