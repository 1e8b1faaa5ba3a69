package io.goalsheet.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The built-in schema written out as code must be the one the YAML file gives, and only for that file. */
class BuiltInSchemaTest {

    private static byte[] yaml() throws IOException {
        return Files.readAllBytes(GenerateBuiltInSchema.YAML);
    }

    @Test
    void theCommittedCodeIsWhatTheGeneratorWritesForTheYamlFile() throws IOException, SchemaException {
        assertThat(Files.readString(GenerateBuiltInSchema.TARGET))
                .as("templates/priority-goals.schema.yaml changed: run GenerateBuiltInSchema (see its comment)")
                .isEqualTo(GenerateBuiltInSchema.source(yaml()));
    }

    @Test
    void itEqualsTheSchemaParsedFromTheYaml() throws IOException, SchemaException {
        Schema parsed = SchemaLoader.parse(new String(yaml(), StandardCharsets.UTF_8), SchemaLoader.BUILT_IN_NAME);
        Schema generated = BuiltInSchema.of(yaml());
        assertThat(generated).isNotNull().isEqualTo(parsed);
        assertThat(GenerateBuiltInSchema.expression(generated, 0)).isEqualTo(GenerateBuiltInSchema.expression(parsed, 0));
    }

    @Test
    void theJarsCopyOfTheFileIsTheOneItWasMadeFrom() {
        assertThat(BuiltInSchema.of(SchemaLoader.builtInText().getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @Test
    void anEditedFileIsParsedInstead() throws IOException {
        String edited = new String(yaml(), StandardCharsets.UTF_8).replace("searchRows: 30", "searchRows: 40");
        byte[] bytes = edited.getBytes(StandardCharsets.UTF_8);
        assertThat(BuiltInSchema.of(bytes)).isNull();
        assertThat(SchemaLoader.loadBuiltIn(bytes).table().searchRows()).isEqualTo(40);
    }
}
