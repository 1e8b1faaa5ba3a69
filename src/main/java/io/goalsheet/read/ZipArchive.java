package io.goalsheet.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A minimal ZIP reader over a {@link ByteSource}: the central directory (ZIP64 included) and
 * stored or deflated entries. Unlike {@code java.util.zip.ZipFile} it works on bytes in memory
 * (decrypted packages, no temporary files) and it sees the compressed bytes, so the inflate ratio
 * is checked on the bytes actually consumed, never on the sizes the headers claim.
 */
final class ZipArchive implements java.io.Closeable {

    /** More parts than any real workbook has; a central directory past this is refused. */
    static final int MAX_ENTRIES = 100_000;
    private static final int MAX_CENTRAL_DIRECTORY = 32 * 1024 * 1024;

    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int LOC_SIG = 0x04034b50;

    /** @param size the inflated size the directory gives: a hint for buffers, never a limit */
    record Entry(String name, int method, int flags, long compressedSize, long size, long localHeaderOffset) {}

    private final ByteSource source;
    private final Map<String, Entry> entries;
    /** Bytes inflated from all entries so far: one workbook may not inflate past twice maxEntryBytes. */
    private long inflatedTotal;
    /** The entries are read one after another: one inflater serves them all. */
    private Inflater spare;
    private final Map<String, Entry> entriesIgnoringCase;

    private ZipArchive(ByteSource source, Map<String, Entry> entries) {
        this.source = source;
        this.entries = entries;
        this.entriesIgnoringCase = new HashMap<>(entries.size() * 2);
        for (Entry e : entries.values()) {
            entriesIgnoringCase.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
        }
    }

    /** Reads the central directory; a missing end record means the file was cut short. */
    static ZipArchive open(ByteSource source) throws ReadException, IOException {
        long size = source.size();
        int tailLen = (int) Math.min(size, 22 + 65535);
        byte[] tail = readFully(source, size - tailLen, tailLen);
        int eocd = -1;
        for (int i = tailLen - 22; i >= 0; i--) {
            if (u32(tail, i) == EOCD_SIG) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new ReadException(new IOException("no end of central directory"),
                    ReadException.Kind.UNREADABLE, "truncated");
        }
        long total = u16(tail, eocd + 10);
        long cdSize = u32(tail, eocd + 12);
        long cdOffset = u32(tail, eocd + 16);
        if (total == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
            long locatorPos = size - tailLen + eocd - 20;
            if (locatorPos >= 0) {
                byte[] loc = readFully(source, locatorPos, 20);
                if (u32(loc, 0) == ZIP64_LOCATOR_SIG) {
                    long z64 = u64(loc, 8);
                    if (z64 < 0 || z64 + 56 > size) {
                        throw corrupt("bad zip64 locator");
                    }
                    byte[] rec = readFully(source, z64, 56);
                    if (u32(rec, 0) != ZIP64_EOCD_SIG) {
                        throw corrupt("bad zip64 end record");
                    }
                    total = u64(rec, 32);
                    cdSize = u64(rec, 40);
                    cdOffset = u64(rec, 48);
                }
            }
        }
        if (total > MAX_ENTRIES || cdSize > MAX_CENTRAL_DIRECTORY) {
            throw new ReadException(ReadException.Kind.TOO_LARGE, "zip-entries", MAX_ENTRIES);
        }
        if (cdOffset < 0 || cdSize < 0 || cdOffset + cdSize > size) {
            throw new ReadException(new IOException("central directory outside the file"),
                    ReadException.Kind.UNREADABLE, "truncated");
        }
        byte[] cd = readFully(source, cdOffset, (int) cdSize);
        Map<String, Entry> map = new HashMap<>();
        int p = 0;
        while (p + 46 <= cd.length && u32(cd, p) == CEN_SIG) {
            if (map.size() >= MAX_ENTRIES) {
                throw new ReadException(ReadException.Kind.TOO_LARGE, "zip-entries", MAX_ENTRIES);
            }
            int flags = u16(cd, p + 8);
            int method = u16(cd, p + 10);
            long csize = u32(cd, p + 20);
            long usize = u32(cd, p + 24);
            int nameLen = u16(cd, p + 28);
            int extraLen = u16(cd, p + 30);
            int commentLen = u16(cd, p + 32);
            long offset = u32(cd, p + 42);
            int nameStart = p + 46;
            int extraStart = nameStart + nameLen;
            int next = extraStart + extraLen + commentLen;
            if (next > cd.length) {
                throw corrupt("central directory entry overruns");
            }
            // ZIP64 extended information: the fields present are those saturated above, in this order
            for (int x = extraStart; x + 4 <= extraStart + extraLen; ) {
                int id = u16(cd, x);
                int len = u16(cd, x + 2);
                int q = x + 4;
                int end = Math.min(q + len, extraStart + extraLen);
                if (id == 0x0001) {
                    if (usize == 0xFFFFFFFFL && q + 8 <= end) {
                        q += 8;
                    }
                    if (csize == 0xFFFFFFFFL && q + 8 <= end) {
                        csize = u64(cd, q);
                        q += 8;
                    }
                    if (offset == 0xFFFFFFFFL && q + 8 <= end) {
                        offset = u64(cd, q);
                    }
                }
                x += 4 + len;
            }
            String name = new String(cd, nameStart, nameLen, StandardCharsets.UTF_8).replace('\\', '/');
            while (name.startsWith("/")) {
                name = name.substring(1);
            }
            map.putIfAbsent(name, new Entry(name, method, flags, csize, usize, offset));
            p = next;
        }
        return new ZipArchive(source, map);
    }

