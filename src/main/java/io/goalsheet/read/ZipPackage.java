package io.goalsheet.read;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The ZIP container of an .xlsx through Commons Compress's {@link ZipFile}, over a file's channel or
 * a decrypted package in memory (never a temporary file), its parts inflated by the JDK's Inflater. Part names are looked up ignoring case,
 * as OPC compares them, so two entries whose names are equal that way are refused: readers differ
 * on which one they take. Each part is streamed through a {@link PartStream} that enforces the
 * limits on the bytes as they are inflated and checks the entry's CRC-32 at its end.
 */
final class ZipPackage implements Closeable {

    /** More parts than any real workbook has. */
    static final int MAX_ENTRIES = 100_000;
    /**
     * Bytes ZipFile may read while it opens the package (the central directory, mostly): it makes an
     * object of some 400 bytes for each entry before we can count them, so a directory of millions of
     * tiny entries must be stopped by its size. 8 MiB holds {@link #MAX_ENTRIES} entries of names far
     * longer than Excel's.
     */
    static final long MAX_DIRECTORY_BYTES = 8L << 20;

    private final ZipFile zip;
    private final ReadLimits limits;
    private final Map<String, ZipArchiveEntry> entries;
    /** Bytes inflated from all parts so far: one workbook may not inflate past twice maxEntryBytes. */
    private long inflatedTotal;
    /**
     * The parts are read one after another (one PartStream open at a time), so one JDK Inflater
     * serves them all: ZipFile's own stream would set up zlib (and a buffer) for each of a
     * workbook's seven parts, which costs more than parsing the small ones.
     */
    private final Inflater inflater = new Inflater(true);
    /** The compressed bytes going into {@link #inflater}: one buffer for all parts, like the inflater. */
    private final byte[] input = new byte[8192];

    private ZipPackage(ZipFile zip, ReadLimits limits, Map<String, ZipArchiveEntry> entries) {
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
    }

