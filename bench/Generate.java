// Generates the benchmark's inputs. Run with the goalsheet jar on the class path:
//   java -cp target/goalsheet.jar bench/Generate.java OUT_DIR SEED.xlsx N_DEPARTMENTS ROWS
// Writes OUT_DIR/departments/部局NNNN.xlsx (copies of the seed, each a department of its own) and
// OUT_DIR/large/大規模.xlsx (one valid sheet of ROWS indicator rows, 15 columns).
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.zip.*;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

public class Generate {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path seed = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        int rows = Integer.parseInt(args[3]);
        Path deps = Files.createDirectories(out.resolve("departments"));
        byte[] seedBytes = Files.readAllBytes(seed);
        for (int i = 1; i <= n; i++) {
            String name = String.format("部局%04d", i);
            Files.write(deps.resolve(name + ".xlsx"), renameDepartment(seedBytes, "政策企画部", name));
        }
        large(Files.createDirectories(out.resolve("large")).resolve("大規模.xlsx"), rows);
    }

    /** The seed with its department name replaced in the shared strings: a fast copy, no POI round trip. */
    static byte[] renameDepartment(byte[] xlsx, String from, String to) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(xlsx.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(buf)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    data = new String(data, StandardCharsets.UTF_8).replace(">" + from + "<", ">" + to + "<")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return buf.toByteArray();
    }

    static void large(Path file, int rows) throws IOException {
        String[] header = {"目標番号", "重点目標", "自己評価", "取組番号", "具体的な重点取組項目", "細目番号", "細目",
            "期限・数値目標等", "基準値", "目標値", "実績値", "単位", "期限", "進捗状況", "進捗度"};
        String[] marks = {"◎", "○", "△", "×"};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); OutputStream os = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Sheet s = wb.createSheet("重点目標");
            Row r0 = s.createRow(0);
            r0.createCell(0).setCellValue("担当部局名");
            r0.createCell(1).setCellValue("大規模部");
            r0.createCell(3).setCellValue("年度");
            r0.createCell(4).setCellValue("令和7年度");
            Row r1 = s.createRow(1);
            r1.createCell(0).setCellValue("報告時点");
            Cell asOf = r1.createCell(1);
            asOf.setCellValue(LocalDate.of(2025, 9, 30));
            asOf.setCellStyle(date);
            Row h = s.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(3 + i);
                int goal = i / 100 + 1;
                int ini = (i / 10) % 10 + 1;
                int item = i % 10 + 1;
                r.createCell(0).setCellValue(goal);
                r.createCell(1).setCellValue("重点目標 " + goal + " 市民サービスの向上と持続可能な行財政運営の推進");
                r.createCell(2).setCellValue(marks[goal % 4]);
                r.createCell(3).setCellValue("①②③④⑤⑥⑦⑧⑨⑩".substring(ini - 1, ini));
                r.createCell(4).setCellValue("取組 " + goal + "-" + ini + " 地域と連携した事業の着実な実施");
                r.createCell(5).setCellValue("(" + item + ")");
                r.createCell(6).setCellValue("細目 " + item + " 計画に基づく進捗管理");
                r.createCell(7).setCellValue("研修会の開催 " + (item + 2) + "回（" + (4 + item % 9) + "月）");
                r.createCell(8).setCellValue(1000 + i % 500);
                r.createCell(9).setCellValue(2000 + i % 700);
                r.createCell(10).setCellValue(1500 + i % 600);
                r.createCell(11).setCellValue("人");
                Cell d = r.createCell(12);
                d.setCellValue(LocalDate.of(2026, 3, 31));
                d.setCellStyle(date);
                r.createCell(13).setCellValue("第" + (item % 3 + 1) + "回を" + (4 + item % 6) + "/" + (1 + item) + "に開催、参加者" + (20 + i % 80) + "人");
            }
            wb.write(os);
            wb.dispose();
        }
    }
}
