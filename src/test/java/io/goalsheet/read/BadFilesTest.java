package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-file corpus: every file is refused with the right kind and reason, never with another exception. */
class BadFilesTest {

    @TempDir
    Path dir;

    static ReadException assertRefused(Path file, ReadException.Kind kind, String reason) {
        return assertRefused(file, ReadOptions.defaults(), kind, reason);
    }

    static ReadException assertRefused(Path file, ReadOptions options, ReadException.Kind kind, String reason) {
        ReadException e = catchThrowableOfType(ReadException.class, () -> WorkbookReader.read(file, options));
        assertThat(e).as("%s should be refused", file.getFileName()).isNotNull();
        assertThat(e.kind()).as("kind of %s", e).isEqualTo(kind);
        assertThat(e.reason()).as("reason of %s", e).isEqualTo(reason);
        return e;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] xlsxBytes() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = wb.createSheet("S");
            for (int r = 0; r < 200; r++) {
                s.createRow(r).createCell(0).setCellValue("行" + r);
                s.getRow(r).createCell(1).setCellValue(r);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void empty() throws Exception {
        assertRefused(write("empty.xlsx", new byte[0]), ReadException.Kind.UNREADABLE, "empty");
    }

    @Test
    void randomBytes() throws Exception {
        byte[] b = new byte[10_000];
        new Random(42).nextBytes(b);
        assertRefused(write("random.xlsx", b), ReadException.Kind.UNREADABLE, "not-a-workbook");
    }

    @Test
    void truncatedXlsx() throws Exception {
        byte[] full = xlsxBytes();
        byte[] half = Arrays.copyOf(full, full.length / 2);
        assertRefused(write("truncated.xlsx", half), ReadException.Kind.UNREADABLE, "truncated");
    }

    @Test
    void corruptDeflateData() throws Exception {
        byte[] full = xlsxBytes();
        // damage the middle of the file, where compressed data lies, but keep the central directory
        for (int i = full.length / 3; i < full.length / 3 + 200; i++) {
            full[i] ^= 0x5A;
        }
        ReadException e = catchThrowableOfType(ReadException.class,
                () -> WorkbookReader.read(write("damaged.xlsx", full), ReadOptions.defaults()));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(ReadException.Kind.UNREADABLE);
    }

    @Test
    void csvRenamedToXlsx() throws Exception {
        String csv = "部局名,指標,目標値\n政策企画部,SNS発信回数,120\n総務部,研修参加者数,300\n";
        assertRefused(write("data.xlsx", csv.getBytes(StandardCharsets.UTF_8)), ReadException.Kind.UNREADABLE, "csv");
        assertRefused(write("sjis.xls", csv.getBytes(Charset.forName("Shift_JIS"))), ReadException.Kind.UNREADABLE, "csv");
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        assertRefused(write("bom.xlsx", bom), ReadException.Kind.UNREADABLE, "csv");
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(0xFF);
        utf16.write(0xFE);
        utf16.write(csv.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE));
        assertRefused(write("unicode.txt.xls", utf16.toByteArray()), ReadException.Kind.UNREADABLE, "csv");
    }

    @Test
    void htmlSavedAsXls() throws Exception {
        String html = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head><meta charset=\"utf-8\"></head>"
                + "<body><table><tr><td>政策企画部</td></tr></table></body></html>";
        assertRefused(write("report.xls", html.getBytes(StandardCharsets.UTF_8)), ReadException.Kind.UNREADABLE, "html");
        assertRefused(write("export.xls", "\r\n  <table border=1><tr><td>1</td></tr></table>".getBytes(StandardCharsets.UTF_8)),
                ReadException.Kind.UNREADABLE, "html");
        assertRefused(write("page.xls", "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n".getBytes(StandardCharsets.US_ASCII)),
                ReadException.Kind.UNREADABLE, "html");
    }