    /** The entry with this part name (exact, else ignoring case as OPC part names do), or null. */
    Entry entry(String name) {
        Entry e = entries.get(name);
        return e != null ? e : entriesIgnoringCase.get(name.toLowerCase(Locale.ROOT));
    }

    boolean has(String name) {
        return entry(name) != null;
    }

    int size() {
        return entries.size();
    }

    /** Streams one entry's inflated bytes, enforcing {@code limits} as they come. */
    EntryStream open(Entry e, ReadLimits limits) throws ReadException, IOException {
        if ((e.flags() & 1) != 0) {
            throw corrupt("encrypted zip entry " + e.name());
        }
        if (e.method() != 0 && e.method() != 8) {
            throw corrupt("compression method " + e.method() + " in " + e.name());
        }
        long size = source.size();
        if (e.localHeaderOffset() < 0 || e.localHeaderOffset() + 30 > size) {
            throw new ReadException(new IOException("local header outside the file"),
                    ReadException.Kind.UNREADABLE, "truncated");
        }
        byte[] loc = readFully(source, e.localHeaderOffset(), 30);
        if (u32(loc, 0) != LOC_SIG) {
            throw corrupt("bad local header for " + e.name());
        }
        long dataStart = e.localHeaderOffset() + 30 + u16(loc, 26) + u16(loc, 28);
        long compressed = e.compressedSize();
        if (compressed < 0 || dataStart + compressed > size) {
            throw new ReadException(new IOException("entry data outside the file: " + e.name()),
                    ReadException.Kind.UNREADABLE, "truncated");
        }
        return new EntryStream(e, e.method() == 8, dataStart, dataStart + compressed, limits);
    }

    /** Ends the inflater the entries shared. */
    @Override
    public void close() {
        if (spare != null) {
            spare.end();
            spare = null;
        }
    }

    private static ReadException corrupt(String detail) {
        return new ReadException(new IOException(detail), ReadException.Kind.UNREADABLE, "corrupt");
    }

