package io.goalsheet.read;

/** What one workbook has taken so far of the limits that add up across its sheets. */
final class Budget {

    final ReadLimits limits;
    private long cells;
    private long chars;

    Budget(ReadLimits limits) {
        this.limits = limits;
    }

    long cells() {
        return cells;
    }

    /** Called once a sheet is complete with its cell count (each cell was checked as it came). */
    void addCells(long n) {
        cells += n;
    }

    /** Counts characters of text kept in memory. */
    void addChars(long n) throws ReadException {
        chars += n;
        if (chars > limits.maxTextChars()) {
            throw new ReadException(ReadException.Kind.TOO_LARGE, "text-chars", limits.maxTextChars());
        }
    }
}