    @Test
    void xmlSpreadsheet2003() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"S\"/></Workbook>";
        assertRefused(write("old.xls", xml.getBytes(StandardCharsets.UTF_8)), ReadException.Kind.UNSUPPORTED_FORMAT, "xml2003");
    }

    @Test
    void odsRenamedToXlsx() throws Exception {
        Path file = dir.resolve("calc.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused(file, ReadException.Kind.UNSUPPORTED_FORMAT, "ods");
    }

    @Test
    void xlsbLikeZip() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"xl/workbook.bin\"/></Relationships>");
        parts.put("xl/workbook.bin", "\u0083\u0001\u0000");
        parts.put("xl/worksheets/sheet1.bin", "\u0081\u0001\u0000");
        assertRefused(RawXlsx.writeZip(dir.resolve("binary.xlsx"), parts), ReadException.Kind.UNSUPPORTED_FORMAT, "xlsb");
        parts.remove("_rels/.rels");
        assertRefused(RawXlsx.writeZip(dir.resolve("binary2.xlsb"), parts), ReadException.Kind.UNSUPPORTED_FORMAT, "xlsb");
    }

    @Test
    void otherZipsAreNotWorkbooks() throws Exception {
        Map<String, String> docx = new LinkedHashMap<>();
        docx.put("[Content_Types].xml", "<Types/>");
        docx.put("word/document.xml", "<w:document/>");
        assertRefused(RawXlsx.writeZip(dir.resolve("letter.xlsx"), docx), ReadException.Kind.UNREADABLE, "not-a-workbook");
        // an empty ZIP archive: just the end record
        byte[] emptyZip = {0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertRefused(write("emptyzip.xlsx", emptyZip), ReadException.Kind.UNREADABLE, "not-a-workbook");
    }

    @Test
    void missingSheetPartIsCorrupt() throws Exception {
        Map<String, String> parts = new RawXlsx().sheet("S", RawXlsx.data("")).parts();
        parts.remove("xl/worksheets/sheet1.xml");
        assertThat(assertRefused(RawXlsx.writeZip(dir.resolve("nosheet.xlsx"), parts), ReadException.Kind.UNREADABLE,
                "missing-part").args()).containsExactly("xl/worksheets/sheet1.xml");
    }

    @Test
    void malformedXmlIsCorrupt() throws Exception {
        Path file = new RawXlsx().sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"))
                .write(dir.resolve("malformed.xlsx"));
        // the part, and the line and column where the parser found </row> closing <c>
        assertThat(assertRefused(file, ReadException.Kind.UNREADABLE, "malformed-xml").args())
                .containsExactly("xl/worksheets/sheet1.xml", 1, 240);
        Path badIndex = new RawXlsx().sharedStrings("<si><t>a</t></si>")
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"))
                .write(dir.resolve("badindex.xlsx"));
        assertRefused(badIndex, ReadException.Kind.UNREADABLE, "corrupt");
        Path badRow = new RawXlsx().sheet("S", RawXlsx.data("<row r=\"x\"><c><v>1</v></c></row>"))
                .write(dir.resolve("badrow.xlsx"));
        assertRefused(badRow, ReadException.Kind.UNREADABLE, "corrupt");
    }

    @Test
    void xxeNeverReadsLocalFiles() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String dtd = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>";
        Path inSst = new RawXlsx()
                .sharedStringsPart("<?xml version=\"1.0\"?>" + dtd + "<sst xmlns=\"" + RawXlsx.MAIN + "\">"
                        + "<si><t>&xxe;&passwd;</t></si></sst>")
                .sheet("S", RawXlsx.data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
                .write(dir.resolve("xxe-sst.xlsx"));
        ReadException e = assertRefused(inSst, ReadException.Kind.UNREADABLE, "corrupt");
        assertNoLeak(e);

        Path inSheet = new RawXlsx().sheet("S", "").write(dir.resolve("xxe-sheet.xlsx"));
        Map<String, String> parts = new RawXlsx().sheet("S", "").parts();
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE worksheet SYSTEM \"" + secret.toUri()
                + "\"><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>x</t></is></c></row></sheetData></worksheet>");
        RawXlsx.writeZip(inSheet, parts);
        assertNoLeak(assertRefused(inSheet, ReadException.Kind.UNREADABLE, "corrupt"));

        // billion laughs
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&c;</t></is></c></row></sheetData></worksheet>");
        Path laughs = RawXlsx.writeZip(dir.resolve("laughs.xlsx"), parts);
        assertRefused(laughs, ReadException.Kind.UNREADABLE, "corrupt");
    }

    private static void assertNoLeak(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("TOP-SECRET-CONTENT").doesNotContain("root:x:0:0");
        }
    }

    @Test
    void deepNestingIsRefusedNotStackOverflow() throws Exception {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            deep.append("<x>");
        }
        Path file = new RawXlsx().sheet("S", RawXlsx.data("") + deep).write(dir.resolve("deep.xlsx"));
        assertRefused(file, ReadException.Kind.UNREADABLE, "malformed-xml");
    }

    @Test
    void ole2WithoutWorkbookIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("word.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(file, ReadException.Kind.UNREADABLE, "not-a-workbook");
    }

    @Test
    void truncatedOle2() throws Exception {
        byte[] full = XlsReaderTest.xlsBytes();
        byte[] cut = Arrays.copyOf(full, 700);
        ReadException e = catchThrowableOfType(ReadException.class,
                () -> WorkbookReader.read(write("cut.xls", cut), ReadOptions.defaults()));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(ReadException.Kind.UNREADABLE);
    }

    @Test
    void excel95Biff5InOle2() throws Exception {
        // An Excel 5.0/95 workbook: an OLE2 file whose stream is "Book" and whose BOF says BIFF5
        byte[] biff5 = {
            0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, // BOF, vers 0x0500, globals
            0x0A, 0x00, 0x00, 0x00 // EOF
        };
        Path book = dir.resolve("excel95.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(biff5), "Book");
            try (OutputStream out = Files.newOutputStream(book)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(book, ReadException.Kind.UNSUPPORTED_FORMAT, "biff5");

        // the same BIFF5 records under the BIFF8 stream name: POI's OldExcelFormatException
        Path named = dir.resolve("excel95-workbook.xls");
        byte[] padded = Arrays.copyOf(biff5, 4096); // past the small-stream cut-off, like real files
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(padded), "Workbook");
            try (OutputStream out = Files.newOutputStream(named)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(named, ReadException.Kind.UNSUPPORTED_FORMAT, "biff5");
    }

    @Test
    void bareBiff4File() throws Exception {
        // Excel 4.0 worksheets are bare BIFF4 streams: BOF 0x0409
        byte[] biff4 = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00};
        assertRefused(write("excel4.xls", biff4), ReadException.Kind.UNSUPPORTED_FORMAT, "biff5");
    }

    @Test
    void ownerFileOfExcel() throws Exception {
        byte[] owner = new byte[165];
        owner[0] = 6;
        byte[] user = "tanaka".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(user, 0, owner, 1, user.length);
        assertRefused(write("~$報告書.xlsx", owner), ReadException.Kind.UNREADABLE, "owner-file");
    }

    @Test
    void missingFileAndDirectory() throws Exception {
        assertRefused(dir.resolve("nope.xlsx"), ReadException.Kind.UNREADABLE, "not-found");
        assertRefused(dir, ReadException.Kind.UNREADABLE, "not-a-file");
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) {
            assertRefused(devNull, ReadException.Kind.UNREADABLE, "not-a-file");
        }
    }

    @Test
    void fileOverTheSizeLimit() throws Exception {
        Path file = write("big.xlsx", xlsxBytes());
        ReadLimits d = ReadLimits.defaults();
        ReadLimits tiny = new ReadLimits(1000, d.maxEntryBytes(), d.minInflateRatio(), d.graceBytes(), d.maxCells(),
                d.maxTextLength(), d.maxSharedStrings());
        ReadException e = assertRefused(file, new ReadOptions(tiny, null), ReadException.Kind.TOO_LARGE, "file-size");
        assertThat(e.args()).containsExactly(1L, 1L);
    }
}
