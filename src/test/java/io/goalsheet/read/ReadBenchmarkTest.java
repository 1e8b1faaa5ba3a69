package io.goalsheet.read;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints read times of a 100,000 × 15 sheet; never asserts them. Off unless asked for:
 * {@code ./mvnw -q test -Dtest=ReadBenchmarkTest -Dgoalsheet.bench=true}. The repository's
 * {@code bench/} is where real measurements live.
 */
@EnabledIfSystemProperty(named = "goalsheet.bench", matches = "true")
class ReadBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void hundredThousandRows() throws Exception {
        Path file = dir.resolve("bench.xlsx");
        String[] deps = {"政策企画部", "総務部", "市民生活部", "健康福祉部", "こども未来部", "環境部", "経済部", "都市整備部"};
        StringBuilder sst = new StringBuilder();
        for (String d : deps) {
            sst.append("<si><t>").append(d).append("</t><rPh sb=\"0\" eb=\"1\"><t>カナ</t></rPh></si>");
        }
        Map<String, String> parts = new RawXlsx().sharedStrings(sst.toString()).styles("", 0, 14).sheet("S", "").parts();
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16))) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().endsWith("sheet1.xml")) {
                    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    w.write("<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>");
                    for (int r = 1; r <= 100_000; r++) {
                        w.write("<row r=\"" + r + "\">");
                        for (int c = 0; c < 15; c++) {
                            String ref = CellAddress.a1(r - 1, c);
                            switch (c % 3) {
                                case 0 -> w.write("<c r=\"" + ref + "\" t=\"s\"><v>" + (r + c) % deps.length + "</v></c>");
                                case 1 -> w.write("<c r=\"" + ref + "\"><v>" + (r * 1.5 + c) + "</v></c>");
                                default -> w.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>取組" + r + "</t></is></c>");
                            }
                        }
                        w.write("</row>");
                    }
                    w.write("</sheetData></worksheet>");
                    w.flush();
                } else {
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            SheetGrid g = WorkbookReader.read(file, ReadOptions.defaults()).sheets().get(0);
            System.out.printf("100,000 × 15: read in %d ms (%d rows)%n", (System.nanoTime() - t0) / 1_000_000, g.rowCount());
        }
    }
}
