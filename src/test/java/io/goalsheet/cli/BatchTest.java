package io.goalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.goalsheet.check.Validator;
import io.goalsheet.check.Validator.Validation;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.SchemaLoader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's inputs as results, in input order, a folder that could not be listed among them. */
class BatchTest {

    @TempDir
    Path dir;

    private final Validator validator = Validator.findingsOnly(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(),
            Messages.forLocale(Locale.JAPANESE));

    @Test
    void aFolderThatCouldNotBeListedIsAnUnreadableInputAndTheOthersGoOn() {
        Path book = Path.of("samples/2025-09/政策企画部.xlsx");
        List<Inputs.Input> inputs = List.of(
                new Inputs.Input(dir.resolve("部局別/非公開"), "部局別/非公開", new AccessDeniedException("部局別/非公開")),
                new Inputs.Input(dir.resolve("Z:/共有"), "Z:/共有", new IOException("ネットワーク名が見つかりません")),
                new Inputs.Input(book, "政策企画部.xlsx"));
        List<Validation> results = new ArrayList<>();
        Batch.validate(validator, inputs, Progress.none(), results::add);

        assertThat(results).extracting(v -> v.result().file(), v -> v.result().errors())
                .containsExactly(tuple("部局別/非公開", 1L), tuple("Z:/共有", 1L), tuple("政策企画部.xlsx", 0L));
        Finding denied = results.get(0).result().findings().get(0);
        assertThat(denied.code()).isEqualTo("unreadable");
        assertThat(denied.cell()).isNull();
        assertThat(denied.message()).startsWith("このフォルダーを開く権限がないため");
        assertThat(results.get(1).result().findings().get(0).message())
                .contains("このフォルダーの中を読めませんでした（ネットワーク名が見つかりません）");
    }

    @Test
    void aFolderWithoutPermissionIsFoundAsSuchByTheWalk() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("2025-09/非公開"));
        Files.copy(Path.of("samples/2025-09/政策企画部.xlsx"), dir.resolve("2025-09/政策企画部.xlsx"));
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        try {
            // root reads every folder whatever its permissions
            Assumptions.assumeFalse(Files.isReadable(locked), "permissions do not stop this user");
            CliRun r = CliRun.run("validate", "--lang", "en", dir.resolve("2025-09").toString());
            assertThat(r.code).as(r.toString()).isEqualTo(1);
            assertThat(r.out).contains("非公開").contains("unreadable").contains("not allowed to open this folder")
                    .contains("Checked 2 files: 1 valid, 1 with errors");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
