package io.goalsheet.render.xlsx;

import io.goalsheet.read.CellAddress;
import io.goalsheet.schema.ReportTemplate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A worksheet written row by row straight into the package's zip entry: nothing of it is kept in
 * memory but its texts (in the package's {@link SharedStrings}), so a sheet of a million cells
 * costs what its XML costs to write. Text goes in as text (never a formula, so = + - @ at the start
 * stay text), numbers as numbers, dates as date serials with a date style.
 */
final class StreamSheet implements Grid {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Rows a worksheet holds. */
    static final int MAX_ROWS = 1_048_576;
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate LEAP_BUG = LocalDate.of(1900, 3, 1);
    /** "A".."ZZ" as bytes, and each " s=\"n\"" attribute: written for every cell. */
    private static final byte[][] COLUMNS = new byte[702][];
    private static final byte[][] STYLE_ATTRS = new byte[Style.values().length][];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellAddress.column(i).getBytes(StandardCharsets.US_ASCII);
        }
        for (Style s : Style.values()) {
            STYLE_ATTRS[s.ordinal()] = (" s=\"" + s.ordinal() + "\"").getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final XmlOut xml;
    private final SharedStrings strings;
    private final String name;
    private final ReportTemplate template;
    private final boolean selected;
    /** Rows printed on every page, 0-based, inclusive; -1 for none. */
    private int repeatFirst = -1;
    private int repeatLast = -1;
    private int row = -1;
    private int lastCol = -1;
    private int filterLastRow = -1;
    private int filterLastCol = -1;
    private StackedBarChart chart;
    /** A manual page break above this 0-based row, or 0 for none. */
    private int breakBefore;
    private boolean started;

    StreamSheet(XmlOut xml, SharedStrings strings, String name, ReportTemplate template, boolean selected) {
        this.xml = xml;
        this.strings = strings;
        this.name = name;
        this.template = template;
        this.selected = selected;
    }

    String name() {
        return name;
    }

    @Override
    public void layout(int[] widths, int frozenCols, int frozenRows, int repeatedRows) {
        if (started) {
            throw new IllegalStateException("layout after rows");
        }
        started = true;
        if (repeatedRows > 0) {
            repeatRows(0, repeatedRows - 1);
        }
        xml.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"").ascii(MAIN)
                .ascii("\" xmlns:r=\"").ascii(REL).ascii("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .ascii("<sheetViews><sheetView workbookViewId=\"0\"").ascii(selected ? " tabSelected=\"1\"" : "");
        if (frozenCols > 0 || frozenRows > 0) {
            String pane = frozenCols > 0 && frozenRows > 0 ? "bottomRight" : frozenRows > 0 ? "bottomLeft" : "topRight";
            xml.ascii("><pane");
            if (frozenCols > 0) {
                xml.ascii(" xSplit=\"").number(frozenCols).ascii("\"");
            }
            if (frozenRows > 0) {
                xml.ascii(" ySplit=\"").number(frozenRows).ascii("\"");
            }
            xml.ascii(" topLeftCell=\"").ascii(CellAddress.a1(frozenRows, frozenCols)).ascii("\" activePane=\"")
                    .ascii(pane).ascii("\" state=\"frozen\"/><selection pane=\"").ascii(pane)
                    .ascii("\"/></sheetView></sheetViews>");
        } else {
            xml.ascii("/></sheetViews>");
        }
        // the height of a row of 游ゴシック 11 pt (JapaneseFont), the default font
        xml.ascii("<sheetFormatPr defaultRowHeight=\"18.75\"/>");
        if (widths.length > 0) {
            xml.ascii("<cols>");
            for (int i = 0; i < widths.length; i++) {
                xml.ascii("<col min=\"").number(i + 1).ascii("\" max=\"").number(i + 1).ascii("\" width=\"")
                        .number(widths[i]).ascii("\" customWidth=\"1\"/>");
            }
            xml.ascii("</cols>");
        }
        xml.ascii("<sheetData>");
    }

    @Override
    public void row(int index, float height) {
        if (!started) {
            layout(new int[0], 0, 0, 0);
        }
        if (index <= row) {
            throw new IllegalArgumentException("row " + index + " after row " + row);
        }
        if (index >= MAX_ROWS) {
            throw new IllegalArgumentException("more rows than a sheet holds (1,048,576)");
        }
        if (row >= 0) {
            xml.ascii("</row>");
        }
        row = index;
        lastCol = -1;
        xml.ascii("<row r=\"").number(index + 1L);
        if (height > 0) {
            xml.ascii("\" ht=\"").ascii(height == Math.rint(height) ? Long.toString((long) height) : Float.toString(height))
                    .ascii("\" customHeight=\"1");
        }
        xml.ascii("\">");
    }

    /** The next row, with the default height. */
    void nextRow() {
        row(row + 1, 0);
    }

    @Override
    public void put(int col, Object value, Style style) {
        if (value instanceof String s) {
            text(col, s, style);
        } else if (value instanceof Number n) {
            number(col, n.doubleValue(), style);
        } else if (value instanceof LocalDate d) {
            date(col, d, style == Style.PLAIN ? Style.DATE : style);
        } else if (value == null) {
            empty(col, style);
        } else {
            text(col, String.valueOf(value), style);
        }
    }

    void text(int col, String s, Style style) {
        open(col, style);
        xml.ascii(" t=\"s\"><v>").number(strings.indexOf(s)).ascii("</v></c>");
    }

    void number(int col, double v, Style style) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            empty(col, style);
            return;
        }
        open(col, style);
        xml.ascii("><v>");
        value(v);
        xml.ascii("</v></c>");
    }

    /** A date as Excel's serial day number (1900 date system, with its phantom 29 February 1900). */
    void date(int col, LocalDate d, Style style) {
        long serial = ChronoUnit.DAYS.between(EPOCH, d);
        if (d.isBefore(LEAP_BUG)) {
            serial--;
        }
        if (serial < 1) {
            text(col, d.toString(), style);
        } else {
            number(col, serial, style);
        }
    }

    private void empty(int col, Style style) {
        if (style != Style.PLAIN) {
            open(col, style);
            xml.ascii("/>");
        }
    }

    @Override
    public void formula(int col, String formula, Object cached, Style style) {
        open(col, style);
        if (cached instanceof Number n) {
            xml.ascii("><f>").text(formula).ascii("</f><v>");
            value(n.doubleValue());
            xml.ascii("</v></c>");
        } else {
            xml.ascii(" t=\"str\"><f>").text(formula).ascii("</f><v>").text(cached == null ? "" : cached.toString())
                    .ascii("</v></c>");
        }
    }

    private void value(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            xml.number((long) v);
        } else {
            xml.ascii(Double.toString(v));
        }
    }

    private void open(int col, Style style) {
        if (row < 0) {
            throw new IllegalStateException("cell before any row");
        }
        if (col <= lastCol) {
            throw new IllegalArgumentException("column " + col + " after column " + lastCol);
        }
        lastCol = col;
        xml.ascii("<c r=\"").bytes(column(col)).number(row + 1L).ascii("\"");
        if (style != Style.PLAIN) {
            xml.bytes(STYLE_ATTRS[style.ordinal()]);
        }
    }

    private static byte[] column(int col) {
        return col < COLUMNS.length ? COLUMNS[col] : CellAddress.column(col).getBytes(StandardCharsets.US_ASCII);
    }

    /** An autofilter over rows 0..lastRow, columns 0..lastCol (the header row being row 0). */
    void autoFilter(int lastRow, int lastCol) {
        this.filterLastRow = lastRow;
        this.filterLastCol = lastCol;
    }

    @Override
    public void chart(StackedBarChart chart) {
        this.chart = chart;
    }

    @Override
    public void breakBefore(int row) {
        breakBefore = row;
    }

    StackedBarChart chart() {
        return chart;
    }

    /** Prints rows {@code first} … {@code last} (0-based) at the top of every page, instead of the first rows. */
    void repeatRows(int first, int last) {
        repeatFirst = first;
        repeatLast = last;
    }

    /** The rows printed on every page as a print-title reference wants them ($4:$4), or null. */
    String repeatedRows() {
        return repeatFirst < 0 ? null : "$" + (repeatFirst + 1) + ":$" + (repeatLast + 1);
    }

    /** The autofilter's range as a defined name wants it, or null. */
    String filterRange() {
        return filterLastRow < 0 ? null
                : "$A$1:$" + CellAddress.column(filterLastCol) + "$" + (filterLastRow + 1);
    }

    /** Closes the sheet data and writes what follows it: filter, margins, paper, page numbers, drawing. */
    void finish() {
        if (!started) {
            layout(new int[0], 0, 0, 0);
        }
        xml.ascii(row >= 0 ? "</row></sheetData>" : "</sheetData>");
        if (filterLastRow >= 0) {
            xml.ascii("<autoFilter ref=\"").ascii(filterRange().replace("$", "")).ascii("\"/>");
        }
        ReportTemplate.Page page = template.page();
        xml.ascii("<pageMargins left=\"").ascii(inches(page.left())).ascii("\" right=\"").ascii(inches(page.right()))
                .ascii("\" top=\"").ascii(inches(page.top())).ascii("\" bottom=\"").ascii(inches(page.bottom()))
                .ascii("\" header=\"0.3\" footer=\"0.3\"/>")
                .ascii("<pageSetup paperSize=\"").ascii(page.size().equals("A3") ? "8" : "9")
                .ascii("\" orientation=\"").ascii(page.landscape() ? "landscape" : "portrait")
                .ascii("\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
                .ascii("<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>");
        if (breakBefore > 0) {
            // a break's id is the 1-based row above it, as Excel writes one
            xml.ascii("<rowBreaks count=\"1\" manualBreakCount=\"1\"><brk id=\"").ascii(Integer.toString(breakBefore))
                    .ascii("\" max=\"16383\" man=\"1\"/></rowBreaks>");
        }
        if (chart != null) {
            xml.ascii("<drawing r:id=\"rId1\"/>");
        }
        xml.ascii("</worksheet>");
        xml.flush();
    }

    private static String inches(double mm) {
        return Double.toString(mm / 25.4);
    }
}