    static byte[] readFully(ByteSource source, long pos, int len) throws IOException {
        byte[] buf = new byte[len];
        int done = 0;
        while (done < len) {
            int n = source.read(pos + done, buf, done, len - done);
            if (n <= 0) {
                throw new EOFException("unexpected end of data");
            }
            done += n;
        }
        return buf;
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    static long u64(byte[] b, int i) {
        return u32(b, i) | u32(b, i + 4) << 32;
    }

    /**
     * One entry's inflated bytes. Counts what it inflates and what it consumes, and fails with an
     * {@link Abort} (a {@link ReadException} inside) as soon as the entry is over
     * {@code maxEntryBytes}, its compression ratio is zip-bomb like, or one run of characters without
     * markup is longer than any cell text could be (so an XML parser is never asked to buffer it).
     */
    final class EntryStream extends InputStream {

        private final String name;
        private final long sizeHint;
        private final Inflater inflater;
        private final long end;
        private final ReadLimits limits;
        private final long maxRun;
        private final byte[] in;
        private long pos;
        private long inflated;
        private long run;
        private boolean eof;
        private boolean dummyGiven;
        private boolean closed;

        EntryStream(Entry entry, boolean deflated, long start, long end, ReadLimits limits) {
            this.name = entry.name();
            this.sizeHint = entry.size();
            if (deflated) {
                this.inflater = spare != null ? spare : new Inflater(true);
                spare = null;
            } else {
                this.inflater = null;
            }
            // the compressed bytes and the byte past them that raw inflate may ask for
            this.in = new byte[(int) Math.min(16 * 1024, end - start + 1)];
            this.pos = start;
            this.end = end;
            this.limits = limits;
            this.maxRun = maxRun(limits);
        }

        String name() {
            return name;
        }

        /** The inflated size the ZIP directory gives (0 or anything when it lies): for sizing buffers. */
        long sizeHint() {
            return sizeHint;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (eof) {
                return -1;
            }
            int n = inflater == null ? readStored(b, off, len) : inflate(b, off, len);
            if (n < 0) {
                eof = true;
                return -1;
            }
            count(b, off, n);
            return n;
        }

        private int readStored(byte[] b, int off, int len) throws IOException {
            if (pos >= end) {
                return -1;
            }
            int n = source.read(pos, b, off, (int) Math.min(len, end - pos));
            if (n <= 0) {
                throw new EOFException("entry " + name + " is cut short");
            }
            pos += n;
            return n;
        }

        private int inflate(byte[] b, int off, int len) throws IOException {
            try {
                while (true) {
                    int n = inflater.inflate(b, off, len);
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.finished() || inflater.needsDictionary()) {
                        return -1;
                    }
                    if (inflater.needsInput()) {
                        if (pos >= end) {
                            if (dummyGiven) {
                                throw new EOFException("entry " + name + " is cut short");
                            }
                            // raw inflate may want one byte past the data to see its end, as ZipFile gives it
                            dummyGiven = true;
                            in[0] = 0;
                            inflater.setInput(in, 0, 1);
                            continue;
                        }
                        int m = source.read(pos, in, 0, (int) Math.min(in.length, end - pos));
                        if (m <= 0) {
                            throw new EOFException("entry " + name + " is cut short");
                        }
                        pos += m;
                        inflater.setInput(in, 0, m);
                    }
                }
            } catch (DataFormatException e) {
                throw new IOException("bad deflate data in " + name, e);
            }
        }

        private void count(byte[] b, int off, int n) throws Abort {
            inflated += n;
            inflatedTotal += n;
            if (inflated > limits.maxEntryBytes()) {
                throw new Abort(new ReadException(ReadException.Kind.TOO_LARGE, "entry-size",
                        name, megabytes(limits.maxEntryBytes())));
            }
            long maxTotal = limits.maxEntryBytes() > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * limits.maxEntryBytes();
            if (inflatedTotal > maxTotal) {
                throw new Abort(new ReadException(ReadException.Kind.TOO_LARGE, "workbook-size", megabytes(maxTotal)));
            }
            if (inflater != null && inflated > limits.graceBytes()
                    && (double) inflater.getBytesRead() / inflated < limits.minInflateRatio()) {
                throw new Abort(new ReadException(ReadException.Kind.TOO_LARGE, "inflate-ratio", name));
            }
            // the text runs between '<'s: only the first can continue one from before, and when the chunk is
            // shorter than maxRun only that one can be too long; so look for the first and last '<' only
            int first = off;
            int end = off + n;
            while (first < end && b[first] != '<') {
                first++;
            }
            if (first == end) {
                run += n;
            } else if (n <= maxRun) {
                run += first - off;
                if (run <= maxRun) {
                    int last = end - 1;
                    while (b[last] != '<') {
                        last--;
                    }
                    run = end - 1 - last;
                }
            } else {
                for (int i = off; i < end && run <= maxRun; i++) {
                    run = b[i] == '<' ? 0 : run + 1;
                }
            }
            if (run > maxRun) {
                throw new Abort(new ReadException(ReadException.Kind.TOO_LARGE, "text-length",
                        name, limits.maxTextLength()));
            }
        }

        @Override
        public void close() {
            eof = true;
            if (inflater != null && !closed) {
                if (spare == null) {
                    inflater.reset();
                    spare = inflater;
                } else {
                    inflater.end();
                }
            }
            closed = true;
        }
    }

    /** The longest run of bytes without a '&lt;' an entry may have. */
    static long maxRun(ReadLimits limits) {
        // an escaped character (_x000D_, &#12354;) takes at most 10 bytes
        return Math.max(1L << 20, 10L * limits.maxTextLength() + 1024);
    }

    static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
