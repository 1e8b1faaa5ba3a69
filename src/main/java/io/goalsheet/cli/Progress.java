package io.goalsheet.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place. Shown only when stderr is a terminal and
 * the batch is long enough to need one; otherwise every call does nothing.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;
    private static final long MIN_REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;
    private long lastDraw;

    private Progress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    static Progress of(Console console, int total, boolean quiet) {
        return new Progress(console.err(), total, console.errIsTerminal() && !quiet && total >= 20);
    }

    static Progress none() {
        return new Progress(null, 0, false);
    }

    void step() {
        if (!shown) {
            return;
        }
        done++;
        long now = System.nanoTime();
        if (done == total || now - lastDraw > MIN_REDRAW_NANOS) {
            lastDraw = now;
            int filled = (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (shown && done > 0) {
            err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
            err.flush();
        }
    }
}
