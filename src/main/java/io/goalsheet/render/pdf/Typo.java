package io.goalsheet.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's type: one font in a few sizes, and text set with Japanese line breaking. Every
 * Chunk of the report is made here, with the report's font and {@link JapaneseLineBreak#SPLIT}, so
 * that no default (base-14) font and no per-character CJK breaking gets in.
 */
final class Typo {

    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0x40, 0x40, 0x40);
    static final Color LIGHT_RULE = new Color(0xb4, 0xb4, 0xb4);
    static final Color HEAD_FILL = new Color(0xe4, 0xe8, 0xee);
    static final Color TITLE_FILL = new Color(0xf3, 0xf5, 0xf8);
    static final Color TOTAL_FILL = new Color(0xf0, 0xf0, 0xf0);

    /** Joins a list marker to its text: no line may break between "(1)" and what it numbers. */
    static final String MARKER_GAP = "\u00a0";

    /** Bullets that start a line of a list typed inside a cell. */
    private static final String BULLETS = "・•●○◦■□◆◇▪※";

    final ReportFont font;
    final float size;
    final Font body;
    final Font small;
    final Font smallGrey;
    final Font bold;

    Typo(ReportFont font, float size) {
        this.font = font;
        this.size = size;
        this.body = font(size, Font.NORMAL, INK);
        this.small = font(size * 0.88f, Font.NORMAL, INK);
        this.smallGrey = font(size * 0.88f, Font.NORMAL, GREY);
        this.bold = font(size, Font.BOLD, INK);
    }

    /** The report font at a size; BOLD is drawn by stroking the outline (IPAexGothic has one weight). */
    Font font(float pt, int style, Color colour) {
        return new Font(font.base, pt, style, colour);
    }

    /** Line spacing for type of this size: 1.5 times, as Japanese text needs room between lines. */
    static float leading(Font f) {
        return f.getSize() * 1.5f;
    }

    Chunk chunk(String text, Font f) {
        Chunk c = new Chunk(text == null ? "" : text, f);
        c.setSplitCharacter(JapaneseLineBreak.SPLIT);
        return c;
    }

    /** A chunk that breaks only at its spaces: a phrase read as a unit, like the figures of an indicator. */
    Chunk unit(String text, Font f) {
        Chunk c = chunk(text, f);
        c.setSplitCharacter(JapaneseLineBreak.AT_SPACES);
        return c;
    }

    Phrase phrase(String text, Font f) {
        Phrase p = new Phrase(leading(f), "", f);
        p.add(chunk(text, f));
        return p;
    }

    Paragraph para(String text, Font f) {
        return para(text, f, Element.ALIGN_LEFT);
    }

    Paragraph para(String text, Font f, int alignment) {
        Paragraph p = new Paragraph(leading(f), "", f);
        p.add(chunk(text, f));
        p.setAlignment(alignment);
        return p;
    }

    /** A paragraph of several runs (different sizes or colours), breaking lines across them by the same rules. */
    Paragraph para(int alignment, Chunk... chunks) {
        float lead = 0;
        for (Chunk c : chunks) {
            lead = Math.max(lead, leading(c.getFont()));
        }
        Paragraph p = new Paragraph(lead, "", chunks[0].getFont());
        for (Chunk c : chunks) {
            p.add(c);
        }
        p.setAlignment(alignment);
        return p;
    }

    /** Whether a line of text starts with a bullet (・ ● ※ …). */
    static boolean bulleted(String line) {
        String s = line == null ? "" : line.strip();
        return !s.isEmpty() && BULLETS.indexOf(s.charAt(0)) >= 0;
    }

    float width(String text, Font f) {
        return font.base.getWidthPoint(text, f.getSize());
    }

    /** The width a list marker hangs by: the marker and the gap after it. */
    float markerWidth(String marker, Font f) {
        return marker == null || marker.isEmpty() ? 0 : width(marker + gap(marker), f);
    }

    /** A full-width bullet (・) has its own space; ① and (1) get a no-break space after them. */
    private static String gap(String marker) {
        return marker.endsWith("・") ? "" : MARKER_GAP;
    }

    /**
     * A cell text as paragraphs with hanging indents: the marker ("①", "(1)", or none) hangs to the
     * left of the text and every further line aligns with the text after it; lines of the text that
     * start with a bullet (・) hang their own bullet inside that. Blank lines are dropped.
     */
    List<Paragraph> hanging(String marker, String text, Font f) {
        List<Paragraph> out = new ArrayList<>();
        float indent = markerWidth(marker, f);
        String[] lines = text == null ? new String[0] : text.strip().split("\r\n|\r|\n");
        boolean first = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String shown = first && indent > 0 ? marker + gap(marker) + line : line;
            Paragraph p = new Paragraph(leading(f), "", f);
            p.add(chunk(shown, f));
            float bullet = bulleted(line) && line.length() > 1 ? width(line.substring(0, 1), f) : 0;
            p.setIndentationLeft(indent + bullet);
            p.setFirstLineIndent(first && indent > 0 ? -(indent + bullet) : -bullet);
            out.add(p);
            first = false;
        }
        if (first && indent > 0) {
            // a marker on its own, as the seed aligns ① over its sub-items
            out.add(para(marker, f));
        }
        return out;
    }
}
