package io.goalsheet.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The row height estimate both writers give their rows. */
class RowHeightTest {

    @Test
    void fullWidthCharactersCountTwoAndOthersOne() {
        assertThat(RowHeight.width('A')).isEqualTo(1);
        assertThat(RowHeight.width('1')).isEqualTo(1);
        assertThat(RowHeight.width('政')).isEqualTo(2);
        assertThat(RowHeight.width('あ')).isEqualTo(2);
        assertThat(RowHeight.width('（')).isEqualTo(2);
        // what Unicode leaves ambiguous a Japanese font sets full-width
        assertThat(RowHeight.width('①')).isEqualTo(2);
        assertThat(RowHeight.width('→')).isEqualTo(2);
        assertThat(RowHeight.width('○')).isEqualTo(2);
        assertThat(RowHeight.width('×')).isEqualTo(2);
        assertThat(RowHeight.width('ｱ')).isEqualTo(1);
        assertThat(RowHeight.width("𠮷".codePointAt(0))).isEqualTo(2);
    }

    @Test
    void linesAreTheParagraphsWidthsOverTheUsableWidthRoundedUp() {
        // a column of 11 at the default size holds 10 half-width characters (one kept for the margins)
        assertThat(RowHeight.lines("0123456789", 11, 11)).isEqualTo(1);
        assertThat(RowHeight.lines("0123456789A", 11, 11)).isEqualTo(2);
        assertThat(RowHeight.lines("政策企画部", 11, 11)).isEqualTo(1);
        assertThat(RowHeight.lines("政策企画部と", 11, 11)).isEqualTo(2);
        // each paragraph starts a line, an empty one too
        assertThat(RowHeight.lines("政策\n\n企画", 11, 11)).isEqualTo(3);
        assertThat(RowHeight.lines("政策\r\n企画", 11, 11)).isEqualTo(2);
        // a larger font holds fewer characters in the same column
        assertThat(RowHeight.lines("0123456789", 11, 22)).isEqualTo(2);
        assertThat(RowHeight.lines(null, 11, 11)).isZero();
        assertThat(RowHeight.lines("", 11, 11)).isZero();
    }

    @Test
    void theRowTakesItsTallestCellAtItsFontsLineSpacingUpToExcelsMaximum() {
        float one = RowHeight.points(1, 11);
        assertThat(one).isBetween(18.75f + 2, 18.75f + 4); // 游ゴシック's line and the padding
        assertThat(RowHeight.points(3, 11) - one).isCloseTo(2 * 18.75f, org.assertj.core.data.Offset.offset(0.5f));
        RowHeight h = new RowHeight(11).cell("政策", 20).cell("政策企画部\n(1)\n(2)", 20).cell(null, 5);
        assertThat(h.points()).isEqualTo(RowHeight.points(3, 11));
        assertThat(new RowHeight(11).points()).as("an empty row: one line").isEqualTo(one);
        String long1000 = "あ".repeat(1000);
        assertThat(new RowHeight(11).cell(long1000, 10).points()).isEqualTo(RowHeight.MAX_POINTS);
    }
}
