package io.goalsheet.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.check.Validator;
import io.goalsheet.model.Finding;
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

/** The bundled samples are what users judge the tool by: pin what validate says of each. */
class SamplesTest {

    private final Validator validator =
            new Validator(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(), Messages.forLocale(Locale.JAPANESE));

    @Test
    void everyMonthlySampleIsValid() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("samples"))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls"))
                    .filter(p -> p.toString().contains("2025-")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            var v = validator.validate(f, f.toString());
            assertThat(v.result().findings()).as(f.toString()).noneMatch(Finding::isError);
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

    /** Each row of samples/invalid/README.md's table is one finding; the files give exactly those. */
    @Test
    void invalidSamplesGiveExactlyTheFindingsTheirReadmeLists() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("samples/invalid/README.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length >= 4 && cells[1].trim().endsWith(".xlsx") || cells.length >= 4 && cells[1].trim().endsWith(".xls")) {
                expected.add(cells[1].trim() + " " + cells[2].trim().replace("`", "") + " " + cells[3].trim());
            }
        }
        assertThat(expected).isNotEmpty();
        List<String> actual = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("samples/invalid"))) {
            for (Path f : s.filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
                for (Finding x : validator.validate(f, f.getFileName().toString()).result().findings()) {
                    actual.add(x.file() + " " + x.code() + " " + (x.sheet() == null ? "-" : x.sheet() + (x.cell() == null ? "" : "!" + x.cell())));
                }
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The committed samples are what the generator writes (a regenerated copy reads the same). */
    @Test
    void samplesAreReproducibleFromTheRepository(@TempDir Path dir) throws IOException {
        GenerateSamples.main(new String[] {dir.toString()});
        for (String name : List.of("2025-09/政策企画部.xlsx", "invalid/政策企画部_原本.xlsx")) {
            var committed = validator.validate(Path.of("samples", name), name);
            var fresh = validator.validate(dir.resolve(name), name);
            assertThat(fresh.reports()).as(name).isEqualTo(committed.reports());
            assertThat(fresh.result().findings()).as(name).isEqualTo(committed.result().findings());
        }
    }
}