    /** Reads the central directory; {@code channel} stays the caller's to close. */
    static ZipPackage open(SeekableByteChannel channel, ReadLimits limits) throws ReadException {
        CountedChannel counted = new CountedChannel(channel);
        ZipFile zip;
        try {
            // the central directory is the package's index; local headers are read only for parts we open
            zip = ZipFile.builder().setSeekableByteChannel(counted).setIgnoreLocalFileHeader(true).get();
        } catch (IOException | RuntimeException e) {
            ReadException inside = Abort.find(e);
            if (inside != null) {
                throw inside;
            }
            if (cutShort(e)) {
                throw new ReadException(e, ReadException.Kind.UNREADABLE, "truncated");
            }
            throw new ReadException(e, ReadException.Kind.UNREADABLE, "corrupt");
        }
        counted.counting = false;
        Map<String, ZipArchiveEntry> entries = new HashMap<>();
        try {
            int count = 0;
            for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ReadException(ReadException.Kind.TOO_LARGE, "zip-entries", MAX_ENTRIES);
                }
                if (entries.putIfAbsent(key(e.getName()), e) != null) {
                    throw new ReadException(new IOException("two entries named " + e.getName()),
                            ReadException.Kind.UNREADABLE, "duplicate-part", partName(e.getName()));
                }
            }
        } catch (ReadException e) {
            ZipFile.closeQuietly(zip);
            throw e;
        }
        return new ZipPackage(zip, limits, entries);
    }

    /**
     * Whether ZipFile found no end record (a file cut short: "Archive is not a ZIP archive") or ran
     * out of bytes reading the directory the end record points to.
     */
    private static boolean cutShort(Throwable t) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof EOFException || String.valueOf(t.getMessage()).contains("not a ZIP archive")) {
                return true;
            }
        }
        return false;
    }

    /** An entry's name as a part name: '/' separated, no leading '/' (some writers add one, or use '\'). */
    private static String partName(String entryName) {
        String name = entryName.replace('\\', '/');
        int i = 0;
        while (i < name.length() && name.charAt(i) == '/') {
            i++;
        }
        return name.substring(i);
    }

    private static String key(String name) {
        return partName(name).toLowerCase(Locale.ROOT);
    }

    boolean has(String part) {
        return entries.containsKey(key(part));
    }

    /** Streams one part's inflated bytes; the part must exist. */
    PartStream open(String part) throws ReadException {
        ZipArchiveEntry e = entries.get(key(part));
        if (e == null) {
            throw new ReadException(new IOException("missing part " + part), ReadException.Kind.UNREADABLE, "corrupt");
        }
        // OPC allows stored and deflated parts only; an encrypted entry is no part of a workbook either
        if ((e.getMethod() != ZipArchiveEntry.STORED && e.getMethod() != ZipArchiveEntry.DEFLATED)
                || e.getGeneralPurposeBit().usesEncryption()) {
            throw new ReadException(new IOException("compression method " + e.getMethod() + " or encryption in " + part),
                    ReadException.Kind.UNREADABLE, "corrupt");
        }
        try {
            // ZipFile finds the entry's bytes (through its local header); they are inflated here
            InputStream raw = zip.getRawInputStream(e);
            if (e.getMethod() == ZipArchiveEntry.STORED) {
                return new PartStream(partName(e.getName()), e.getCrc(), raw, false);
            }
            inflater.reset();
            // raw inflate may want one byte past the data to see its end, as ZipFile gives it
            InputStream padded = new SequenceInputStream(raw, new ByteArrayInputStream(new byte[1]));
            return new PartStream(partName(e.getName()), e.getCrc(), new InflaterInputStream(padded, inflater, 1) {
                {
                    buf = input; // fill() reads into buf, whatever its length
                }

                @Override
                public void close() throws IOException {
                    in.close(); // the inflater and its buffer are the package's, ended with it
                }
            }, true);
        } catch (IOException | RuntimeException ex) {
            throw new ReadException(ex, ReadException.Kind.UNREADABLE, "damaged-part", partName(e.getName()));
        }
    }

    @Override
    public void close() {
        inflater.end();
        ZipFile.closeQuietly(zip);
    }

    /** The longest run of bytes without a '&lt;' a part may have. */
    static long maxRun(ReadLimits limits) {
        // an escaped character (_x000D_, &#12354;) takes at most 10 bytes
        return Math.max(1L << 20, 10L * limits.maxTextLength() + 1024);
    }

    /**
     * One part's inflated bytes. Fails with an {@link Abort} (a {@link ReadException} inside) as soon
     * as the part is over maxEntryBytes, its compression ratio is zip-bomb like, one run of characters
     * without markup is longer than any cell text could be (so the XML parser is never asked to buffer
     * it), its data cannot be inflated, or, at its end, its CRC-32 is not the directory's.
     */
    final class PartStream extends InputStream {

        private final String name;
        private final long expectedCrc;
        private final InputStream in;
        private final boolean deflated;
        private final CRC32 crc = new CRC32();
        private final long maxRun;
        private long inflated;
        private long run;
        private boolean eof;
        /** Set once a limit or damage stopped the part: nothing more is read from it. */
        private boolean failed;

        PartStream(String name, long expectedCrc, InputStream in, boolean deflated) {
            this.name = name;
            this.expectedCrc = expectedCrc;
            this.in = in;
            this.deflated = deflated;
            this.maxRun = maxRun(limits);
        }

        String name() {
            return name;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failed) {
                throw new IOException("reading " + name + " was stopped");
            }
            if (len == 0) {
                return 0;
            }
            if (eof) {
                return -1;
            }
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw fail(new ReadException(e, ReadException.Kind.UNREADABLE, "damaged-part", name));
            }
            if (n < 0) {
                eof = true;
                if (crc.getValue() != expectedCrc) {
                    throw fail(new ReadException(new IOException("CRC-32 of " + name + " is " + Long.toHexString(crc.getValue())
                            + ", the directory says " + Long.toHexString(expectedCrc)),
                            ReadException.Kind.UNREADABLE, "damaged-part", name));
                }
                return -1;
            }
            crc.update(b, off, n);
            count(b, off, n);
            return n;
        }

        private Abort fail(ReadException e) {
            failed = true;
            return new Abort(e);
        }

        private void count(byte[] b, int off, int n) throws Abort {
            inflated += n;
            inflatedTotal += n;
            if (inflated > limits.maxEntryBytes()) {
                throw fail(new ReadException(ReadException.Kind.TOO_LARGE, "entry-size",
                        name, ReadLimits.megabytes(limits.maxEntryBytes())));
            }
            long maxTotal = limits.maxEntryBytes() > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * limits.maxEntryBytes();
            if (inflatedTotal > maxTotal) {
                throw fail(new ReadException(ReadException.Kind.TOO_LARGE, "workbook-size", ReadLimits.megabytes(maxTotal)));
            }
            if (deflated && inflated > limits.graceBytes()
                    && (double) inflater.getBytesRead() / inflated < limits.minInflateRatio()) {
                throw fail(new ReadException(ReadException.Kind.TOO_LARGE, "inflate-ratio", name));
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
                throw fail(new ReadException(ReadException.Kind.TOO_LARGE, "text-length", name, limits.maxTextLength()));
            }
        }

        /** Reads what is left of the part, so that its CRC-32 is checked even when the parser stopped short. */
        void finish() throws IOException {
            if (eof) {
                return; // the parser read to the end: checked there
            }
            byte[] buf = new byte[8192];
            while (read(buf, 0, buf.length) >= 0) {
                // only the check at the end matters
            }
        }

        /**
         * After the part's XML failed: whether its bytes are damaged (bad deflate data or CRC-32), which
         * says more than the XML error they caused. Null when they are not, or cannot be told.
         */
        ReadException damage() {
            if (failed) {
                return null;
            }
            try {
                finish();
                return null;
            } catch (IOException e) {
                ReadException inside = Abort.find(e);
                return inside != null && inside.reason().equals("damaged-part") ? inside : null;
            }
        }

        @Override
        public void close() throws IOException {
            eof = true;
            in.close();
        }
    }

    /**
     * The package's channel as ZipFile sees it: reads are counted until the directory is read (see
     * {@link #MAX_DIRECTORY_BYTES}); never written, and left open for its owner.
     */
    private static final class CountedChannel implements SeekableByteChannel {

        private final SeekableByteChannel channel;
        // the search for the end record reads up to 64 KiB of comment before it
        private long budget = MAX_DIRECTORY_BYTES + (128 << 10);
        boolean counting = true;

        CountedChannel(SeekableByteChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            int n = channel.read(dst);
            if (counting && n > 0 && (budget -= n) < 0) {
                throw new Abort(new ReadException(ReadException.Kind.TOO_LARGE, "zip-entries", MAX_ENTRIES));
            }
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() {
            // the channel belongs to the caller
        }
    }
}
