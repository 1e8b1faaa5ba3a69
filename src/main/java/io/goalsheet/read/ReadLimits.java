package io.goalsheet.read;

/**
 * Bounds on what one workbook may cost to read, decided once at start-up. Anything over them is
 * refused with {@link ReadException.Kind#TOO_LARGE} before memory runs out.
 *
 * @param maxFileBytes      size of the file on disk
 * @param maxEntryBytes     inflated size of any one ZIP entry (sheet XML, shared strings)
 * @param minInflateRatio   compressed/inflated below this (e.g. 0.01 = 100×) is a zip bomb, checked
 *                          once an entry has inflated past {@code graceBytes}
 * @param graceBytes        inflated bytes before the ratio is checked (small entries compress well)
 * @param maxCells          non-empty cells in one sheet
 * @param maxTextLength     characters in one cell or shared string (Excel's own limit is 32,767)
 * @param maxSharedStrings  entries in the shared-strings table
 */
public record ReadLimits(
        long maxFileBytes,
        long maxEntryBytes,
        double minInflateRatio,
        long graceBytes,
        long maxCells,
        int maxTextLength,
        int maxSharedStrings) {

    /** Generous for any real department workbook, safe in a 256 MB heap. */
    public static ReadLimits defaults() {
        return new ReadLimits(
                100L * 1024 * 1024,
                500L * 1024 * 1024,
                0.005,
                1024 * 1024,
                3_000_000,
                32_767,
                1_000_000);
    }
}
