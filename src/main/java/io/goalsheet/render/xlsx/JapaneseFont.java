package io.goalsheet.render.xlsx;

import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The font every cell of the written workbooks names. 游ゴシック is what Excel on Windows (2016 and
 * later) and on the Mac sets Japanese in, so the workbooks open as the offices' own files do; it is
 * named by its Japanese name, as Japanese Excel writes it. Charset 128 (SHIFTJIS) and family 3 (the
 * family Japanese Excel records for its Japanese fonts) tell a viewer without 游ゴシック — Excel 2013
 * on Windows 7, LibreOffice — to substitute a Japanese font (MS Pゴシック, IPAexGothic …) rather than a
 * Latin one that shows kanji as boxes. No theme scheme: the name itself is the font.
 */
final class JapaneseFont {

    static final String NAME = "游ゴシック";
    static final int FAMILY = 3;
    static final int CHARSET = 128;

    private JapaneseFont() {}

    /** Makes a POI font this one, keeping its size and weight. */
    static XSSFFont apply(XSSFFont font) {
        font.setFontName(NAME);
        font.setFamily(FAMILY);
        font.setCharSet(CHARSET);
        font.setScheme(FontScheme.NONE);
        return font;
    }

    /** The font as a styles part's {@code <font>} children after the size: name, family, charset. */
    static String xml() {
        return "<name val=\"" + NAME + "\"/><family val=\"" + FAMILY + "\"/><charset val=\"" + CHARSET + "\"/>";
    }
}
