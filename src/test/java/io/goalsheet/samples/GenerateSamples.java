package io.goalsheet.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the workbooks under samples/ from the TSV sources beside this class's resources.
 * Run from the repository root: {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.goalsheet.samples.GenerateSamples}. SamplesTest checks what they contain.
 */
public final class GenerateSamples {

    static final EntryWorkbookWriter.Layout MIDTERM = new EntryWorkbookWriter.Layout(
            "重点目標一覧表（中間報告調書）", "令和7年度", LocalDate.of(2025, 9, 30), "中間報告",
            EntryWorkbookWriter.SEED_ORDER, true, true);

    private GenerateSamples() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "samples");
        DepartmentData seed = DepartmentData.load("政策企画部");
        EntryWorkbookWriter.write(seed, MIDTERM, root.resolve("2025-09/政策企画部.xlsx"));
        EntryWorkbookWriter.write(seedAsWritten(seed), MIDTERM, root.resolve("invalid/政策企画部_原本.xlsx"));
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
