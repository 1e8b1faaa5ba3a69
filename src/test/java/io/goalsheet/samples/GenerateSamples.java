package io.goalsheet.samples;

import io.goalsheet.samples.EntryWorkbookWriter.Groups;
import io.goalsheet.samples.EntryWorkbookWriter.Layout;
import io.goalsheet.samples.EntryWorkbookWriter.Numbering;
import io.goalsheet.samples.EntryWorkbookWriter.Top;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes the workbooks under samples/ from the TSV sources beside this class's resources.
 * Run from the repository root: {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.goalsheet.samples.GenerateSamples}. SamplesTest checks what they contain.
 */
public final class GenerateSamples {

    static final Layout MIDTERM = new Layout(
            "重点目標一覧表（中間報告調書）", "令和7年度", LocalDate.of(2025, 9, 30), "中間報告",
            EntryWorkbookWriter.SEED_ORDER, Groups.MERGED, Numbering.CIRCLED, Top.STANDARD, false, false, false);

    /** The columns in another order: 自己評価 beside its goal, the numbers after 期限, 進捗状況 last. */
    static final List<String> OTHER_ORDER = List.of("goalNo", "goal", "evaluation", "initiativeNo", "initiative",
            "itemNo", "item", "target", "deadline", "unit", "baseline", "targetValue", "actual", "progressRate",
            "progress");

    /** The password of samples/invalid/福祉部_パスワード付き.xlsx (samples/invalid/README.md says it too). */
    static final String PASSWORD = "goalsheet";

    /** One department's submission: its data and how its workbook is laid out. */
    record Sample(String department, Layout layout) {
        String fileName() {
            return department + layout.extension();
        }
    }

    /** Every department of the city, each laid out the way its office does it (all of them valid). */
    static final List<Sample> CITY = List.of(
            new Sample("政策企画部", MIDTERM),
            new Sample("総務部", MIDTERM),
            new Sample("財政部", MIDTERM.with(Groups.REPEATED).with(Numbering.PLAIN).withFiscalYear("R7")),
            new Sample("市民まちづくり推進部", MIDTERM.with(Groups.REPEATED).withFullWidth()),
            new Sample("環境部", MIDTERM),
            new Sample("産業振興部", MIDTERM.with(Groups.REPEATED)),
            new Sample("健康こども未来部", MIDTERM.with(Numbering.PLAIN).withPercentCells()),
            new Sample("福祉部", MIDTERM),
            new Sample("都市建設部", new Layout("令和7年度 重点目標 進捗管理表", "2025年度", MIDTERM.asOf(),
                    MIDTERM.reportKind(), OTHER_ORDER, Groups.MERGED, Numbering.CIRCLED, Top.TITLED, false, false,
                    false)),
            new Sample("上下水道局", MIDTERM.asXls()),
            new Sample("教育委員会", MIDTERM.with(Groups.BLANK)),
            new Sample("消防部", MIDTERM.with(Groups.REPEATED).with(Numbering.PLAIN)));

    static final LocalDate AUGUST = LocalDate.of(2025, 8, 31);

