package io.goalsheet.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.goalsheet.schema.ReportTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's printed pages, computed: page height at the fit-to-width scale, and where goals break. */
class PageBreaksTest {

    private static final double PT_PER_MM = 72 / 25.4;

    @Test
    void aPageIsItsPrintableHeightOverTheFitToWidthScale() {
        ReportTemplate.Page a4 = new ReportTemplate.Page("A4", true, 12, 12, 10, 10);
        // 100 characters of 7 px (0.75 pt each): 525 pt wide, narrower than 277 mm: printed at 100 %
        assertThat(PageBreaks.pageHeight(a4, new double[] {60, 40})).isCloseTo(186 * PT_PER_MM * 0.98, within(0.01));
        // 200 characters: 1,050 pt on 785.2 pt: 74 %, so a page holds 186 mm / 0.74 of the sheet's rows
        assertThat(PageBreaks.pageHeight(a4, new double[] {150, 50})).isCloseTo(186 * PT_PER_MM / 0.74 * 0.98,
                within(0.01));
        ReportTemplate.Page a3portrait = new ReportTemplate.Page("A3", false, 20, 20, 15, 15);
        assertThat(PageBreaks.pageHeight(a3portrait, new double[] {100})).isCloseTo(380 * PT_PER_MM * 0.98,
                within(0.01));
        assertThat(PageBreaks.scale(100, 2000)).as("Excel's least").isEqualTo(0.10);
    }

    @Test
    void aGoalThatFitsStaysOnThePageOrGoesWholeToTheNext() {
        double[] blocks = {100, 100};
        assertThat(PageBreaks.plan(500, 200, 10, 50, 60, blocks, 30, true))
                .isEqualTo(new PageBreaks.Plan(false, List.of()));
        // 200 + 10 + 50 + 200 = 460: over a page of 450, and it fits a page
        assertThat(PageBreaks.plan(450, 200, 10, 50, 60, blocks, 30, true))
                .isEqualTo(new PageBreaks.Plan(true, List.of()));
        // at the top of a page there is no gap above it
        assertThat(PageBreaks.plan(250, 0, 10, 50, 60, blocks, 30, true))
                .isEqualTo(new PageBreaks.Plan(false, List.of()));
        // the goal's number needs its height even beside a short row
        assertThat(PageBreaks.plan(100, 0, 10, 50, 60, new double[] {20}, 60, true).continuedAt()).isEmpty();
        assertThat(PageBreaks.plan(300, 200, 0, 50, 60, new double[] {20}, 60, true).newPage()).isTrue();
    }

    @Test
    void aGoalLongerThanAPageGoesOnOverThePagesWithItsBandRepeated() {
        double[] blocks = {100, 100, 100, 100, 100};
        // a fresh page of 400: head 50 + three blocks = 350; the fourth would end at 450
        assertThat(PageBreaks.plan(400, 0, 10, 50, 60, blocks, 30, true))
                .isEqualTo(new PageBreaks.Plan(false, List.of(3)));
        // after 120 of a page, more than a third is left: it starts here (170 + 100 + 100 = 370; + 100 > 400)
        assertThat(PageBreaks.plan(400, 120, 0, 50, 60, blocks, 30, true))
                .isEqualTo(new PageBreaks.Plan(false, List.of(2)));
        // with less than a third left it starts on the next page
        assertThat(PageBreaks.plan(400, 300, 0, 50, 60, blocks, 30, true))
                .isEqualTo(new PageBreaks.Plan(true, List.of(3)));
        // a goal that would fit a page moves there whole; the first under a department's heading does not
        // leave the heading alone: it starts beside it and goes on (150 + 100 + 100; + 100 > 400)
        double[] three = {100, 100, 100};
        assertThat(PageBreaks.plan(400, 100, 0, 50, 60, three, 30, true)).isEqualTo(new PageBreaks.Plan(true, List.of()));
        assertThat(PageBreaks.plan(400, 100, 0, 50, 60, three, 30, false))
                .isEqualTo(new PageBreaks.Plan(false, List.of(2)));
        // unless not even its first block fits beside it
        assertThat(PageBreaks.plan(400, 300, 0, 50, 60, three, 30, false)).isEqualTo(new PageBreaks.Plan(true, List.of()));
        // a block higher than a page still gets a page of its own, after a break
        assertThat(PageBreaks.plan(400, 0, 0, 50, 60, new double[] {100, 500, 100}, 30, true).continuedAt())
                .containsExactly(1, 2);
    }
}
