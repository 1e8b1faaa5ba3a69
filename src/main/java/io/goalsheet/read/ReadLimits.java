package io.goalsheet.read;

/**
 * Bounds on what one workbook may cost to read, decided once at start-up. Anything over them is
 * refused with {@link ReadException.Kind#TOO_LARGE} before memory runs out.
 *
 * @param maxFileBytes      size of the file on disk (and of a decrypted package)
 * @param maxEntryBytes     inflated size of any one ZIP entry (sheet XML, shared strings), counted
 *                          while inflating, never taken from the ZIP headers; the entries one
 *                          workbook reads may inflate to twice this together
 * @param minInflateRatio   compressed/inflated below this (e.g. 0.01 = 100×) is a zip bomb, checked
 *                          once an entry has inflated past {@code graceBytes}
 * @param graceBytes        inflated bytes before the ratio is checked (small entries compress well)
 * @param maxCells          non-empty cells in one sheet (a merged region counts as one more)
 * @param maxTextLength     characters in one cell or shared string (Excel's own limit is 32,767)
 * @param maxSharedStrings  entries in the shared-strings table
 * @param maxWorkbookCells  non-empty cells in all the visible sheets of one workbook together
 * @param maxTextChars      characters of text kept for one workbook (shared strings plus the distinct
 *                          texts of inline-string and formula cells): bounds the heap a text-heavy
 *                          workbook can take, whatever its compression
 */
public record ReadLimits(
        long maxFileBytes,
        long maxEntryBytes,
        double minInflateRatio,
        long graceBytes,
        long maxCells,
        int maxTextLength,
        int maxSharedStrings,
        long maxWorkbookCells,
        long maxTextChars) {

    /** Default for {@link #maxTextChars}: at most ~100 MB of UTF-16 text. */
    public static final long DEFAULT_MAX_TEXT_CHARS = 50_000_000L;

    /**
     * The original seven limits; {@code maxWorkbookCells} becomes twice {@code maxCells} and
     * {@code maxTextChars} {@link #DEFAULT_MAX_TEXT_CHARS}.
     */
    public ReadLimits(
            long maxFileBytes,
            long maxEntryBytes,
            double minInflateRatio,
            long graceBytes,
            long maxCells,
            int maxTextLength,
            int maxSharedStrings) {
        this(maxFileBytes, maxEntryBytes, minInflateRatio, graceBytes, maxCells, maxTextLength, maxSharedStrings,
                saturatedDouble(maxCells), DEFAULT_MAX_TEXT_CHARS);
    }

    /** Generous for any real department workbook, safe in a 256 MB heap. */
    public static ReadLimits defaults() {
        return new ReadLimits(
                100L * 1024 * 1024,
                500L * 1024 * 1024,
                0.005,
                1024 * 1024,
                3_000_000,
                32_767,
                1_000_000,
                6_000_000,
                DEFAULT_MAX_TEXT_CHARS);
    }

    /** Bytes as whole megabytes, rounded up, for messages. */
    static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static long saturatedDouble(long n) {
        return n > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * n;
    }
}
