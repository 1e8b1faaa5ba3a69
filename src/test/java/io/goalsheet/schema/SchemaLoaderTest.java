package io.goalsheet.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaLoaderTest {

    private static final String MINIMAL = """
            name: mini
            fields:
              - name: no
                title: 番号
                type: integer
                constraints: {required: true}
              - name: text
                title: 内容
            """;

    @Test
    void theBuiltInSchemaLoadsWithEveryColumnOfTheEntryWorkbook() {
        Schema s = SchemaLoader.loadBuiltIn();
        assertThat(s.name()).isEqualTo("priority-goals");
        assertThat(s.fields()).extracting(Field::title).containsExactly("目標番号", "重点目標", "自己評価", "取組番号",
                "具体的な重点取組項目", "細目番号", "細目", "期限・数値目標等", "基準値", "目標値", "実績値", "単位", "期限", "進捗状況", "進捗度");
        assertThat(s.metadata()).extracting(MetadataField::label).containsExactly("担当部局名", "年度", "報告時点", "報告区分");
        assertThat(s.groups()).extracting(Group::key).containsExactly("goalNo", "initiativeNo", "itemNo");
        assertThat(s.field("evaluation").orElseThrow().constraints().enumValues()).containsExactly("◎", "○", "△", "×");
        assertThat(s.field("evaluation").orElseThrow().lookalikes()).containsEntry("〇", "○").containsEntry("X", "×");
        assertThat(s.field("progressRate").orElseThrow().isPercent()).isTrue();
        assertThat(s.field("initiativeNo").orElseThrow().isOrdinal()).isTrue();
        assertThat(s.table().identifiedBy()).containsExactly("目標番号", "重点目標");
        assertThat(s.derived()).singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("progress"));
    }

    @Test
    void aMinimalSchemaTakesDefaults() throws SchemaException {
        Schema s = SchemaLoader.parse(MINIMAL, "mini.yaml");
        assertThat(s.field("text").orElseThrow().type()).isEqualTo(FieldType.STRING);
        assertThat(s.table().identifiedBy()).containsExactly("番号");
        assertThat(s.table().searchRows()).isEqualTo(30);
        assertThat(s.missingValues()).containsExactly("");
    }

    /** Each broken schema gives its problem at the right line and column. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // what is wrong                          | replace                          | with                              | key                      | line
        "unknown key in a field                   | type: integer                    | type: integer\\n    colour: red     | schema.unknown-key        | 6",
        "unknown type                             | type: integer                    | type: int                         | schema.unknown-type       | 5",
        "unknown format                           | type: integer                    | type: integer\\n    format: roman   | schema.unknown-format     | 6",
        "bad YAML                                 | - name: text                     | - name: [text                     | yaml.unclosed-bracket     | 7",
        "min over max                             | constraints: {required: true}    | constraints: {minimum: 5, maximum: 1} | schema.min-over-max   | 6",
        "bad pattern                              | constraints: {required: true}    | constraints: {pattern: '[a-'}     | schema.bad-pattern        | 6",
        "primary key names a missing field        | name: mini                       | name: mini\\nprimaryKey: [no, nope] | schema.unknown-field    | 2",
        "duplicate field name                     | - name: text                     | - name: no                        | schema.duplicate-name     | 7",
        "minimum on text                          | title: 内容                       | title: 内容\\n    constraints: {minimum: 1} | schema.constraint-type | 9",
    })
    void brokenSchemasSayWhereAndWhat(String what, String replace, String with, String key, int line) {
        String yaml = MINIMAL.replace(replace, with.replace("\\n", "\n"));
        assertThat(yaml).as(what).isNotEqualTo(MINIMAL);
        assertThatThrownBy(() -> SchemaLoader.parse(yaml, "s.yaml"))
                .isInstanceOfSatisfying(SchemaException.class, e -> {
                    SchemaProblem p = e.problems().get(0);
                    assertThat(p.key()).as(what).isEqualTo(key);
                    assertThat(p.file()).isEqualTo("s.yaml");
                    if (line > 0) {
                        assertThat(p.line()).as(what + " line").isEqualTo(line);
                        assertThat(p.column()).as(what + " column").isGreaterThan(0);
                    } else {
                        assertThat(p.line()).as(what + " line").isGreaterThan(0);
                    }
                });
    }

    @Test
    void groupsAndDerivedValuesMustNameFieldsThatExist() {
        String yaml = MINIMAL + """
                groups:
                  - name: g
                    key: missing
                    fields: [text, gone]
                derived:
                  - name: text
                    rule: progress
                    target: no
                    actual: nowhere
                """;
        assertThatThrownBy(() -> SchemaLoader.parse(yaml, "s.yaml"))
                .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(e.problems())
                        .extracting(SchemaProblem::key, p -> p.args().get(0), SchemaProblem::line)
                        .containsExactly(
                                tuple("schema.unknown-field", "missing", 11),
                                tuple("schema.unknown-field", "gone", 12),
                                tuple("schema.unknown-field", "nowhere", 17)));
    }

    @Test
    void everyProblemKeyHasWordingInBothLanguages() throws Exception {
        var ja = java.util.ResourceBundle.getBundle("io.goalsheet.messages", java.util.Locale.JAPANESE);
        var en = java.util.ResourceBundle.getBundle("io.goalsheet.messages", java.util.Locale.ENGLISH);
        StringBuilder source = new StringBuilder();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/io/goalsheet/schema"))) {
            for (java.nio.file.Path f : files.toList()) {
                source.append(java.nio.file.Files.readString(f));
            }
        }
        var m = java.util.regex.Pattern.compile("\"((?:schema|yaml|config|template)\\.[a-z-]+)\"").matcher(source);
        List<String> keys = new java.util.ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertThat(keys).hasSizeGreaterThan(30).contains("yaml.tab", "config.excel-workbook", "template.font-unreadable");
        for (String k : keys) {
            assertThat(ja.containsKey(k)).as(k + " (ja)").isTrue();
            assertThat(en.getString(k)).as(k + " (en)").isNotBlank();
        }
    }
}
