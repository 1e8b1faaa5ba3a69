package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report and merge with --previous: the change since the previous report in each output; without it, none. */
class PreviousPeriodTest {

    private static final String AUGUST = "samples/2025-08";
    private static final String SEPTEMBER = "samples/2025-09";

    @TempDir
    Path dir;

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Test
    void thePdfGetsAChangePageAndEachRateItsChange() throws IOException {
        Path with = dir.resolve("with.pdf");
        Path without = dir.resolve("without.pdf");
        CliRun run = CliRun.run("report", SEPTEMBER, "--previous", AUGUST, "-o", with.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(CliRun.run("report", SEPTEMBER, "-o", without.toString()).code).isZero();

        String text = pdfText(with);
        assertThat(text).contains("前回（令和7年8月31日時点）からの変化")
                .contains("政策企画部 0 0 45.6% 50.7% ▲5.1ポイント 5 34 0 0")
                .contains("合計 0 0 53.4% 58.5% ▲5.1ポイント 95 207 0 0")
                // LINE: 51.4% in August, 60.5% in September
                .contains("進捗度 60.5%（計算値） ▲9.1");
        String plain = pdfText(without);
        assertThat(plain).doesNotContain("前回").doesNotContain("▲9.1");
    }

    @Test
    void theExcelReportGetsAChangeColumnAndTheChangeSheets() throws IOException {
        Path out = dir.resolve("report.xlsx");
        CliRun run = CliRun.run("report", SEPTEMBER, "--previous", AUGUST, "-o", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        try (XSSFWorkbook wb = open(out)) {
            assertThat(sheetNames(wb)).containsExactly("集計", "重点目標一覧表", "部局別の変化", "前回からの変化");
            XSSFSheet report = wb.getSheet("重点目標一覧表");
            DataFormatter f = new DataFormatter();
            boolean header = false;
            Row line = null;
            for (Row r : report) {
                header |= "前回比".equals(f.formatCellValue(r.getCell(5)));
                if (f.formatCellValue(r.getCell(2)).startsWith("・LINE友だち登録者数")) {
                    line = r;
                }
            }
            assertThat(header).isTrue();
            assertThat(line.getCell(5).getNumericCellValue()).isEqualTo(9.1);
            assertThat(f.formatCellValue(line.getCell(5))).isEqualTo("▲9.1");
        }
        // still a published-layout sheet that validates as before
        CliRun again = CliRun.run("validate", out.toString());
        assertThat(again.code).as(again.toString()).isZero();
    }

    @Test
    void theMergedWorkbookGetsAChangeColumnInItsListAndTheChangeSheets() throws IOException {
        Path out = dir.resolve("merged.xlsx");
        CliRun run = CliRun.run("--lang", "en", "merge", SEPTEMBER, "--previous", AUGUST, "-o", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).contains("Added 387 changes since the previous report (as of 2025-08-31), 207 to check");
        try (XSSFWorkbook wb = open(out)) {
            assertThat(sheetNames(wb)).startsWith("一覧", "集計", "部局別の変化", "前回からの変化").endsWith("検証結果");
            XSSFSheet list = wb.getSheet("一覧");
            Row head = list.getRow(0);
            int last = head.getLastCellNum() - 1;
            assertThat(head.getCell(last).getStringCellValue()).isEqualTo("前回比");
            DataFormatter f = new DataFormatter();
            int target = -1;
            for (int i = 0; i < last; i++) {
                if (head.getCell(i).getStringCellValue().equals("期限・数値目標等")) {
                    target = i;
                }
            }
            double change = Double.NaN;
            for (Row r : list) {
                if (f.formatCellValue(r.getCell(target)).startsWith("LINE友だち登録者数")) {
                    change = r.getCell(last).getNumericCellValue();
                }
            }
            assertThat(change).isEqualTo(9.1);
            assertThat(wb.getSheet("前回からの変化").getLastRowNum()).isEqualTo(2 + 387);
        }
    }

    @Test
    void aLaterPreviousIsAUsageErrorAndAnInvalidOneWritesNothing() {
        Path out = dir.resolve("r.pdf");
        CliRun backwards = CliRun.run("report", AUGUST, "--previous", SEPTEMBER, "-o", out.toString());
        assertThat(backwards.code).isEqualTo(2);
        assertThat(out).doesNotExist();

        CliRun invalid = CliRun.run("merge", SEPTEMBER, "--previous", "samples/invalid/都市建設部_期限の日付.xlsx",
                "-o", dir.resolve("m.xlsx").toString());
        assertThat(invalid.code).isEqualTo(1);
        assertThat(invalid.out).contains("invalid-date");
        assertThat(dir.resolve("m.xlsx")).doesNotExist();
    }
}
