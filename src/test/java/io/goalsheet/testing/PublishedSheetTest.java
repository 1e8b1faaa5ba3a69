package io.goalsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each shape written and read back with POI: what a reader's test can rely on. */
class PublishedSheetTest {

    @TempDir
    Path dir;

    @Test
    void theBuilderWritesTextLinesNumbersAndMerges() throws IOException {
        Path f = new PublishedSheet("シート1")
                .cell("A1", "重点目標")
                .lines("B2", "① 取組", "(1) 細目")
                .number("A2", 1)
                .cell(2, 3, "D3")
                .cell("C1", "消す")
                .cell("C1", null)
                .merge("A2:A4")
                .merge(0, 0, 1, 3)
                .save(dir.resolve("sub/a.xlsx"));
        try (XSSFWorkbook wb = open(f)) {
            Sheet s = wb.getSheet("シート1");
            assertThat(text(s, "A1")).isEqualTo("重点目標");
            assertThat(text(s, "B2")).isEqualTo("① 取組\n(1) 細目");
            assertThat(cell(s, "B2").getCellStyle().getWrapText()).isTrue();
            assertThat(cell(s, "A2").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(s, "A2").getNumericCellValue()).isEqualTo(1.0);
            assertThat(text(s, "D3")).isEqualTo("D3");
            assertThat(cell(s, "C1")).isNull();
            assertThat(merges(s)).containsExactly("A2:A4", "B1:D1");
        }
    }

