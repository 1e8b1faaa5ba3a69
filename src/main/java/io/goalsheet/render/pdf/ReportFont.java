package io.goalsheet.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The one font of a report, embedded as a subset: IPAexGothic from inside the jar unless the caller
 * or the template names another TrueType font. The same font, as an AWT font, lays out the chart's
 * text, so that JFreeChart measures exactly what OpenPDF draws.
 */
final class ReportFont {

    static final String BUILT_IN = "/io/goalsheet/render/pdf/fonts/ipaexg.ttf";
    static final String BUILT_IN_NAME = "ipaexg.ttf";

    final BaseFont base;
    private final byte[] bytes;
    private java.awt.Font awt;

    private ReportFont(BaseFont base, byte[] bytes) {
        this.base = base;
        this.bytes = bytes;
    }

    /** A font file's bytes and the name OpenPDF picks its parser by. */
    record Source(String name, byte[] bytes) {

        /** @param file a TrueType (.ttf, .otf) font file, or null for the built-in one */
        static Source read(Path file) throws IOException {
            if (file == null) {
                try (InputStream in = ReportFont.class.getResourceAsStream(BUILT_IN)) {
                    if (in == null) {
                        throw new IllegalStateException("built-in font missing from the jar: " + BUILT_IN);
                    }
                    return new Source(BUILT_IN_NAME, in.readAllBytes());
                }
            }
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!lower.endsWith(".ttf") && !lower.endsWith(".otf")) {
                // OpenPDF picks the parser by the name; the bytes decide whether it can read them
                name = name + ".ttf";
            }
            return new Source(name, Files.readAllBytes(file));
        }
    }

    /**
     * A fresh font for one document.
     *
     * @param seed makes the subset's name tag (ABCDEF+IPAexGothic) repeatable: the same seed gives
     *             the same tag, so the same inputs give the same bytes
     */
    static ReportFont create(Source source, byte[] seed) throws IOException {
        try {
            BaseFont base = BaseFont.createFont(source.name(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    source.bytes(), null);
            base.setSubset(true);
            base.setSecureRandom(seeded(seed));
            return new ReportFont(base, source.bytes());
        } catch (DocumentException e) {
            throw new IOException("cannot use the font " + source.name() + ": " + e.getMessage(), e);
        }
    }

    /** The font's name as PDF viewers list it (IPAexGothic). */
    String postscriptName() {
        return base.getPostscriptFontName();
    }

    /** The same font for AWT, at the given size (loaded on first use: only the chart needs it). */
    java.awt.Font awt(float size) throws IOException {
        if (awt == null) {
            try {
                awt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            } catch (FontFormatException e) {
                throw new IOException("cannot read the font for the chart: " + e.getMessage(), e);
            }
        }
        return awt.deriveFont(size);
    }

    /** Maps every AWT font to this font, so that no other font gets into the PDF through the chart. */
    FontMapper mapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return base;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                try {
                    return awt(size);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    private static SecureRandom seeded(byte[] seed) {
        try {
            // SHA1PRNG seeded before its first use is a deterministic generator
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
