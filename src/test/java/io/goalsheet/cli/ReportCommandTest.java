package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.testing.TestBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report -o X.xlsx: the print-ready workbook, read back. */
class ReportCommandTest {

    private static final Path SEED = Path.of("samples/2025-09/政策企画部.xlsx");

    @TempDir
    Path dir;

    @Test
    void theExcelReportIsLaidOutLikeTheSeedAndReadyToPrint() throws IOException {
        Path other = TestBook.standard("総務部", LocalDate.of(2025, 9, 30))
                .indicator(1, "行財政改革の推進", "△", 2, "業務改善", 1, "RPA導入", "3業務", null, 3, 1, "業務", null, "1業務で稼働", null)
                .write(dir.resolve("総務部.xlsx"));
        Path out = dir.resolve("一覧表.xlsx");
        CliRun r = CliRun.run("report", "--lang", "ja", "--template", "samples/上田市.report.yaml", other.toString(),
                SEED.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("集計");
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("重点目標一覧表（中間報告）　上田市");
            assertThat(wb.getSheetName(1)).isEqualTo("重点目標一覧表");
            XSSFSheet sheet = wb.getSheetAt(1);
            List<String> texts = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell c : row) {
                    switch (c.getCellType()) {
                        case STRING -> texts.add(c.getStringCellValue());
                        case NUMERIC -> rates.add(c.getNumericCellValue());
                        default -> { }
                    }
                }
            }
            String all = String.join("\n", texts);
            assertThat(all).contains("担当部局名\n政策企画部", "担当部局名\n総務部", "【令和7年度重点目標】",
                    "① 第三次上田市総合計画（R8～）策定推進\n①\n①\n(1) パブリックコメント実施・反映",
                    "② 業務改善\n②\n②\n(1) RPA導入", "各部署の自己評価\n○", "各部署の自己評価\n△",
                    "進捗度 60.5%（計算値）");
            assertThat(all.indexOf("政策企画部")).isLessThan(all.indexOf("総務部"));
            assertThat(rates).anySatisfy(v -> assertThat(Math.round(v * 10) / 10.0).isEqualTo(60.5));
            // the second department starts a page
            int second = -1;
            for (Row row : sheet) {
                if (row.getCell(1) != null && "総務部".equals(row.getCell(1).getStringCellValue())) {
                    second = row.getRowNum();
                }
            }
            assertThat(sheet.getRowBreaks()).contains(second - 1);
            assertThat(sheet.getMergedRegions()).isNotEmpty();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows()).as("no header above a 担当部局名 line").isNull();
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            assertThat(wb.getSheet("集計").getRow(3).getCell(1).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
    }

    @Test
    void thePdfReportIsByteIdenticalForTheSameInputsAndSourceDateEpoch() throws IOException {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        var env = java.util.Map.of("SOURCE_DATE_EPOCH", "1761868800");
        CliRun r = CliRun.run(env, "report", "-q", SEED.toString(), "-o", a.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(CliRun.run(env, "report", "-q", SEED.toString(), "-o", b.toString()).code).isZero();
        byte[] bytes = Files.readAllBytes(a);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.readAllBytes(b)).isEqualTo(bytes);
        Path c = dir.resolve("report.bin");
        assertThat(CliRun.run(env, "report", "-q", "--format", "pdf", SEED.toString(), "-o", c.toString()).code).isZero();
        assertThat(Files.readAllBytes(c)).isEqualTo(bytes);
    }

    @Test
    void aMissingFontIsAUsageError() {
        CliRun r = CliRun.run("report", "--font", dir.resolve("nofont.ttf").toString(), SEED.toString(), "-o",
                dir.resolve("x.pdf").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    @Test
    void anUnknownReportFormatIsAUsageError() {
        CliRun r = CliRun.run("report", SEED.toString(), "-o", dir.resolve("x.docx").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.docx"))).isFalse();
    }
}