    private GenerateSamples() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "samples");
        for (Sample s : CITY) {
            DepartmentData data = DepartmentData.load(s.department());
            EntryWorkbookWriter.write(data, s.layout(), root.resolve("2025-09").resolve(s.fileName()));
            EntryWorkbookWriter.write(MonthEarlier.derive(data), monthly(s.layout()),
                    root.resolve("2025-08").resolve(s.fileName()));
        }
        writeInvalid(root.resolve("invalid"));
        writePublished(root.resolve("published"));
    }

    /**
     * The seed in its own published layout (one row per goal, many lines a cell), its slips
     * corrected and 報告時点 given; the 原本 as published is among the invalid samples.
     */
    static void writePublished(Path dir) throws IOException {
        PublishedWorkbookWriter.write(PublishedData.load("政策企画部").fixed(), PublishedWorkbookWriter.AS_OF,
                dir.resolve("政策企画部.xlsx"));
    }

    /** The August 月次報告 in the same layout as the department's September report. */
    static Layout monthly(Layout september) {
        String title = september.title().replace("（中間報告調書）", "（月次報告）");
        return september.forPeriod(title, AUGUST, "月次報告");
    }

    /** Each file holds one mistake people really make (samples/invalid/README.md lists the findings). */
    static void writeInvalid(Path dir) throws IOException {
        DepartmentData seed = DepartmentData.load("政策企画部");
        EntryWorkbookWriter.write(seedAsWritten(seed), MIDTERM, dir.resolve("政策企画部_原本.xlsx"));

        // the seed as published, in its own layout: 9月31日, goal 1's (2) and goal 4's ② missing, no 報告時点
        PublishedWorkbookWriter.write(PublishedData.load("政策企画部"), null, dir.resolve("政策企画部_一覧表_原本.xlsx"));

        // ▲ picked from the IME's さんかく list instead of △: not one of ◎ ○ △ × → enum
        EntryWorkbookWriter.write(edit(DepartmentData.load("総務部"), r -> r.get("goalNo").equals("3")
                ? r.with("evaluation", "▲") : r), layout("総務部"), dir.resolve("総務部_自己評価の記号.xlsx"));

        // 目標値 typed with words: "約10億" → type
        EntryWorkbookWriter.write(edit(DepartmentData.load("財政部"), r -> r.get("target").startsWith("ふるさと納税寄附額")
                ? r.with("targetValue", "約10億") : r), layout("財政部"), dir.resolve("財政部_目標値に文字.xlsx"));

        // one row of goal 3 edited by hand, the others not: two titles for one goal → inconsistent
        EntryWorkbookWriter.write(editOnce(DepartmentData.load("環境部"),
                r -> r.get("goalNo").equals("3") && r.get("initiativeNo").equals("2"),
                r -> r.with("goal", "ごみの減量化及び資源化の推進")),
                layout("環境部").with(Groups.REPEATED), dir.resolve("環境部_目標名の不一致.xlsx"));

        // the 進捗状況 column deleted (to send only the numbers) → column-missing
        Layout industry = layout("産業振興部");
        EntryWorkbookWriter.write(DepartmentData.load("産業振興部"), industry.withColumns(
                industry.columnOrder().stream().filter(f -> !f.equals("progress")).toList()),
                dir.resolve("産業振興部_進捗状況の列なし.xlsx"));

        // a day that does not exist, typed into 期限 → invalid-date
        EntryWorkbookWriter.write(edit(DepartmentData.load("都市建設部"), r -> r.get("deadline").equals("2026-02-27")
                && r.get("goalNo").equals("1") ? r.with("deadline", "2026/2/30") : r), layout("都市建設部"),
                dir.resolve("都市建設部_期限の日付.xlsx"));

        // saved with a password (ファイル ▸ 情報 ▸ ブックの保護) → encrypted without --password
        EntryWorkbookWriter.writeEncrypted(DepartmentData.load("福祉部"), layout("福祉部"),
                dir.resolve("福祉部_パスワード付き.xlsx"), PASSWORD);
    }

    static Layout layout(String department) {
        return CITY.stream().filter(s -> s.department().equals(department)).findFirst().orElseThrow().layout();
    }

    private static DepartmentData edit(DepartmentData data, UnaryOperator<DepartmentData.Row> change) {
        return data.withRows(data.rows().stream().map(change).toList());
    }

    /** Changes only the first row that matches. */
    private static DepartmentData editOnce(DepartmentData data, java.util.function.Predicate<DepartmentData.Row> which,
                                           UnaryOperator<DepartmentData.Row> change) {
        List<DepartmentData.Row> rows = new ArrayList<>();
        boolean done = false;
        for (DepartmentData.Row r : data.rows()) {
            boolean hit = !done && which.test(r);
            rows.add(hit ? change.apply(r) : r);
            done |= hit;
        }
        return data.withRows(rows);
    }

    /** The seed exactly as published: the LINE progress says 9月31日, a day that does not exist. */
    static DepartmentData seedAsWritten(DepartmentData seed) {
        List<DepartmentData.Row> rows = new ArrayList<>();
        for (DepartmentData.Row r : seed.rows()) {
            String progress = r.get("progress");
            rows.add(progress.startsWith("LINE友だち登録者数")
                    ? r.with("progress", progress.replace("9月30日現在", "9月31日現在")) : r);
        }
        return seed.withRows(rows);
    }
}