    @Test
    void theSeedAsPublished() throws IOException {
        try (XSSFWorkbook wb = read(PublishedSheet.seed(), "seed.xlsx")) {
            Sheet s = wb.getSheet("重点目標");
            assertThat(text(s, "A1")).isEqualTo("重点目標一覧表（中間報告調書）");
            assertThat(merges(s)).containsExactly("A1:D1");
            assertThat(text(s, "A3") + " " + text(s, "B3")).isEqualTo("担当部局名 政策企画部");
            assertThat(cell(s, "D3")).isNull();
            assertThat(cell(s, "E3")).isNull();
            assertThat(text(s, "A5")).isEqualTo("【令和7年度重点目標】");
            int[] titles = {6, 9, 11, 13};
            for (int i = 0; i < 4; i++) {
                int t = titles[i];
                assertThat(text(s, "A" + t)).isEqualTo("重点目標");
                assertThat(text(s, "C" + t)).isEqualTo("各部署の自己評価");
                assertThat(text(s, "D" + t)).isEqualTo("○");
                Cell no = cell(s, "A" + (t + (i == 0 ? 2 : 1)));
                assertThat(no.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(no.getNumericCellValue()).isEqualTo(i + 1);
            }
            assertThat(text(s, "B6")).startsWith("次期総合計画（R8～）の策定");
            assertThat(text(s, "B13")).isEqualTo("総合的・効果的な情報発信と市民と行政が結ばれる、つながる広報の推進");
            assertThat(cell(s, "A7")).isNotNull();
            assertThat(text(s, "A7")).isEmpty();
            assertThat(List.of(text(s, "B7"), text(s, "C7"), text(s, "D7")))
                    .containsExactly("具体的な重点取組項目（箇条書き）", "期限・数値目標等", "進捗状況・進捗度");
            assertThat(text(s, "B8")).startsWith("① 第三次上田市総合計画（R8～）策定推進\n(1) パブリックコメント実施・反映\n");
            assertThat(text(s, "D8")).contains("・資源循環型施設関連事業、神川移動支援事業等各種ワーキングに参加\n・協議会開催（7/29）、評価検証を実施\n③");
            assertThat(text(s, "D14")).contains("（9月31日現在）")
                    .contains("バスの乗り方（9月号）\n職員を対象とした広報活動研修会を実施（4月）");
            assertThat(cell(s, "D8").getCellStyle().getWrapText()).isTrue();
            assertThat(s.getLastRowNum()).isEqualTo(13);
        }
    }

    @Test
    void theSeedFixedAndChangedByATest() throws IOException {
        try (XSSFWorkbook wb = read(PublishedSheet.seedFixed().cell("D6", "◎"), "fixed.xlsx")) {
            Sheet s = wb.getSheet("重点目標");
            assertThat(text(s, "D3") + " " + text(s, "E3")).isEqualTo("報告時点 令和7年9月30日");
            assertThat(text(s, "D6")).isEqualTo("◎");
            assertThat(cell(s, "D6").getCellStyle().getBorderTop()).isNotNull(); // its style kept
            assertThat(text(s, "D8")).contains("・資源循環型施設関連事業、神川移動支援事業等各種ワーキングに参加\n(2)\n・協議会開催（7/29）、評価検証を実施\n③");
            assertThat(text(s, "D14")).doesNotContain("9月31日").contains("（9月30日現在）")
                    .contains("バスの乗り方（9月号）\n②\n職員を対象とした広報活動研修会を実施（4月）");
        }
    }

    @Test
    void theTableShape() throws IOException {
        try (XSSFWorkbook wb = read(PublishedSheet.table(), "table.xlsx")) {
            Sheet s = wb.getSheet("重点目標");
            assertThat(rowTexts(s.getRow(0))).isEqualTo(PublishedSheet.TABLE_HEADER);
            assertThat(s.getLastRowNum()).isEqualTo(4);
            assertThat(text(s, "A2")).isEqualTo("1 次期総合計画（R8～）の策定と第二次上田市総合計画及び上田市誕生20周年記念事業の着実な推進");
            assertThat(text(s, "A5")).startsWith("4 総合的・効果的な情報発信");
            assertThat(text(s, "B2")).startsWith("① 第三次上田市総合計画（R8～）策定推進\n").endsWith("\n(2) 職員へのSDGs理念の普及・啓発");
            assertThat(text(s, "C5")).endsWith("②\n職員の情報発信力を強化するための研修会実施（2回）");
            for (int r = 2; r <= 5; r++) {
                assertThat(text(s, "E" + r)).isEqualTo("○");
            }
            assertThat(s.getMergedRegions()).isEmpty();
        }
    }

    @Test
    void theBlockShape() throws IOException {
        try (XSSFWorkbook wb = read(PublishedSheet.blocks(), "blocks.xlsx")) {
            Sheet s = wb.getSheet("重点目標");
            assertThat(rowTexts(s.getRow(0))).isEqualTo(PublishedSheet.TABLE_HEADER);
            assertThat(merges(s)).containsExactly("A2:A8", "E2:E8", "A9:A12", "E9:E12", "A13:A15", "E13:E15",
                    "A16:A17", "E16:E17");
            assertThat(text(s, "A2")).startsWith("1 次期総合計画");
            assertThat(text(s, "E2")).isEqualTo("○");
            assertThat(cell(s, "A3")).isNull();
            assertThat(text(s, "B2")).isEqualTo("① 第三次上田市総合計画（R8～）策定推進\n(1) パブリックコメント実施・反映\n"
                    + "(2) 「総合計画審議会」の実施、第三次総合計画最終答申\n(3) 上田市議会上程・公表");
            assertThat(text(s, "C3")).startsWith("②\n(1)\n・R8実施計画策定\n");
            assertThat(text(s, "D3")).endsWith("\n(2)\n・協議会開催（7/29）、評価検証を実施");
            assertThat(text(s, "B8")).startsWith("⑦ SDGsの着実な推進\n");
            assertThat(text(s, "A9")).startsWith("2 スマートシティ化推進計画");
            assertThat(text(s, "B12")).isEqualTo("④ 公民連携によるスマートシティ化への取組の促進\n上田市スマートシティ化推進パートナーの連携可能な事業の調査研究");
            assertThat(text(s, "C12")).isEqualTo("④ 交流会開催");
            assertThat(text(s, "B17")).isEqualTo("② 効果的な広報に向けた職員の意識改革\n・職員研修の実施");
            assertThat(text(s, "D17")).isEqualTo("②\n職員を対象とした広報活動研修会を実施（4月）\n担当職員を対象にホームページ操作研修会を実施（7月）");
            assertThat(cell(s, "B17").getCellStyle().getWrapText()).isTrue();
        }
    }

    /** As published, goal 4's progress has no ②: its block's second row has no progress. */
    @Test
    void aCellWithFewerPartsLeavesTheBlocksLastRowsBlank() throws IOException {
        try (XSSFWorkbook wb = read(PublishedSheet.blocks(PublishedSheet.seedData()), "blocks.xlsx")) {
            Sheet s = wb.getSheet("重点目標");
            assertThat(merges(s)).contains("A16:A17", "E16:E17");
            assertThat(text(s, "D16")).endsWith("\n職員を対象とした広報活動研修会を実施（4月）\n担当職員を対象にホームページ操作研修会を実施（7月）");
            assertThat(cell(s, "D17")).isNull();
            assertThat(text(s, "C17")).startsWith("②\n");
        }
    }

    private XSSFWorkbook read(PublishedSheet sheet, String name) throws IOException {
        return open(sheet.save(dir.resolve(name)));
    }

    private static XSSFWorkbook open(Path f) throws IOException {
        try (var in = java.nio.file.Files.newInputStream(f)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell cell(Sheet s, String a1) {
        CellAddress a = new CellAddress(a1);
        Row r = s.getRow(a.getRow());
        return r == null ? null : r.getCell(a.getColumn());
    }

    private static String text(Sheet s, String a1) {
        Cell c = cell(s, a1);
        assertThat(c).as(a1).isNotNull();
        return c.getStringCellValue();
    }

    private static List<String> rowTexts(Row row) {
        List<String> out = new java.util.ArrayList<>();
        for (Cell c : row) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    private static List<String> merges(Sheet s) {
        return s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
    }
}
