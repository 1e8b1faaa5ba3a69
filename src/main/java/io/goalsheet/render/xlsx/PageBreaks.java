package io.goalsheet.render.xlsx;

import io.goalsheet.schema.ReportTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the printed pages of the Excel report end. Excel repeats only the same rows on every page,
 * and the report's band (重点目標 N | title | 各部署の自己評価 | ○) and column header belong to each goal,
 * so the pages are computed here, as the PDF report computes its own: from the rows' heights (set on
 * every row, so known), the page's printable height and the fit-to-width scale. The sheet gets a
 * manual row break wherever a page is to end.
 */
final class PageBreaks {

    /**
     * The default font's digit in pixels, the unit of column widths: 7 for a Latin font or IPAexGothic
     * at 11 pt, 8 for 游ゴシック. The narrower digit gives the narrower sheet, so the larger fit-to-width
     * scale and the fewer rows per page: pages computed with it are not overrun in either case.
     */
    static final double DIGIT_PIXELS = 7;
    private static final double POINTS_PER_PIXEL = 0.75;
    private static final double POINTS_PER_MM = 72 / 25.4;
    /** Kept free at the foot of each page: row heights are drawn in whole pixels. */
    private static final double SLACK = 0.98;

    private PageBreaks() {}

    /** A page's printable height, in the sheet's points at the scale that fits the columns to the page's width. */
    static double pageHeight(ReportTemplate.Page page, double[] columnChars) {
        double shortSide = page.size().equals("A3") ? 297 : 210;
        double longSide = page.size().equals("A3") ? 420 : 297;
        double width = (page.landscape() ? longSide : shortSide) - page.left() - page.right();
        double height = (page.landscape() ? shortSide : longSide) - page.top() - page.bottom();
        double sheetWidth = 0;
        for (double c : columnChars) {
            sheetWidth += c * DIGIT_PIXELS * POINTS_PER_PIXEL;
        }
        return height * POINTS_PER_MM / scale(width * POINTS_PER_MM, sheetWidth) * SLACK;
    }

    /** Excel's fit-to-width scale: a whole percentage, 10 % to 100 %. */
    static double scale(double printableWidth, double sheetWidth) {
        double percent = Math.floor(100 * printableWidth / sheetWidth);
        return Math.max(10, Math.min(100, percent)) / 100;
    }

    /**
     * How a goal goes onto the pages.
     *
     * @param newPage     a break before the goal: it starts the next page
     * @param continuedAt the blocks that start a page after a break inside the goal, where the band
     *                    (marked 「（続き）」) and the column header are repeated
     */
    record Plan(boolean newPage, List<Integer> continuedAt) {}

    /**
     * Places a goal: whole on this page if it fits, else whole on the next one if it fits a page;
     * a goal longer than a page starts here when a third of the page is left (and its first block
     * fits), and goes on over the next pages, breaking between blocks. The first goal under a
     * department's heading starts beside it whenever its first block fits there.
     *
     * @param page     a page's height
     * @param used     height already taken on the current page
     * @param gap      space before the goal when it follows something on the page
     * @param head     the band and the column header
     * @param contHead the band marked 「（続き）」 and the column header
     * @param blocks   the heights of the goal's blocks of rows that stay together (a heading row
     *                 with the row it heads), in order
     * @param minBody  the height the rows of each page's part need at least (the goal column's number)
     * @param mayMove  false for the first goal under a department's heading, which it should not leave alone
     */
    static Plan plan(double page, double used, double gap, double head, double contHead, double[] blocks,
                     double minBody, boolean mayMove) {
        double body = 0;
        for (double b : blocks) {
            body += b;
        }
        double before = used > 0 ? gap : 0;
        double whole = head + Math.max(body, minBody);
        if (used + before + whole <= page) {
            return new Plan(false, List.of());
        }
        boolean movable = mayMove && used > 0;
        if (movable && whole <= page) {
            return new Plan(true, List.of());
        }
        boolean firstFits = used + before + head + Math.max(blocks.length == 0 ? 0 : blocks[0], minBody) <= page;
        boolean newPage = used > 0 && (!firstFits || movable && page - used - before < page / 3);
        double top = newPage ? head : used + before + head; // where the current part's rows start
        List<Integer> at = new ArrayList<>();
        double part = 0;
        for (int i = 0; i < blocks.length; i++) {
            if (part > 0 && top + Math.max(part + blocks[i], minBody) > page) {
                at.add(i);
                top = contHead;
                part = 0;
            }
            part += blocks[i];
        }
        return new Plan(newPage, List.copyOf(at));
    }
}
