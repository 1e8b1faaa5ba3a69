package io.goalsheet.render.xlsx;

import io.goalsheet.schema.ReportTemplate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A {@link Grid} over a POI sheet: for the report workbook, which POI lays out. */
final class PoiGrid implements Grid {

    private final XSSFSheet sheet;
    private final Styles styles;
    private final ReportTemplate template;
    private Row row;

    PoiGrid(XSSFSheet sheet, Styles styles, ReportTemplate template) {
        this.sheet = sheet;
        this.styles = styles;
        this.template = template;
    }

    @Override
    public void layout(int[] widths, int frozenCols, int frozenRows, int repeatedRows) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, 256 * widths[i]);
        }
        if (frozenCols > 0 || frozenRows > 0) {
            sheet.createFreezePane(frozenCols, frozenRows);
        }
        PrintSetup.landscapeFitToWidth(sheet, template, repeatedRows - 1);
    }

    @Override
    public void row(int index, float height) {
        row = sheet.createRow(index);
        if (height > 0) {
            row.setHeightInPoints(height);
        }
    }

    @Override
    public void breakBefore(int row) {
        sheet.setRowBreak(row - 1); // POI's break is below the row it is given
    }

    @Override
    public void put(int col, Object value, Style style) {
        Cells.put(row, col, value, styles.of(style));
    }

    @Override
    public void formula(int col, String formula, Object cached, Style style) {
        Cell cell = row.createCell(col);
        cell.setCellFormula(formula);
        if (cached instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(cached == null ? "" : cached.toString());
        }
        if (style != Style.PLAIN) {
            cell.setCellStyle(styles.of(style));
        }
    }

    @Override
    public void chart(StackedBarChart c) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, c.fromCol(), c.fromRow(), c.toCol(),
                c.toRow()));
        chart.setTitleText(c.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.getOrAddMajorGridProperties();
        categories.setOrientation(AxisOrientation.MAX_MIN);
        var names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(c.firstRow(), c.lastRow(), c.categoryCol(), c.categoryCol()));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        for (Series s : c.series()) {
            var series = data.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(c.firstRow(), c.lastRow(), s.valueCol(), s.valueCol())));
            series.setTitle(s.name(), new CellReference(sheet.getSheetName(), s.nameRow(), s.nameCol(), true, true));
            var shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(s.colour()))));
            series.setShapeProperties(shape);
        }
        chart.plot(data);
        overlapFully(chart);
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    /**
     * Stacked bars need {@code <c:overlap val="100"/>} or Excel draws the segments side by side.
     * XDDF's setter needs a schema class missing from poi-ooxml-lite, so the element goes in by cursor,
     * before the axis ids as CT_BarChart orders it.
     */
    private static void overlapFully(XSSFChart chart) {
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        try (var cursor = bar.newCursor()) {
            if (cursor.toChild(new javax.xml.namespace.QName(ns, "axId"))) {
                cursor.beginElement(new javax.xml.namespace.QName(ns, "overlap", "c"));
                cursor.insertAttributeWithValue("val", "100");
            }
        }
    }
}
