package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile sizes: every one is refused or read within the limits, never an OutOfMemoryError or a hang. */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against hangs, not a timing
class LimitsTest {

    @TempDir
    Path dir;

    static ReadLimits limits(long maxCells, int maxTextLength, int maxSharedStrings, long maxWorkbookCells,
            long maxTextChars, long maxEntryBytes) {
        ReadLimits d = ReadLimits.defaults();
        return new ReadLimits(d.maxFileBytes(), maxEntryBytes, d.minInflateRatio(), d.graceBytes(), maxCells,
                maxTextLength, maxSharedStrings, maxWorkbookCells, maxTextChars);
    }

    static ReadOptions options(ReadLimits limits) {
        return new ReadOptions(limits, null);
    }

    // ------------------------------------------------------------ zip bomb

    /**
     * A package whose sheet inflates to 2 GiB of spaces at about 1000:1, so the file stays ~2 MB.
     * The deflate stream is one fully flushed block of 1 MiB of spaces, repeated: each copy is
     * self-contained, so the stream is valid and nothing of 2 GiB is ever held or compressed here.
     * The central directory claims a small uncompressed size, which must not be believed.
     */
    static Path zipBomb(Path dir) throws IOException {
        Map<String, String> parts = new RawXlsx().sheet("S", "").parts();
        parts.remove("xl/worksheets/sheet1.xml");
        byte[] prefix = ("<?xml version=\"1.0\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        int copies = 2048;

        Deflater def = new Deflater(9, true);
        byte[] a = deflate(def, prefix, Deflater.FULL_FLUSH);
        byte[] b = deflate(def, chunk, Deflater.FULL_FLUSH);
        byte[] c = finish(def, suffix);
        def.end();

        CRC32 crc = new CRC32();
        crc.update(prefix);
        for (int i = 0; i < copies; i++) {
            crc.update(chunk);
        }
        crc.update(suffix);
        long compressed = a.length + (long) b.length * copies + c.length;

        Path file = dir.resolve("bomb.xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            HandZip zip = new HandZip(out);
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.stored(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.deflatedHeader("xl/worksheets/sheet1.xml", crc.getValue(), compressed, 1000);
            zip.raw(a);
            for (int i = 0; i < copies; i++) {
                zip.raw(b);
            }
            zip.raw(c);
            zip.finish();
        }
        return file;
    }

    /** Compresses {@code input} and flushes, so the output ends on a byte boundary with no references past it. */
    private static byte[] deflate(Deflater def, byte[] input, int flush) {
        def.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        do {
            n = def.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
        } while (n == buf.length);
        return out.toByteArray();
    }

    private static byte[] finish(Deflater def, byte[] input) {
        def.setInput(input);
        def.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        while (!def.finished()) {
            out.write(buf, 0, def.deflate(buf));
        }
        return out.toByteArray();
    }

    @Test
    void zipBombIsRefusedByItsRatio() throws Exception {
        Path bomb = zipBomb(dir);
        assertThat(Files.size(bomb)).isLessThan(5L << 20);
        ReadException e = BadFilesTest.assertRefused(bomb, ReadException.Kind.TOO_LARGE, "inflate-ratio");
        assertThat(e.args()).containsExactly("xl/worksheets/sheet1.xml");
    }

    @Test
    void entryOverTheInflatedSizeLimit() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 3000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r * 7919 % 10007)
                    .append("</v></c></row>");
        }
        Path file = new RawXlsx().sheet("S", RawXlsx.data(rows.toString())).write(dir.resolve("entry.xlsx"));
        ReadException e = BadFilesTest.assertRefused(file, options(limits(3_000_000, 32_767, 1_000_000, 6_000_000,
                50_000_000, 50_000)), ReadException.Kind.TOO_LARGE, "entry-size");
        assertThat(e.args()[0]).isEqualTo("xl/worksheets/sheet1.xml");
    }

    @Test
    void partsTogetherOverTwiceTheEntryLimit() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 600; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r * 7919 % 10007)
                    .append("</v></c></row>");
        }
        String body = RawXlsx.data(rows.toString()); // about 25 KB each
        Path file = new RawXlsx().sheet("一", body).sheet("二", body).sheet("三", body).write(dir.resolve("total.xlsx"));
        ReadLimits limits = limits(3_000_000, 32_767, 1_000_000, 6_000_000, 50_000_000, 30_000);
        ReadException e = BadFilesTest.assertRefused(file, options(limits), ReadException.Kind.TOO_LARGE, "workbook-size");
        assertThat(e.args()).containsExactly(1L);
        assertThat(WorkbookReader.read(file, ReadOptions.defaults()).sheets()).hasSize(3);
    }

    @Test
    void oneSheetPartListedManyTimesIsCorrupt() throws Exception {
        Map<String, String> parts = new RawXlsx().sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))
                .parts();
        StringBuilder sheets = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sheets.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId1\"/>");
        }
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\"" + RawXlsx.REL + "\"><sheets>"
                + sheets + "</sheets></workbook>");
        BadFilesTest.assertRefused(RawXlsx.writeZip(dir.resolve("same.xlsx"), parts), ReadException.Kind.UNREADABLE, "corrupt");
    }

    // ------------------------------------------------------------ a million rows

    static Path millionRows(Path dir) throws IOException {
        return rows(dir.resolve("million.xlsx"), 1_000_000);
    }

    /** A one-column sheet of {@code n} numbered rows, streamed so the test itself stays small. */
    static Path rows(Path file, int n) throws IOException {
        Map<String, String> parts = new RawXlsx().sheet("Big", "").parts();
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16))) {
            zip.setLevel(1);
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals("xl/worksheets/sheet1.xml")) {
                    Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    w.write("<?xml version=\"1.0\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><dimension ref=\"A1\"/><sheetData>");
                    StringBuilder sb = new StringBuilder(64);
                    for (int r = 1; r <= n; r++) {
                        sb.setLength(0);
                        sb.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                                .append("</v></c></row>");
                        w.append(sb);
                    }
                    w.write("</sheetData></worksheet>");
                    w.flush();
                } else {
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aMillionRowsAreReadWithinTheDefaultLimitsOrRefusedWithATestLimit() throws Exception {
        Path file = millionRows(dir);
        SheetGrid g = WorkbookReader.read(file, ReadOptions.defaults()).sheets().get(0);
        assertThat(g.rowCount()).isEqualTo(1_000_000);
        assertThat(g.columnCount()).isEqualTo(1);
        assertThat(g.cell(999_999, 0).number()).isEqualTo(1_000_000);
        assertThat(g.cell(499_999, 0).text()).isEqualTo("500000");

        ReadException e = BadFilesTest.assertRefused(file, options(limits(100_000, 32_767, 1_000_000, 6_000_000,
                50_000_000, 500L << 20)), ReadException.Kind.TOO_LARGE, "cells");
        assertThat(e.args()).containsExactly("Big", 100_000L);
    }

    /** Excel's last row, 1,048,576, is read within the default limits; one more cell per row would still be. */
    @Test
    void excelsLastRowIsReadWithinTheDefaultLimits() throws Exception {
        SheetGrid g = WorkbookReader.read(rows(dir.resolve("all-rows.xlsx"), 1_048_576), ReadOptions.defaults())
                .sheets().get(0);
        assertThat(g.rowCount()).isEqualTo(1_048_576);
        assertThat(g.cell(1_048_575, 0).address()).isEqualTo("A1048576");
    }

    /** 200,000 distinct shared strings, each used by a cell: read within the default limits. */
    @Test
    void twoHundredThousandDistinctSharedStrings() throws Exception {
        int n = 200_000;
        StringBuilder sis = new StringBuilder(n * 24);
        StringBuilder rows = new StringBuilder(n * 48);
        for (int i = 0; i < n; i++) {
            sis.append("<si><t>進捗状況").append(i).append("</t></si>");
            rows.append("<row r=\"").append(i + 1).append("\"><c r=\"A").append(i + 1).append("\" t=\"s\"><v>").append(i)
                    .append("</v></c></row>");
        }
        Path file = new RawXlsx().sharedStrings(sis.toString()).sheet("S", RawXlsx.data(rows.toString()))
                .write(dir.resolve("sst-200k.xlsx"));
        SheetGrid g = WorkbookReader.read(file, ReadOptions.defaults()).sheets().get(0);
        assertThat(g.rowCount()).isEqualTo(n);
        assertThat(g.cell(n - 1, 0).text()).isEqualTo("進捗状況" + (n - 1));
    }

    // ------------------------------------------------------------ text

    @Test
    void excelsLongestTextIsAcceptedOneMoreIsRefused() throws Exception {
        String longest = "あ".repeat(32_765) + "😀"; // 32,767 UTF-16 units
        String tooLong = "x".repeat(32_768);
        Path ok = new RawXlsx()
                .sharedStrings("<si><t>" + longest + "</t></si>")
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>" + "い".repeat(32_767) + "</t></is></c></row>"))
                .write(dir.resolve("longest.xlsx"));
        SheetGrid g = WorkbookReader.read(ok, ReadOptions.defaults()).sheets().get(0);
        assertThat(g.cell(0, 0).text()).hasSize(32_767);
        assertThat(g.cell(0, 1).text()).hasSize(32_767);

        Path inline = new RawXlsx()
                .sheet("本文", RawXlsx.data("<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>" + tooLong + "</t></is></c></row>"))
                .write(dir.resolve("inline-long.xlsx"));
        ReadException e = BadFilesTest.assertRefused(inline, ReadException.Kind.TOO_LARGE, "text-length");
        assertThat(e.args()).containsExactly("本文!C3", 32_767);

        Path shared = new RawXlsx()
                .sharedStrings("<si><t>" + tooLong + "</t></si>")
                .sheet("S", RawXlsx.data("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row>"))
                .write(dir.resolve("shared-long.xlsx"));
        e = BadFilesTest.assertRefused(shared, ReadException.Kind.TOO_LARGE, "text-length");
        assertThat(e.args()).containsExactly("S!B2", 32_767);

        // an over-long shared string only a hidden sheet uses does not stop the visible ones
        Path hiddenOnly = new RawXlsx()
                .sharedStrings("<si><t>" + tooLong + "</t></si><si><t>ok</t></si>")
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>"))
                .sheet("H", "hidden", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
                .write(dir.resolve("hidden-long.xlsx"));
        assertThat(WorkbookReader.read(hiddenOnly, ReadOptions.defaults()).sheets().get(0).cell(0, 0).text()).isEqualTo("ok");

        Path formula = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>REPT(\"x\",32768)</f><v>" + tooLong
                        + "</v></c></row>"))
                .write(dir.resolve("formula-long.xlsx"));
        BadFilesTest.assertRefused(formula, ReadException.Kind.TOO_LARGE, "text-length");
    }

    @Test
    void escapedTextCountsDecodedCharacters() throws Exception {
        String escaped = "_x000D_".repeat(32_767);
        Path file = new RawXlsx()
                .sharedStrings("<si><t>" + escaped + "</t></si>")
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
                .write(dir.resolve("escaped.xlsx"));
        assertThat(WorkbookReader.read(file, ReadOptions.defaults()).sheets().get(0).cell(0, 0).text())
                .hasSize(32_767).containsOnlyWhitespaces();
    }

    @Test
    void hugeRunOfTextIsRefusedBeforeTheParserBuffersIt() throws Exception {
        // random letters: they do not compress much, so no ratio check stops them first
        java.util.Random random = new java.util.Random(7);
        StringBuilder sb = new StringBuilder(3_000_000);
        for (int i = 0; i < 3_000_000; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        String huge = sb.toString();
        Path file = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + huge + "</t></is></c></row>"))
                .write(dir.resolve("huge-text.xlsx"));
        BadFilesTest.assertRefused(file, ReadException.Kind.TOO_LARGE, "text-length");
        Path attr = new RawXlsx()
                .sheet("S", RawXlsx.data("<row r=\"1\" x=\"" + huge + "\"><c r=\"A1\"><v>1</v></c></row>"))
                .write(dir.resolve("huge-attr.xlsx"));
        BadFilesTest.assertRefused(attr, ReadException.Kind.TOO_LARGE, "text-length");
    }

    @Test
    void aRunOfTextUpToTheLimitIsReadAndOneByteMoreIsRefused() throws Exception {
        long maxRun = ZipPackage.maxRun(ReadLimits.defaults());
        java.util.Random random = new java.util.Random(11);
        StringBuilder letters = new StringBuilder();
        for (long i = 0; i < maxRun; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        // the run is "ext>" and the letters, up to the next '<'
        for (long run : new long[] {maxRun, maxRun + 1}) {
            Path file = new RawXlsx()
                    .sheet("S", "<extLst><ext>" + letters.substring(0, (int) (run - 4)) + "</ext></extLst>"
                            + RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))
                    .write(dir.resolve("run" + run + ".xlsx"));
            if (run <= maxRun) {
                assertThat(WorkbookReader.read(file, ReadOptions.defaults()).sheets().get(0).cell(0, 0).number())
                        .isEqualTo(1);
            } else {
                BadFilesTest.assertRefused(file, ReadException.Kind.TOO_LARGE, "text-length");
            }
        }
    }

    @Test
    void sharedStringCountAndTotalText() throws Exception {
        StringBuilder sis = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            sis.append("<si><t>文字列").append(i).append("</t></si>");
        }
        Path file = new RawXlsx().sharedStrings(sis.toString()).sheet("S", RawXlsx.data("")).write(dir.resolve("sst.xlsx"));
        ReadException e = BadFilesTest.assertRefused(file, options(limits(1000, 32_767, 10, 2000, 50_000_000, 500L << 20)),
                ReadException.Kind.TOO_LARGE, "shared-strings");
        assertThat(e.args()).containsExactly(10);
        BadFilesTest.assertRefused(file, options(limits(1000, 32_767, 1000, 2000, 40, 500L << 20)),
                ReadException.Kind.TOO_LARGE, "text-chars");
        assertThat(WorkbookReader.read(file, options(limits(1000, 32_767, 11, 2000, 45, 500L << 20))).sheets()).hasSize(1);
    }

    @Test
    void cellsPerSheetAndPerWorkbook() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 60; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        Path file = new RawXlsx()
                .sheet("一", RawXlsx.data(rows.toString()))
                .sheet("二", RawXlsx.data(rows.toString()))
                .write(dir.resolve("cells.xlsx"));
        ReadException e = BadFilesTest.assertRefused(file, options(limits(59, 32_767, 1000, 1000, 50_000_000, 500L << 20)),
                ReadException.Kind.TOO_LARGE, "cells");
        assertThat(e.args()).containsExactly("一", 59L);
        e = BadFilesTest.assertRefused(file, options(limits(100, 32_767, 1000, 100, 50_000_000, 500L << 20)),
                ReadException.Kind.TOO_LARGE, "workbook-cells");
        assertThat(e.args()).containsExactly(100L);
        assertThat(WorkbookReader.read(file, options(limits(60, 32_767, 1000, 120, 50_000_000, 500L << 20))).sheets())
                .hasSize(2);
    }

    @Test
    void mergedRegionsCountAgainstTheCellLimit() throws Exception {
        StringBuilder merges = new StringBuilder("<mergeCells>");
        for (int r = 1; r <= 100; r += 2) {
            merges.append("<mergeCell ref=\"A").append(r).append(":B").append(r + 1).append("\"/>");
        }
        merges.append("</mergeCells>");
        Path file = new RawXlsx().sheet("S", RawXlsx.data("") + merges).write(dir.resolve("merges.xlsx"));
        BadFilesTest.assertRefused(file, options(limits(49, 32_767, 1000, 1000, 50_000_000, 500L << 20)),
                ReadException.Kind.TOO_LARGE, "cells");
        assertThat(WorkbookReader.read(file, ReadOptions.defaults()).sheets().get(0).mergedRegions()).hasSize(50);
    }

    @Test
    void tooManyZipEntries() throws Exception {
        Path file = withEmptyEntries(dir.resolve("entries.xlsx"), "x/", ZipPackage.MAX_ENTRIES);
        BadFilesTest.assertRefused(file, ReadException.Kind.TOO_LARGE, "zip-entries");
    }

    /**
     * Fewer entries than the limit, but a central directory of long names larger than ZipFile may
     * read: refused before it makes an object of each entry (a directory of millions of tiny
     * entries would fill the heap that way).
     */
    @Test
    void aCentralDirectoryTooLargeToReadIsRefused() throws Exception {
        int entries = (int) (ZipPackage.MAX_DIRECTORY_BYTES / 200);
        assertThat(entries).isLessThan(ZipPackage.MAX_ENTRIES);
        Path file = withEmptyEntries(dir.resolve("directory.xlsx"), "x/" + "n".repeat(200), entries);
        BadFilesTest.assertRefused(file, ReadException.Kind.TOO_LARGE, "zip-entries");
    }

    /** A valid workbook followed by {@code count} empty entries named {@code prefix} and a number. */
    private static Path withEmptyEntries(Path file, String prefix, int count) throws IOException {
        Map<String, String> parts = new RawXlsx().sheet("S", RawXlsx.data("")).parts();
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16))) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry(prefix + i));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Writes a ZIP by hand: local headers, data, central directory, end record (no ZIP64). */
    static final class HandZip {
        private final OutputStream out;
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private long offset;
        private int count;

        HandZip(OutputStream out) {
            this.out = out;
        }

        void stored(String name, byte[] data) throws IOException {
            CRC32 crc = new CRC32();
            crc.update(data);
            header(name, 0, crc.getValue(), data.length, data.length);
            raw(data);
        }

        void deflatedHeader(String name, long crc, long compressed, long claimedSize) throws IOException {
            header(name, 8, crc, compressed, claimedSize);
        }

        private void header(String name, int method, long crc, long csize, long usize) throws IOException {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream h = new ByteArrayOutputStream();
            le32(h, 0x04034b50);
            le16(h, 20);
            le16(h, 0x0800);
            le16(h, method);
            le32(h, 0);
            le32(h, crc);
            le32(h, csize);
            le32(h, usize);
            le16(h, n.length);
            le16(h, 0);
            h.write(n);
            le32(central, 0x02014b50);
            le16(central, 20);
            le16(central, 20);
            le16(central, 0x0800);
            le16(central, method);
            le32(central, 0);
            le32(central, crc);
            le32(central, csize);
            le32(central, usize);
            le16(central, n.length);
            le16(central, 0);
            le16(central, 0);
            le16(central, 0);
            le16(central, 0);
            le32(central, 0);
            le32(central, offset);
            central.write(n);
            count++;
            raw(h.toByteArray());
        }

        void raw(byte[] b) throws IOException {
            out.write(b);
            offset += b.length;
        }

        void finish() throws IOException {
            long cdOffset = offset;
            byte[] cd = central.toByteArray();
            raw(cd);
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            le32(e, 0x06054b50);
            le16(e, 0);
            le16(e, 0);
            le16(e, count);
            le16(e, count);
            le32(e, cd.length);
            le32(e, cdOffset);
            le16(e, 0);
            raw(e.toByteArray());
        }

        private static void le16(ByteArrayOutputStream o, int v) {
            o.write(v & 0xFF);
            o.write((v >>> 8) & 0xFF);
        }

        private static void le32(ByteArrayOutputStream o, long v) {
            le16(o, (int) (v & 0xFFFF));
            le16(o, (int) ((v >>> 16) & 0xFFFF));
        }
    }
}
