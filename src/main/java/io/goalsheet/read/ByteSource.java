package io.goalsheet.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Random access to the bytes of a file or of a package held in memory (a decrypted one). */
interface ByteSource extends Closeable {

    long size();

    /** Reads up to {@code len} bytes at {@code pos}; fewer only at the end. Returns the count, -1 at the end. */
    int read(long pos, byte[] buf, int off, int len) throws IOException;

    /** Positional reads on a channel: thread-safe, never moves a shared position, never writes. */
    static ByteSource of(FileChannel channel, long size) {
        return new ByteSource() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public int read(long pos, byte[] buf, int off, int len) throws IOException {
                if (pos >= size) {
                    return -1;
                }
                ByteBuffer bb = ByteBuffer.wrap(buf, off, (int) Math.min(len, size - pos));
                int total = 0;
                while (bb.hasRemaining()) {
                    int n = channel.read(bb, pos + total);
                    if (n < 0) {
                        break;
                    }
                    total += n;
                }
                return total == 0 && len > 0 ? -1 : total;
            }

            @Override
            public void close() {
                // the channel belongs to the caller
            }
        };
    }

    static ByteSource of(byte[] bytes, int length) {
        return new ByteSource() {
            @Override
            public long size() {
                return length;
            }

            @Override
            public int read(long pos, byte[] buf, int off, int len) {
                if (pos >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - pos);
                System.arraycopy(bytes, (int) pos, buf, off, n);
                return n;
            }

            @Override
            public void close() {}
        };
    }
}
