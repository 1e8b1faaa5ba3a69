package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

/** The bound on a run of bytes without markup holds exactly, however the bytes are read. */
class PartStreamTest {

    /** The bound with the default limits: 1 MiB. */
    private static final int MAX_RUN = 1 << 20;

    private static final int[] CHUNKS = {1, 7, 4096, 16 * 1024, MAX_RUN - 1, MAX_RUN, MAX_RUN + 10, 4 * MAX_RUN};

    @Test
    void aRunAsLongAsTheBoundIsRead() throws Exception {
        for (int chunk : CHUNKS) {
            byte[] part = part(MAX_RUN, "<", MAX_RUN, "<", 5, "<", MAX_RUN);
            assertThat(readAll(zip(part), chunk)).as("chunk " + chunk).isEqualTo(part.length);
        }
    }

    @Test
    void oneByteMoreIsRefusedWhereverTheRunLies() throws Exception {
        for (int chunk : CHUNKS) {
            for (byte[] part : new byte[][] {
                part(MAX_RUN + 1, "<"),
                part("<", MAX_RUN + 1, "<"),
                part("<", 5, "<", MAX_RUN + 1),
                part(MAX_RUN, "<", 5, "<", MAX_RUN + 1, "<", 5)}) {
                byte[] zip = zip(part);
                assertThatThrownBy(() -> readAll(zip, chunk)).as("chunk " + chunk)
                        .isInstanceOf(Abort.class)
                        .satisfies(e -> assertThat(((Abort) e).failure().reason()).isEqualTo("text-length"));
            }
        }
    }

    /** The bytes counted are those since the last '<' (or the start): a number is that many letters. */
    private static byte[] part(Object... pieces) {
        StringBuilder sb = new StringBuilder();
        for (Object p : pieces) {
            sb.append(p instanceof Integer n ? "x".repeat(n) : p);
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A ZIP with the part stored, so no inflate-ratio check comes first. */
    private static byte[] zip(byte[] part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            ZipEntry e = new ZipEntry("xl/part.xml");
            e.setMethod(ZipEntry.STORED);
            e.setSize(part.length);
            CRC32 crc = new CRC32();
            crc.update(part);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(part);
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static long readAll(byte[] zipBytes, int chunk) throws IOException, ReadException {
        long total = 0;
        try (ZipPackage zip = ZipPackage.open(new SeekableInMemoryByteChannel(zipBytes), ReadLimits.defaults());
                InputStream in = zip.open("xl/part.xml")) {
            byte[] buf = new byte[chunk];
            for (int n; (n = in.read(buf, 0, chunk)) >= 0; ) {
                total += n;
            }
        }
        return total;
    }
}
