package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.goalsheet.check.Validator;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Initiative;
import io.goalsheet.model.Item;
import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadLimits;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.SchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * goalsheet convert end to end, in-process: each department report read from the inputs becomes
 * the entry workbook init writes, with every value kept, so that reading it back gives the same
 * report; inputs with errors are not converted; outputs are never inputs nor overwritten unasked.
 */
class ConvertCommandTest {

    private static final Path SAMPLES = Path.of("samples/2025-09");
    private static final Path SAMPLE = SAMPLES.resolve("政策企画部.xlsx");
    private static final Path WITH_ERROR = Path.of("samples/invalid/財政部_目標値に文字.xlsx");

    @TempDir
    Path dir;

    @Test
    void theModelDocumentConvertedReadsBackTheSameInEveryValue() throws IOException {
        Path out = dir.resolve("政策企画部_入力用.xlsx");
        CliRun r = CliRun.run("convert", "--lang", "ja", SAMPLE.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out.lines()).contains("政策企画部 → " + display(out));

        CliRun v = CliRun.run("validate", "--strict", "--format", "json", out.toString());
        assertThat(v.code).as(v.toString()).isZero();
        JsonNode files = new ObjectMapper().readTree(v.out).get("files");
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("findings")).as("no finding, not even a warning").isEmpty();
        DepartmentReport before = read(SAMPLE);
        DepartmentReport after = read(out);
        assertSameValues(after, before);
        assertThat(after.reportKind()).isEqualTo("中間報告");
        assertThat(after.indicatorCount()).isEqualTo(40);
    }

    @Test
    void aPublishedLayoutSheetConvertedIsAnEntryWorkbookWithTheSameRecords() throws IOException {
        Path published = Path.of("samples/published/政策企画部.xlsx");
        Path out = dir.resolve("政策企画部.xlsx");
        CliRun r = CliRun.run("convert", "--lang", "ja", published.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        CliRun v = CliRun.run("validate", "--strict", out.toString());
        assertThat(v.code).as(v.toString()).isZero();
        DepartmentReport before = read(published);
        DepartmentReport after = read(out);
        assertSameValues(after, before);
        assertThat(after.asOf()).isEqualTo(before.asOf());
        // the numbers read from 「17,913人→20,000人」 lines are cells of their own now
        Indicator line = indicators(after).stream().filter(i -> i.target().startsWith("LINE")).findFirst().orElseThrow();
        assertThat(line.baseline()).isEqualTo(17913.0);
        assertThat(line.actual()).isEqualTo(19175.0);
        assertThat(line.progressComputed()).isTrue();
    }

    @Test
    void initFromAPublishedLayoutSheetCarriesItsGoalsForward() throws IOException {
        Path out = dir.resolve("2025-10.xlsx");
        CliRun r = CliRun.run("init", "--from", "samples/published/政策企画部.xlsx", "-o", out.toString(),
                "--as-of", "2025-10-31");
        assertThat(r.code).as(r.toString()).isZero();
        DepartmentReport carried = read(out);
        DepartmentReport published = read(Path.of("samples/published/政策企画部.xlsx"));
        assertThat(carried.goals()).extracting(g -> g.title()).isEqualTo(published.goals().stream().map(g -> g.title()).toList());
        assertThat(indicators(carried)).hasSameSizeAs(indicators(published)).allMatch(i -> i.progress() == null);
    }

    @Test
    void aDirectoryGivesOneWorkbookPerDepartmentAndEachReadsBackTheSame() throws IOException {
        Path out = dir.resolve("entry");
        CliRun r = CliRun.run("convert", "--lang", "en", SAMPLES.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        List<Path> inputs;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            inputs = s.sorted().toList();
        }
        assertThat(r.out.lines().filter(l -> l.contains(" → ")).count()).isEqualTo(inputs.size());
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(inputs.stream()
                    .map(p -> read(p).department() + ".xlsx").sorted().toList());
        }
        boolean entered = false;
        boolean computed = false;
        for (Path input : inputs) {
            DepartmentReport before = read(input);
            Path converted = out.resolve(before.department() + ".xlsx");
            assertThat(r.out.lines()).contains(before.department() + " → " + display(converted));
            DepartmentReport after = read(converted);
            assertSameValues(after, before);
            assertThat(CliRun.run("validate", "--strict", converted.toString()).code).as(input.toString()).isZero();
            List<Indicator> was = indicators(before);
            if (before.department().equals("健康こども未来部")) {
                // typed as fractions in %-formatted cells (0.35 shown as 35%): entered, and entered they stay
                assertThat(was).filteredOn(i -> i.progressRate() != null && !i.progressComputed()).isNotEmpty();
                entered = true;
            } else if (was.stream().anyMatch(Indicator::progressComputed)) {
                computed = true;
            }
            // the cell of a computed 進捗度 is empty: it is computed again when read
            assertEnteredRatesOnly(converted, before);
        }
        assertThat(entered).isTrue();
        assertThat(computed).isTrue();
    }

    @Test
    void whatConvertWritesIsTheWorkbookInitWrites() throws IOException {
        Path out = dir.resolve("政策企画部.xlsx");
        assertThat(CliRun.run("convert", SAMPLE.toString(), "-o", out.toString()).code).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(wb.getNumberOfSheets()).as("no _lists sheet needed for the built-in schema").isEqualTo(1);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getDataValidations()).isNotEmpty();
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("令和7年度 重点目標 進捗報告");
            assertThat(label(sheet, "担当部局名")).isEqualTo("政策企画部");
            assertThat(label(sheet, "年度")).isEqualTo("令和7年度");
            assertThat(label(sheet, "報告区分")).isEqualTo("中間報告");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getLocked()).isFalse();
        }
        // the same bytes as init would write for the same content are not promised (POI stamps times),
        // but the layout is: the header row is where init puts it
        Path blank = dir.resolve("blank.xlsx");
        assertThat(CliRun.run("init", "-o", blank.toString()).code).isZero();
        try (InputStream a = Files.newInputStream(out); XSSFWorkbook converted = new XSSFWorkbook(a);
             InputStream b = Files.newInputStream(blank); XSSFWorkbook init = new XSSFWorkbook(b)) {
            Row header = converted.getSheetAt(0).getRow(6);
            Row initHeader = init.getSheetAt(0).getRow(6);
            for (int c = 0; c < initHeader.getLastCellNum(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(initHeader.getCell(c).getStringCellValue());
                assertThat(converted.getSheetAt(0).getColumnWidth(c)).isEqualTo(init.getSheetAt(0).getColumnWidth(c));
            }
        }
    }

    @Test
    void oneWorkbookForTwoDepartmentsIsAUsageError() throws IOException {
        Path out = dir.resolve("二部局.xlsx");
        CliRun r = CliRun.run("convert", "--lang", "en", SAMPLE.toString(), SAMPLES.resolve("総務部.xlsx").toString(),
                "-o", out.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("give a directory");
        assertThat(r.out).isEmpty();
        assertThat(out).doesNotExist();

        CliRun all = CliRun.run("convert", "--lang", "ja", SAMPLES.toString(), "-o", out.toString());
        assertThat(all.code).as(all.toString()).isEqualTo(2);
        assertThat(all.err).contains("ディレクトリを指定してください");
        assertThat(out).doesNotExist();
    }

    @Test
    void anInputWithErrorsIsNotConvertedAndItsFindingsArePrintedAsValidatePrintsThem() throws IOException {
        Path out = dir.resolve("entry");
        CliRun r = CliRun.run("convert", "--lang", "ja", WITH_ERROR.toString(), SAMPLE.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        assertThat(out.resolve("財政部.xlsx")).doesNotExist();
        assertThat(out.resolve("政策企画部.xlsx")).exists();
        assertSameValues(read(out.resolve("政策企画部.xlsx")), read(SAMPLE));
        assertThat(r.out).contains("重点目標!I19", "約10億");
        assertThat(r.out.lines()).contains("政策企画部 → " + display(out.resolve("政策企画部.xlsx")));
        assertThat(r.err).contains("変換していません: " + display(WITH_ERROR));

        CliRun validate = CliRun.run("validate", "--lang", "ja", "-q", WITH_ERROR.toString());
        List<String> findings = validate.out.lines().toList();
        // every line validate prints for the file, all but its one-line summary (the summary counts both inputs)
        assertThat(r.out.lines()).containsAll(findings.subList(0, findings.size() - 1));
        assertThat(findings.size()).isGreaterThan(2);
    }

    @Test
    void onlyAnInputWithErrorsWritesNothing() {
        Path out = dir.resolve("財政部.xlsx");
        CliRun r = CliRun.run("convert", "--lang", "en", WITH_ERROR.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        assertThat(r.out).contains("type").doesNotContain(" → ");
        assertThat(out).doesNotExist();
    }

    @Test
    void warningsDoNotStopIt() throws IOException {
        // a column the schema does not know: unknown-column, a warning
        Path warned = dir.resolve("in/政策企画部.xlsx");
        Files.createDirectories(warned.getParent());
        try (InputStream in = Files.newInputStream(SAMPLE); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(0) != null && "目標番号".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                    row.createCell(row.getLastCellNum()).setCellValue("備考");
                    break;
                }
            }
            try (var os = Files.newOutputStream(warned)) {
                wb.write(os);
            }
        }
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("convert", "--lang", "en", warned.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).contains("unknown-column").contains("備考");
        assertSameValues(read(out.resolve("政策企画部.xlsx")), read(SAMPLE));
        CliRun v = CliRun.run("validate", "--strict", out.resolve("政策企画部.xlsx").toString());
        assertThat(v.code).as("the converted workbook has no unknown column").isZero();
    }

    @Test
    void anExistingOutputIsLeftAloneUnlessForced() throws IOException {
        Path out = Files.createDirectories(dir.resolve("entry"));
        Path existing = out.resolve("政策企画部.xlsx");
        byte[] month = "a month of entries".getBytes(StandardCharsets.UTF_8);
        Files.write(existing, month);
        CliRun r = CliRun.run("convert", "--lang", "en", SAMPLE.toString(), SAMPLES.resolve("総務部.xlsx").toString(),
                "-o", out.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("--force").contains(display(existing));
        assertThat(Files.readAllBytes(existing)).isEqualTo(month);
        assertThat(out.resolve("総務部.xlsx")).as("nothing is written when one output is refused").doesNotExist();

        Path file = dir.resolve("one.xlsx");
        Files.write(file, month);
        CliRun single = CliRun.run("convert", SAMPLE.toString(), "-o", file.toString());
        assertThat(single.code).as(single.toString()).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).isEqualTo(month);

        CliRun forced = CliRun.run("convert", "--force", SAMPLE.toString(), "-o", out.toString());
        assertThat(forced.code).as(forced.toString()).isZero();
        assertSameValues(read(existing), read(SAMPLE));
    }

    @Test
    void theOutputIsNeverAnInput() throws IOException {
        Path copy = Files.copy(SAMPLE, dir.resolve("政策企画部.xlsx"));
        byte[] before = Files.readAllBytes(copy);
        CliRun asFile = CliRun.run("convert", "--force", copy.toString(), "-o", dir.resolve("./政策企画部.xlsx").toString());
        assertThat(asFile.code).as(asFile.toString()).isEqualTo(2);
        // a directory whose <担当部局名>.xlsx is the input
        CliRun asDirectory = CliRun.run("convert", "--force", "--lang", "en", copy.toString(), "-o", dir.toString());
        assertThat(asDirectory.code).as(asDirectory.toString()).isEqualTo(2);
        assertThat(asDirectory.err).contains("one of the inputs");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void aDepartmentTwiceIsAnErrorForTheSecondNotAnOverwrite() throws IOException {
        Path out = dir.resolve("entry");
        Path august = Path.of("samples/2025-08/政策企画部.xlsx");
        CliRun r = CliRun.run("convert", "--lang", "en", SAMPLE.toString(), august.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        assertThat(r.out).contains("duplicate-department").contains(display(out.resolve("政策企画部.xlsx")));
        assertThat(r.out.lines().filter(l -> l.contains(" → ")).count()).isEqualTo(1);
        // inputs are taken in path order: 2025-08 comes first
        assertSameValues(read(out.resolve("政策企画部.xlsx")), read(august));
    }

    @Test
    void aWorkbookWithTwoReportsIsTwoReports() throws IOException {
        Path twice = dir.resolve("in/二枚.xlsx");
        Files.createDirectories(twice.getParent());
        try (InputStream in = Files.newInputStream(SAMPLE); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.cloneSheet(0, "重点目標（写し）");
            try (var os = Files.newOutputStream(twice)) {
                wb.write(os);
            }
        }
        Path file = dir.resolve("one.xlsx");
        CliRun r = CliRun.run("convert", "--lang", "en", twice.toString(), "-o", file.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("give a directory");
        assertThat(file).doesNotExist();

        Path out = dir.resolve("out");
        CliRun d = CliRun.run("convert", "--lang", "en", twice.toString(), "-o", out.toString());
        assertThat(d.code).as(d.toString()).isEqualTo(1);
        assertThat(d.out).contains(display(twice) + ":重点目標（写し）").contains("duplicate-department");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("政策企画部.xlsx");
        }
    }

    @Test
    void quietPrintsNothingWhenAllIsWell() throws IOException {
        Path out = dir.resolve("entry");
        CliRun r = CliRun.run("convert", "-q", SAMPLE.toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).isEmpty();
        assertThat(r.err).isEmpty();
        assertThat(out.resolve("政策企画部.xlsx")).exists();
    }

    @Test
    void badOutputsAreUsageErrors() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(CliRun.run("convert", SAMPLE.toString(), "-o", file.toString()).code).isEqualTo(2);
        assertThat(CliRun.run("convert", SAMPLE.toString(), "-o", dir.resolve("x.xls").toString()).code).isEqualTo(2);
        assertThat(CliRun.run("convert", SAMPLE.toString()).code).as("-o is required").isEqualTo(2);
        assertThat(CliRun.run("convert", dir.resolve("ない").toString(), "-o", dir.resolve("o").toString()).code)
                .isEqualTo(2);
        assertThat(dir.resolve("x.xls")).doesNotExist();
    }

    @Test
    void anExistingDirectoryNamedXlsxIsADirectory() throws IOException {
        Path out = Files.createDirectories(dir.resolve("entry.xlsx"));
        CliRun r = CliRun.run("convert", SAMPLE.toString(), SAMPLES.resolve("総務部.xlsx").toString(), "-o", out.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(out.resolve("政策企画部.xlsx")).exists();
        assertThat(out.resolve("総務部.xlsx")).exists();
    }

    @Test
    void departmentNamesAreMadeSafeForFileNames() {
        assertThat(ConvertCommand.fileName("政策企画部", "x.xlsx")).isEqualTo("政策企画部");
        assertThat(ConvertCommand.fileName("総務部/財政課: 契約?", "x.xlsx")).isEqualTo("総務部_財政課_ 契約_");
        assertThat(ConvertCommand.fileName("a\tb\nc", "x.xlsx")).isEqualTo("a_b_c");
        assertThat(ConvertCommand.fileName("..", "x.xlsx")).isEqualTo("_");
        assertThat(ConvertCommand.fileName(".隠し", "x.xlsx")).isEqualTo("_隠し");
        assertThat(ConvertCommand.fileName("~$部", "x.xlsx")).isEqualTo("_$部");
        assertThat(ConvertCommand.fileName("部局. ", "x.xlsx")).isEqualTo("部局");
        assertThat(ConvertCommand.fileName("con", "x.xlsx")).isEqualTo("_con");
        assertThat(ConvertCommand.fileName(null, "in/総務部_9月.xls")).isEqualTo("総務部_9月");
        String cut = ConvertCommand.fileName("部".repeat(100), "x.xlsx");
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ConvertCommand.MAX_NAME_BYTES);
        assertThat(cut).isEqualTo("部".repeat(66));
    }

    @Test
    void helpListsTheCommandAndItsOptions() {
        assertThat(CliRun.run("--help").out).contains("convert");
        CliRun r = CliRun.run("convert", "--help");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("-o", "--force", "--schema", "--lang", "--password", "--quiet", "--verbose");
    }

    // --- helpers ---

    /** The value of the metadata label's input cell, as shown. */
    private static String label(XSSFSheet sheet, String label) {
        DataFormatter f = new DataFormatter();
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(f.formatCellValue(row.getCell(0)))) {
                return f.formatCellValue(row.getCell(1));
            }
        }
        throw new AssertionError("no label " + label);
    }

    /** Every value the same, the file, the sheet and the rows aside. */
    private static void assertSameValues(DepartmentReport actual, DepartmentReport expected) {
        assertThat(actual.department()).isEqualTo(expected.department());
        assertThat(actual.fiscalYear()).isEqualTo(expected.fiscalYear());
        assertThat(actual.asOf()).isEqualTo(expected.asOf());
        assertThat(actual.reportKind()).isEqualTo(expected.reportKind());
        assertThat(actual.goals()).hasSameSizeAs(expected.goals());
        for (int g = 0; g < expected.goals().size(); g++) {
            Goal a = actual.goals().get(g);
            Goal e = expected.goals().get(g);
            String where = expected.department() + " goal " + e.number();
            assertThat(a.number()).as(where).isEqualTo(e.number());
            assertThat(a.title()).as(where).isEqualTo(e.title());
            assertThat(a.evaluation()).as(where).isEqualTo(e.evaluation());
            assertThat(a.initiatives()).as(where).hasSameSizeAs(e.initiatives());
            for (int i = 0; i < e.initiatives().size(); i++) {
                Initiative ai = a.initiatives().get(i);
                Initiative ei = e.initiatives().get(i);
                assertThat(ai.number()).as(where).isEqualTo(ei.number());
                assertThat(ai.title()).as(where).isEqualTo(ei.title());
                assertThat(ai.items()).as(where).hasSameSizeAs(ei.items());
                for (int t = 0; t < ei.items().size(); t++) {
                    Item at = ai.items().get(t);
                    Item et = ei.items().get(t);
                    assertThat(at.number()).as(where).isEqualTo(et.number());
                    assertThat(at.title()).as(where).isEqualTo(et.title());
                    assertThat(at.indicators()).as(where).hasSameSizeAs(et.indicators());
                    for (int n = 0; n < et.indicators().size(); n++) {
                        Indicator x = at.indicators().get(n);
                        Indicator y = et.indicators().get(n);
                        String row = where + " row " + y.row();
                        assertThat(x.target()).as(row).isEqualTo(y.target());
                        assertThat(x.baseline()).as(row).isEqualTo(y.baseline());
                        assertThat(x.targetValue()).as(row).isEqualTo(y.targetValue());
                        assertThat(x.actual()).as(row).isEqualTo(y.actual());
                        assertThat(x.unit()).as(row).isEqualTo(y.unit());
                        assertThat(x.deadline()).as(row).isEqualTo(y.deadline());
                        assertThat(x.progress()).as(row).isEqualTo(y.progress());
                        assertThat(x.progressRate()).as(row).isEqualTo(y.progressRate());
                        assertThat(x.progressComputed()).as(row).isEqualTo(y.progressComputed());
                        // and nothing else: every component but the row
                        assertThat(new Indicator(0, x.target(), x.baseline(), x.targetValue(), x.actual(), x.unit(),
                                x.deadline(), x.progress(), x.progressRate(), x.progressComputed()))
                                .as(row).isEqualTo(new Indicator(0, y.target(), y.baseline(), y.targetValue(), y.actual(),
                                        y.unit(), y.deadline(), y.progress(), y.progressRate(), y.progressComputed()));
                    }
                }
            }
        }
    }

    /** The 進捗度 cells of the converted workbook hold the entered rates and nothing for a computed one. */
    private static void assertEnteredRatesOnly(Path converted, DepartmentReport before) throws IOException {
        List<Indicator> was = indicators(before);
        try (InputStream in = Files.newInputStream(converted); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(6);
            int column = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("進捗度")) {
                    column = c;
                }
            }
            for (int n = 0; n < was.size(); n++) {
                org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(7 + n).getCell(column);
                Indicator i = was.get(n);
                if (i.progressRate() == null || i.progressComputed()) {
                    assertThat(cell.getCellType()).as(converted + " row " + (8 + n))
                            .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
                } else {
                    assertThat(cell.getNumericCellValue()).as(converted + " row " + (8 + n)).isEqualTo(i.progressRate());
                }
            }
        }
    }

    private static DepartmentReport read(Path file) {
        Validator.Validation v = new Validator(SchemaLoader.loadBuiltIn(), new ReadOptions(ReadLimits.defaults(), null),
                Messages.forLocale(Locale.JAPANESE)).validate(file, file.toString());
        assertThat(v.reports()).as(file.toString()).hasSize(1);
        return v.reports().get(0);
    }

    private static List<Indicator> indicators(DepartmentReport report) {
        return report.goals().stream().flatMap(g -> g.initiatives().stream()).flatMap(i -> i.items().stream())
                .flatMap(i -> i.indicators().stream()).toList();
    }

    private static String display(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }
}
