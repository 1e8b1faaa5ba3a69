package io.goalsheet.render.pdf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What the caller decides about a PDF report beyond the template.
 *
 * @param fontFile     a TrueType font to use instead of the template's font, or null: the template's
 *                     font, or the built-in IPAexGothic when the template names none
 * @param creationDate the document's creation date (shown on the cover and stored in the metadata);
 *                     pass SOURCE_DATE_EPOCH for reproducible builds, otherwise now. The same inputs
 *                     and the same creation date give a byte-identical PDF.
 * @param author       the document's author, or null for the template's organisation name
 */
public record PdfOptions(Path fontFile, Instant creationDate, String author) {

    public PdfOptions {
        Objects.requireNonNull(creationDate, "creationDate");
    }

    /** The built-in font, no author, created at {@code creationDate}. */
    public static PdfOptions at(Instant creationDate) {
        return new PdfOptions(null, creationDate, null);
    }
}
