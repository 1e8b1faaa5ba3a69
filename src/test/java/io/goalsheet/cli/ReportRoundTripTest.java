package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.goalsheet.check.Validator;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.IndicatorRow;
import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.SchemaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel report is itself a published-layout sheet: last year's published table is next year's input. */
class ReportRoundTripTest {

    private static final Validator VALIDATOR =
            new Validator(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(), Messages.forLocale(Locale.ENGLISH));

    @TempDir
    Path dir;

    @Test
    void theExcelReportReadsBackWithTheSameRecords() throws IOException {
        Path report = dir.resolve("一覧表.xlsx");
        CliRun r = CliRun.run("report", "samples/2025-09", "-o", report.toString());
        assertThat(r.code).as(r.toString()).isZero();

        Validator.Validation back = VALIDATOR.validate(report, "一覧表.xlsx");
        assertThat(back.result().findings()).isEmpty();
        List<DepartmentReport> original = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples/2025-09"))) {
            for (Path f : files.sorted().toList()) {
                original.addAll(VALIDATOR.validate(f, f.toString()).reports());
            }
        }
        assertThat(back.reports()).extracting(DepartmentReport::department)
                .containsExactlyInAnyOrderElementsOf(original.stream().map(DepartmentReport::department).toList());
        for (DepartmentReport read : back.reports()) {
            DepartmentReport was = original.stream().filter(o -> o.department().equals(read.department())).findFirst()
                    .orElseThrow();
            assertThat(read.fiscalYear()).isEqualTo(was.fiscalYear());
            assertThat(read.asOf()).as(read.department()).isEqualTo(was.asOf());
            assertThat(read.reportKind()).isEqualTo(was.reportKind());
            List<IndicatorRow> a = rows(read);
            List<IndicatorRow> e = rows(was);
            assertThat(a).as(read.department()).hasSameSizeAs(e);
            for (int i = 0; i < e.size(); i++) {
                IndicatorRow x = a.get(i);
                IndicatorRow y = e.get(i);
                String where = read.department() + " #" + (i + 1);
                assertThat(x.goal().number()).as(where).isEqualTo(y.goal().number());
                assertThat(x.goal().title()).as(where).isEqualTo(y.goal().title());
                assertThat(x.goal().evaluation()).as(where).isEqualTo(y.goal().evaluation());
                assertThat(x.initiative().number()).as(where).isEqualTo(y.initiative().number());
                assertThat(x.initiative().title()).as(where).isEqualTo(y.initiative().title());
                assertThat(x.item().number()).as(where).isEqualTo(y.item().number());
                assertThat(x.item().title()).as(where).isEqualTo(y.item().title());
                assertThat(x.indicator().target()).as(where).isEqualTo(y.indicator().target());
                assertThat(x.indicator().progress()).as(where).isEqualTo(y.indicator().progress());
                assertThat(x.indicator().baseline()).as(where).isEqualTo(y.indicator().baseline());
                assertThat(x.indicator().targetValue()).as(where).isEqualTo(y.indicator().targetValue());
                assertThat(x.indicator().actual()).as(where).isEqualTo(y.indicator().actual());
                assertThat(x.indicator().unit()).as(where).isEqualTo(y.indicator().unit());
                assertThat(x.indicator().progressComputed()).as(where).isEqualTo(y.indicator().progressComputed());
                if (y.indicator().progressRate() != null) {
                    assertThat(x.indicator().progressRate()).as(where).isCloseTo(y.indicator().progressRate(), within(0.05));
                }
            }
        }
    }

    private static List<IndicatorRow> rows(DepartmentReport d) {
        return d.goals().stream().flatMap(g -> g.rows().stream()).toList();
    }
}
