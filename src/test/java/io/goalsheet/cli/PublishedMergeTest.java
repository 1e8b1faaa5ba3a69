package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published-layout sheet without 報告時点 merges with the other inputs of its period, and alone is refused. */
class PublishedMergeTest {

    @TempDir
    Path dir;

    private Path publishedWithoutAsOf() throws IOException {
        Path file = dir.resolve("in/広報部.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("重点目標");
            String[][] rows = {
                {"重点目標一覧表（中間報告調書）"},
                {"担当部局名", "広報部"},
                {"【令和7年度重点目標】"},
                {"重点目標", "具体的な重点取組項目", "期限・数値目標等", "進捗状況", "自己評価"},
                {"1 情報発信の強化", "① 広報の充実\n(1) SNSの活用", "①\n(1) 登録者数 100人→200人", "①\n(1) 登録者数 100人→150人", "○"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void itTakesTheAsOfDateOfTheOtherInputs() throws IOException {
        Path published = publishedWithoutAsOf();
        Files.copy(Path.of("samples/2025-09/総務部.xlsx"), dir.resolve("in/総務部.xlsx"));
        Path merged = dir.resolve("全部局.xlsx");
        CliRun r = CliRun.run("merge", "--lang", "en", published.getParent().toString(), "-o", merged.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(merged).exists();
        CliRun v = CliRun.run("validate", "--strict", merged.toString());
        assertThat(v.code).as(v.toString()).isZero();
    }

    @Test
    void aloneItHasNoDateAndIsRefused() throws IOException {
        Path published = publishedWithoutAsOf();
        Path merged = dir.resolve("全部局.xlsx");
        CliRun r = CliRun.run("merge", "--lang", "en", published.toString(), "-o", merged.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        assertThat(r.out + r.err).contains("metadata-missing", "報告時点");
        assertThat(merged).doesNotExist();
    }
}
