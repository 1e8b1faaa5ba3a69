package io.goalsheet.render.xlsx;

import io.goalsheet.read.CellAddress;

/**
 * The DrawingML part of a stacked bar chart, with its data cached beside the references so that
 * viewers which do not recalculate still draw it. Shaped like what Excel and POI write.
 */
final class ChartXml {

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private ChartXml() {}

    static String stackedBars(Grid.StackedBarChart c) {
        String sheet = XlsxPackage.reference(c.sheet());
        String categories = sheet + abs(c.categoryCol(), c.firstRow()) + ":" + abs(c.categoryCol(), c.lastRow());
        StringBuilder sb = new StringBuilder(4096).append(XlsxPackage.head())
                .append("<c:chartSpace xmlns:c=\"").append(C).append("\" xmlns:a=\"").append(A).append("\">")
                .append("<c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>")
                .append("<a:defRPr sz=\"1200\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"ja-JP\" sz=\"1200\" b=\"1\"/><a:t>")
                .append(XmlOut.escapeText(c.title())).append("</a:t></a:r></a:p></c:rich></c:tx>")
                .append("<c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>")
                .append("<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>");
        for (int i = 0; i < c.series().size(); i++) {
            Grid.Series s = c.series().get(i);
            sb.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/>")
                    .append("<c:tx><c:strRef><c:f>").append(XmlOut.escapeText(sheet + abs(s.nameCol(), s.nameRow())))
                    .append("</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>")
                    .append(XmlOut.escapeText(s.name())).append("</c:v></c:pt></c:strCache></c:strRef></c:tx>")
                    .append("<c:spPr><a:solidFill><a:srgbClr val=\"").append(s.colour()).append("\"/></a:solidFill></c:spPr>")
                    .append("<c:invertIfNegative val=\"0\"/><c:cat><c:strRef><c:f>").append(XmlOut.escapeText(categories))
                    .append("</c:f><c:strCache><c:ptCount val=\"").append(c.categories().size()).append("\"/>");
            for (int k = 0; k < c.categories().size(); k++) {
                sb.append("<c:pt idx=\"").append(k).append("\"><c:v>").append(XmlOut.escapeText(c.categories().get(k)))
                        .append("</c:v></c:pt>");
            }
            sb.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>")
                    .append(XmlOut.escapeText(sheet + abs(s.valueCol(), c.firstRow()) + ":" + abs(s.valueCol(), c.lastRow())))
                    .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"")
                    .append(s.values().size()).append("\"/>");
            for (int k = 0; k < s.values().size(); k++) {
                sb.append("<c:pt idx=\"").append(k).append("\"><c:v>").append(s.values().get(k)).append("</c:v></c:pt>");
            }
            sb.append("</c:numCache></c:numRef></c:val></c:ser>");
        }
        // overlap 100: the segments of a bar stack instead of standing side by side
        return sb.append("<c:gapWidth val=\"60\"/><c:overlap val=\"100\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>")
                .append("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>")
                .append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>")
                .append("<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
                .append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines/>")
                .append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>")
                .append("<c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>")
                .append("</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>")
                .append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>")
                .toString();
    }

    private static String abs(int col, int row) {
        return "$" + CellAddress.column(col) + "$" + (row + 1);
    }
}
