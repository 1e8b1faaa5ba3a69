package io.goalsheet.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.check.Validator;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Goal;
import io.goalsheet.model.Indicator;
import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadLimits;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.SchemaLoader;
import io.goalsheet.text.DateMention;
import io.goalsheet.text.DateParse;
import io.goalsheet.text.FiscalYears;
import io.goalsheet.text.FreeTextDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled samples are what users judge the tool by: pin what validate says of each. */
class SamplesTest {

    private final Validator validator =
            new Validator(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(), Messages.forLocale(Locale.JAPANESE));

    @Test
    void everyMonthlySampleIsValid() throws IOException {
        List<Path> files = workbooks(Path.of("samples")).stream()
                .filter(p -> p.toString().contains("2025-")).toList();
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            var v = validator.validate(f, f.toString());
            assertThat(v.result().findings()).as(f.toString()).noneMatch(Finding::isError);
            // and no warnings either: a sample that warns would teach users to ignore warnings
            assertThat(v.result().findings()).as(f.toString()).isEmpty();
            assertThat(v.reports()).as(f.toString()).isNotEmpty();
        }
    }

    @Test
    void theSeedTranscriptionHoldsTheWholeDocument() {
        var v = validator.validate(Path.of("samples/2025-09/政策企画部.xlsx"), "政策企画部.xlsx");
        assertThat(v.result().findings()).isEmpty();
        var report = v.reports().get(0);
        assertThat(report.department()).isEqualTo("政策企画部");
        assertThat(report.fiscalYear()).isEqualTo(2025);
        assertThat(report.goals()).hasSize(4);
        assertThat(report.goals()).extracting(g -> g.initiatives().size()).containsExactly(7, 4, 3, 2);
        assertThat(report.indicatorCount()).isEqualTo(40);
        var sns = report.goals().get(3).initiatives().get(0).items().get(2);
        assertThat(sns.title()).isEqualTo("メール・SNS等を活用した情報発信媒体の充実");
        assertThat(sns.indicators()).hasSize(2);
        var line = sns.indicators().get(0);
        assertThat(line.progress()).contains("19,175人（9月30日現在）");
        assertThat(Math.round(line.progressRate() * 10) / 10.0).isEqualTo(60.5);
        assertThat(line.progressComputed()).isTrue();
    }

    /** A city's worth: the seed and at least eight more departments, each with 3–5 goals, every mark used. */
    @Test
    void theMidTermReportCoversACity() {
        Map<String, DepartmentReport> september = reports("samples/2025-09");
        assertThat(september).containsKey("政策企画部");
        assertThat(september.size() - 1).as("departments besides 政策企画部").isGreaterThanOrEqualTo(8);
        for (DepartmentReport r : september.values()) {
            assertThat(r.goals()).as(r.department()).hasSizeBetween(3, 5);
            assertThat(r.asOf()).as(r.department()).isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(r.reportKind()).as(r.department()).isEqualTo("中間報告");
            assertThat(r.fiscalYear()).as(r.department()).isEqualTo(2025);
        }
        Set<String> marks = september.values().stream().flatMap(r -> r.goals().stream())
                .map(Goal::evaluation).collect(Collectors.toSet());
        assertThat(marks).containsExactlyInAnyOrder("◎", "○", "△", "×");
    }

    /** August is the same city one month earlier: same departments and plans, fewer 実績. */
    @Test
    void augustIsTheSameCityOneMonthEarlier() {
        Map<String, DepartmentReport> september = reports("samples/2025-09");
        Map<String, DepartmentReport> august = reports("samples/2025-08");
        assertThat(august.keySet()).isEqualTo(september.keySet());
        int augustActuals = 0;
        int septemberActuals = 0;
        for (DepartmentReport sep : september.values()) {
            DepartmentReport aug = august.get(sep.department());
            assertThat(aug.asOf()).isEqualTo(LocalDate.of(2025, 8, 31));
            assertThat(aug.reportKind()).isEqualTo("月次報告");
            assertThat(plan(aug)).as(sep.department()).isEqualTo(plan(sep));
            List<Indicator> a = indicators(aug);
            List<Indicator> s = indicators(sep);
            for (int i = 0; i < s.size(); i++) {
                if (a.get(i).actual() != null && s.get(i).targetValue() != null) {
                    assertThat(s.get(i).actual()).as(sep.department() + " " + s.get(i).target()).isNotNull();
                    double growth = s.get(i).actual() - a.get(i).actual();
                    double way = s.get(i).targetValue() - (s.get(i).baseline() == null ? 0 : s.get(i).baseline());
                    assertThat(growth * Math.signum(way)).as(sep.department() + " " + s.get(i).target())
                            .isGreaterThanOrEqualTo(0);
                }
            }
            augustActuals += (int) a.stream().filter(x -> x.actual() != null).count();
            septemberActuals += (int) s.stream().filter(x -> x.actual() != null).count();
        }
        assertThat(augustActuals).isLessThan(septemberActuals);
    }

    /** The files differ the way real submissions do (every one of them valid, see above). */
    @Test
    void theLayoutsDifferAsRealSubmissionsDo() throws IOException {
        List<Path> files = workbooks(Path.of("samples/2025-09"));
        boolean xls = false;
        boolean merged = false;
        boolean unmerged = false;
        boolean movedHeader = false;
        boolean fullWidth = false;
        for (Path f : files) {
            try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
                xls |= wb instanceof HSSFWorkbook && f.toString().endsWith(".xls");
                Sheet sheet = wb.getSheetAt(0);
                int header = headerRow(sheet);
                Map<String, Integer> cols = columns(sheet.getRow(header));
                boolean mergedBody = sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() > header);
                merged |= mergedBody;
                unmerged |= !mergedBody;
                movedHeader |= header > 3 && !new ArrayList<>(cols.keySet()).equals(
                        EntryWorkbookWriter.SEED_ORDER.stream().map(EntryWorkbookWriter.TITLES::get).toList());
                Cell goalNo = sheet.getRow(header + 1).getCell(cols.get("目標番号"));
                boolean wideNumbers = false;
                boolean maru = false;
                for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                    Cell base = sheet.getRow(r).getCell(cols.get("基準値"));
                    Cell mark = sheet.getRow(r).getCell(cols.get("自己評価"));
                    wideNumbers |= base != null && base.getCellType() == CellType.STRING
                            && base.getStringCellValue().matches("[０-９，．]+") && base.getStringCellValue().contains("，");
                    maru |= mark != null && mark.getCellType() == CellType.STRING && mark.getStringCellValue().equals("〇");
                }
                fullWidth |= goalNo.getCellType() == CellType.STRING && goalNo.getStringCellValue().equals("１")
                        && wideNumbers && maru;
            }
        }
        assertThat(xls).as("one saved as .xls").isTrue();
        assertThat(merged).as("some with merged group cells").isTrue();
        assertThat(unmerged).as("some with values repeated or left blank").isTrue();
        assertThat(movedHeader).as("one with title rows above and columns in another order").isTrue();
        assertThat(fullWidth).as("one with full-width digits and 〇").isTrue();
    }

    /** Dates written inside the sample texts exist, and (the seed's 3/17 apart) fall in 令和7年度. */
    @Test
    void datesInTheSampleTextsExistAndFallInTheFiscalYear() {
        for (GenerateSamples.Sample s : GenerateSamples.CITY) {
            for (DepartmentData.Row r : DepartmentData.load(s.department()).rows()) {
                for (String field : List.of("target", "progress")) {
                    for (DateMention m : FreeTextDates.scan(r.get(field), 2025)) {
                        assertThat(m.result()).as(s.department() + ": " + m.text()).isInstanceOf(DateParse.Valid.class);
                        LocalDate d = ((DateParse.Valid) m.result()).date();
                        if (!(s.department().equals("政策企画部") && m.text().equals("3/17"))) {
                            assertThat(FiscalYears.contains(2025, d)).as(s.department() + ": " + m.text()).isTrue();
                        }
                    }
                }
                if (!r.get("deadline").isEmpty()) {
                    assertThat(FiscalYears.contains(2025, LocalDate.parse(r.get("deadline")))).isTrue();
                }
            }
        }
    }

    /**
     * Each row of samples/invalid/README.md's table is one finding; the files give exactly those.
     * The stand-in reader (until the real one lands) cannot tell an encrypted file from a broken
     * one: the `encrypted` rows are checked only with the real reader.
     */
    @Test
    void invalidSamplesGiveExactlyTheFindingsTheirReadmeLists() throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> expectedEncrypted = new ArrayList<>();
        Set<String> encryptedFiles = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("samples/invalid/README.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length >= 5 && (cells[1].trim().endsWith(".xlsx") || cells[1].trim().endsWith(".xls"))) {
                String file = cells[1].trim();
                String code = cells[2].trim().replace("`", "");
                String finding = file + " " + code + " " + cells[3].trim();
                if (code.equals("encrypted")) {
                    expectedEncrypted.add(finding);
                    encryptedFiles.add(file);
                } else {
                    expected.add(finding);
                }
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(expectedEncrypted).isNotEmpty();
        List<String> actual = new ArrayList<>();
        List<Finding> actualEncrypted = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("samples/invalid"))) {
            files.addAll(s.filter(p -> !p.toString().endsWith(".md")).sorted().toList());
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            for (Finding x : validator.validate(f, name).result().findings()) {
                if (encryptedFiles.contains(name)) {
                    actualEncrypted.add(x);
                } else {
                    actual.add(x.file() + " " + x.code() + " " + where(x));
                }
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        // whatever the reader: one file-level error per protected file, nothing else
        assertThat(actualEncrypted).hasSameSizeAs(expectedEncrypted)
                .allMatch(x -> x.isError() && where(x).equals("-"));

        Assumptions.assumeTrue(realReader(), "the stand-in WorkbookReader reports encrypted files as unreadable");
        assertThat(actualEncrypted).extracting(x -> x.file() + " " + x.code() + " " + where(x))
                .containsExactlyInAnyOrderElementsOf(expectedEncrypted);
    }

    /** The README's password opens the protected sample, which is then 福祉部's valid report. */
    @Test
    void theProtectedSampleOpensWithTheDocumentedPassword(@TempDir Path dir) throws IOException {
        String password = GenerateSamples.PASSWORD;
        assertThat(Files.readString(Path.of("samples/invalid/README.md"))).contains("`" + password + "`");
        Path protectedFile = Path.of("samples/invalid/福祉部_パスワード付き.xlsx");
        Path plain = dir.resolve("福祉部.xlsx");
        Files.write(plain, EntryWorkbookWriter.decrypt(protectedFile, password));
        var v = validator.validate(plain, "福祉部.xlsx");
        assertThat(v.result().findings()).isEmpty();
        assertThat(v.reports().get(0).goals()).isEqualTo(
                validator.validate(Path.of("samples/2025-09/福祉部.xlsx"), "福祉部.xlsx").reports().get(0).goals());

        Assumptions.assumeTrue(realReader(), "the stand-in WorkbookReader does not decrypt");
        Validator withPassword = new Validator(SchemaLoader.loadBuiltIn(),
                new ReadOptions(ReadLimits.defaults(), password.toCharArray()), Messages.forLocale(Locale.JAPANESE));
        assertThat(withPassword.validate(protectedFile, "福祉部.xlsx").result().findings()).isEmpty();
    }

    /** The committed samples are what the generator writes (a regenerated copy reads the same). */
    @Test
    void samplesAreReproducibleFromTheRepository(@TempDir Path dir) throws IOException {
        GenerateSamples.main(new String[] {dir.toString()});
        List<String> committed = workbooks(Path.of("samples")).stream()
                .map(p -> Path.of("samples").relativize(p).toString()).toList();
        List<String> fresh = workbooks(dir).stream().map(p -> dir.relativize(p).toString()).toList();
        assertThat(committed).as("no sample the generator does not write, none missing").isEqualTo(fresh);
        for (String name : committed) {
            var c = validator.validate(Path.of("samples", name), name);
            var f = validator.validate(dir.resolve(name), name);
            assertThat(f.reports()).as(name).isEqualTo(c.reports());
            assertThat(f.result().findings()).as(name).isEqualTo(c.result().findings());
        }
        // the published-layout samples, which the entry reader cannot read: the same package, part for part
        List<String> published = new ArrayList<>(workbooks(Path.of("samples/published")).stream()
                .map(p -> Path.of("samples").relativize(p).toString()).toList());
        published.add("invalid/政策企画部_一覧表_原本.xlsx");
        assertThat(published).hasSizeGreaterThan(1);
        for (String name : published) {
            assertThat(parts(dir.resolve(name))).as(name).isEqualTo(parts(Path.of("samples", name)));
        }
    }

    /** A package's parts in order, each as "name: content" (every part of these is XML). */
    private static List<String> parts(Path xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(xlsx))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.add(e.getName() + ": " + new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** True once the real reader has replaced the temporary POI-based stand-in. */
    private static boolean realReader() {
        try {
            Class.forName("io.goalsheet.read.XlsxReader");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String where(Finding x) {
        return x.sheet() == null ? "-" : x.place(true);
    }

    private static List<Path> workbooks(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls")).sorted().toList();
        }
    }

    private Map<String, DepartmentReport> reports(String dir) {
        Map<String, DepartmentReport> out = new LinkedHashMap<>();
        try {
            for (Path f : workbooks(Path.of(dir))) {
                var v = validator.validate(f, f.toString());
                assertThat(v.reports()).as(f.toString()).hasSize(1);
                DepartmentReport r = v.reports().get(0);
                assertThat(out.put(r.department(), r)).as("two files for " + r.department()).isNull();
                assertThat(f.getFileName().toString()).startsWith(r.department() + ".");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Goals, initiatives, items and the targets under them, without the progress. */
    private static List<String> plan(DepartmentReport r) {
        List<String> out = new ArrayList<>();
        for (Goal g : r.goals()) {
            out.add(g.number() + " " + g.title() + " " + g.evaluation());
            for (var i : g.initiatives()) {
                out.add("  " + i.number() + " " + i.title());
                for (var item : i.items()) {
                    out.add("    " + item.number() + " " + item.title());
                    for (Indicator x : item.indicators()) {
                        out.add("      " + x.target() + " " + x.baseline() + " " + x.targetValue() + " " + x.unit()
                                + " " + x.deadline());
                    }
                }
            }
        }
        return out;
    }

    private static List<Indicator> indicators(DepartmentReport r) {
        return r.goals().stream().flatMap(g -> g.initiatives().stream()).flatMap(i -> i.items().stream())
                .flatMap(i -> i.indicators().stream()).toList();
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("目標番号")) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no header in " + sheet.getSheetName());
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        for (Cell c : header) {
            cols.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return cols;
    }
}
