package io.goalsheet.render.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip whose compression runs on a thread of its own: the caller makes the XML while this thread
 * deflates what came before, which on two cores takes a third off writing a merged workbook. The
 * queue between them is short, so memory stays a few buffers whatever the size of the file.
 * Operations run in the order they were asked for; a failure of the stream is thrown to the caller
 * at its next call.
 */
final class BackgroundZip extends OutputStream {

    private static final Object CLOSE_ENTRY = new Object();
    private static final Object FINISH = new Object();
    private static final Object ABANDON = new Object();

    private final ZipOutputStream zip;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread worker;
    private volatile IOException failure;
    private boolean done;

    BackgroundZip(OutputStream out, int level) {
        zip = new ZipOutputStream(out);
        zip.setLevel(level);
        worker = new Thread(this::run, "goalsheet-zip");
        worker.setDaemon(true);
        worker.start();
    }

    private void run() {
        try {
            while (true) {
                Object op = queue.take();
                if (op == ABANDON) {
                    return;
                }
                if (failure != null) {
                    if (op == FINISH) {
                        return;
                    }
                    continue;   // drain, so that the caller never blocks on a full queue
                }
                try {
                    if (op instanceof byte[] b) {
                        zip.write(b);
                    } else if (op instanceof ZipEntry e) {
                        zip.putNextEntry(e);
                    } else if (op == CLOSE_ENTRY) {
                        zip.closeEntry();
                    } else if (op == FINISH) {
                        zip.finish();
                        return;
                    }
                } catch (IOException e) {
                    failure = e;
                    if (op == FINISH) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(Object op) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (done) {
            throw new IOException("zip already finished");
        }
        try {
            queue.put(op);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    void putNextEntry(ZipEntry e) throws IOException {
        submit(e);
    }

    void closeEntry() throws IOException {
        submit(CLOSE_ENTRY);
    }

    @Override
    public void write(int b) throws IOException {
        submit(new byte[] {(byte) b});
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > 0) {
            submit(Arrays.copyOfRange(b, off, off + len));
        }
    }

    /** Writes the central directory and waits until everything is in the stream under it (not closed). */
    void finish() throws IOException {
        submit(FINISH);
        done = true;
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the thread without finishing the zip: the caller failed and the file will be thrown away. */
    void abandon() {
        if (!done) {
            done = true;
            queue.clear();
            queue.offer(ABANDON);
        }
    }
}
