package io.goalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.goalsheet.cli.Console;
import io.goalsheet.cli.Main;
import io.goalsheet.testing.TestBook;
import io.goalsheet.testing.TestBook.Formula;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-file corpus through the whole CLI: every broken file gets its file-level finding and the
 * run its exit code; a batch of all of them still checks the good file; no stack trace, no hang.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS) // a guard against hangs, not a timing
class CorpusEndToEndTest {

    @TempDir
    static Path dir;

    /** file name → the finding code expected for it. */
    private static final Map<String, String> CORPUS = new LinkedHashMap<>();

    private record Run(int code, String out, String err) {}

    private static Run cli(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new Console(new PrintWriter(out), new PrintWriter(err), env, false, false, null)).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void corpus() throws Exception {
        Path c = Files.createDirectories(dir.resolve("corpus"));
        byte[] xlsx = Files.readAllBytes(TestBook.standard()
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標", null, 3, 2, "回", null, "2回実施", null)
                .write(dir.resolve("good.xlsx")));
        Files.write(c.resolve("good.xlsx"), xlsx);
        CORPUS.put("good.xlsx", null);
        put(c, "empty.xlsx", new byte[0], "unreadable");
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        put(c, "random.xlsx", random, "unreadable");
        put(c, "truncated.xlsx", java.util.Arrays.copyOf(xlsx, xlsx.length / 2), "unreadable");
        put(c, "csv.xlsx", "目標番号,重点目標\n1,テスト\n".getBytes(StandardCharsets.UTF_8), "unreadable");
        Path ods = c.resolve("calc.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        CORPUS.put("calc.xlsx", "unsupported-format");
        EncryptedXlsxTest.encrypt(c.resolve("encrypted.xlsx"), xlsx, EncryptionMode.agile, "ueda2025");
        CORPUS.put("encrypted.xlsx", "encrypted");
        Files.move(LimitsTest.zipBomb(dir), c.resolve("bomb.xlsx"));
        CORPUS.put("bomb.xlsx", "too-large");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Map<String, String> parts = new RawXlsx().sheet("S", "").parts();
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&x;</t></is></c></row></sheetData></worksheet>");
        RawXlsx.writeZip(c.resolve("xxe.xlsx"), parts);
        CORPUS.put("xxe.xlsx", "unreadable");
        TestBook.standard()
                .indicator(1, "目標", "○", 1, "取組", null, null, "目標", null, new Formula("#REF!+1", "#REF!"), 2, "回", null,
                        "進捗", null)
                .write(c.resolve("formula.xlsx"));
        CORPUS.put("formula.xlsx", "formula-error");
        Files.move(LimitsTest.millionRows(dir), c.resolve("million.xlsx"));
        CORPUS.put("million.xlsx", "sheet-missing");
    }

    private static void put(Path dir, String name, byte[] bytes, String code) throws IOException {
        Files.write(dir.resolve(name), bytes);
        CORPUS.put(name, code);
    }

    @Test
    void eachBrokenFileGetsItsFindingAndExitCodeOne() {
        for (Map.Entry<String, String> e : CORPUS.entrySet()) {
            Run r = cli(Map.of(), "validate", "--format", "json", dir.resolve("corpus").resolve(e.getKey()).toString());
            assertThat(r.code).as(e.getKey()).isEqualTo(e.getValue() == null ? 0 : 1);
            assertThat(r.err).as(e.getKey()).isEmpty();
            if (e.getValue() != null) {
                assertThat(r.out).as(e.getKey()).contains("\"code\": \"" + e.getValue() + "\"");
            }
            assertThat(r.out).as(e.getKey()).doesNotContain("TOP-SECRET").doesNotContain("Exception");
        }
    }

    @Test
    void oneBatchChecksEveryFileAndStillValidatesTheGoodOne() throws IOException {
        Run r = cli(Map.of(), "validate", "--format", "json", dir.resolve("corpus").toString());
        assertThat(r.code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out);
        Map<String, String> codes = new HashMap<>();
        Map<String, Boolean> valid = new HashMap<>();
        json.get("files").forEach(f -> {
            String name = Path.of(f.get("file").asText()).getFileName().toString();
            valid.put(name, f.get("valid").asBoolean());
            if (f.get("findings").size() > 0) {
                codes.put(name, f.get("findings").get(0).get("code").asText());
            }
        });
        assertThat(valid).hasSize(CORPUS.size()).containsEntry("good.xlsx", true);
        CORPUS.forEach((name, code) -> {
            if (code != null) {
                assertThat(codes).as(name).containsEntry(name, code);
            }
        });
    }

    /**
     * Hostile input at scale: 950 good department workbooks and 50 broken ones (the corpus, round
     * robin). Every good one is validated and merged, every broken one has its file-level finding.
     */
    @Test
    void aThousandFilesOfWhichFiftyAreBroken() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        List<String> broken = CORPUS.entrySet().stream().filter(e -> e.getValue() != null)
                .filter(e -> !e.getKey().equals("million.xlsx")).map(Map.Entry::getKey).toList();
        byte[] good = Files.readAllBytes(dir.resolve("corpus/good.xlsx"));
        for (int i = 0; i < 1000; i++) {
            if (i % 20 == 7) {
                String kind = broken.get((i / 20) % broken.size());
                Files.copy(dir.resolve("corpus").resolve(kind), batch.resolve(String.format("%04d-%s", i, kind)));
            } else {
                Files.write(batch.resolve(String.format("%04d.xlsx", i)),
                        renamed(good, "政策企画部", String.format("部局%04d", i)));
            }
        }
        Run v = cli(Map.of(), "validate", "--format", "json", batch.toString());
        assertThat(v.code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(v.out);
        assertThat(json.get("summary").get("files").asInt()).isEqualTo(1000);
        assertThat(json.get("summary").get("valid").asInt()).isEqualTo(950);
        json.get("files").forEach(f -> {
            String name = Path.of(f.get("file").asText()).getFileName().toString();
            if (name.contains("-")) {
                String kind = name.substring(name.indexOf('-') + 1);
                assertThat(f.get("findings").get(0).get("code").asText()).as(name).isEqualTo(CORPUS.get(kind));
            } else {
                assertThat(f.get("valid").asBoolean()).as(name).isTrue();
            }
        });
        Path out = dir.resolve("batch.xlsx");
        Run m = cli(Map.of(), "merge", "-q", "--skip-invalid", batch.toString(), "-o", out.toString());
        assertThat(m.code).as(m.err).isZero();
        assertThat(m.err.lines().filter(l -> l.startsWith("Left out") || l.startsWith("除外")).count()).isEqualTo(50);
        try (var in = Files.newInputStream(out); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheet("一覧").getLastRowNum()).isEqualTo(950);
        }
    }

    /** A copy of a workbook whose department is renamed in its shared strings. */
    private static byte[] renamed(byte[] xlsx, String from, String to) throws IOException {
        var buf = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             var zip = new java.util.zip.ZipOutputStream(buf)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    data = new String(data, StandardCharsets.UTF_8).replace(">" + from + "<", ">" + to + "<")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return buf.toByteArray();
    }

    @Test
    void thePasswordFromTheEnvironmentOpensTheProtectedFile() {
        Path file = dir.resolve("corpus/encrypted.xlsx");
        assertThat(cli(Map.of("GOALSHEET_PASSWORD", "ueda2025"), "validate", file.toString()).code).isZero();
        Run wrong = cli(Map.of("GOALSHEET_PASSWORD", "wrong"), "validate", "--format", "json", file.toString());
        assertThat(wrong.code).isEqualTo(1);
        assertThat(wrong.out).contains("\"code\": \"encrypted\"");
    }
}
