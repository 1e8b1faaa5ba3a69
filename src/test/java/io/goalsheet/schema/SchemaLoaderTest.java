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
        assertThat(keys).hasSizeGreaterThan(40).contains("yaml.tab", "config.excel-workbook", "template.empty-value");
        for (String k : keys) {
            assertThat(ja.containsKey(k)).as(k + " (ja)").isTrue();
            assertThat(en.getString(k)).as(k + " (en)").isNotBlank();
        }
    }

    // ---- causes, not their consequences

    private static final String BUILT_IN = readBuiltIn();

    private static String readBuiltIn() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("templates/priority-goals.schema.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The built-in schema with each {@code from} replaced once by its {@code to}. */
    private static String edited(String... fromTo) {
        String s = BUILT_IN;
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(s).contains(fromTo[i]);
            s = s.replaceFirst(java.util.regex.Pattern.quote(fromTo[i]), java.util.regex.Matcher.quoteReplacement(fromTo[i + 1]));
        }
        return s;
    }

    private static List<SchemaProblem> problems(String yaml) {
        try {
            SchemaLoader.parse(yaml, "typo.yaml");
        } catch (SchemaException e) {
            return e.problems();
        }
        throw new AssertionError("accepted");
    }

    private static int lineOf(String yaml, String text) {
        return (int) yaml.substring(0, yaml.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * Two typical typos in a copy of the built-in schema — a misspelt key and a misspelt field name
     * that other places use — were 7 findings: the field without its title also left its title
     * unknown to table.identifiedBy and its name unknown to primaryKey and groups, and the misspelt
     * name left two references unknown. They are two.
     */
    @Test
    void twoTyposAreTwoFindings() {
        String yaml = edited("  - name: goalNo\n    title: 目標番号", "  - name: goalNo\n    titel: 目標番号",
                "  - name: initiative\n", "  - name: initiatve\n");
        int uses1 = lineOf(yaml, "    fields: [initiative]");
        int uses2 = lineOf(yaml, "  structure: initiative");
        assertThat(problems(yaml))
                .extracting(SchemaProblem::key, SchemaProblem::line, SchemaProblem::column, SchemaProblem::args)
                .containsExactly(
                        tuple("schema.misspelt-key", lineOf(yaml, "titel:"), 5, List.of("titel", "title")),
                        tuple("schema.misspelt-field-name", lineOf(yaml, "name: initiatve"), 5,
                                List.of("initiatve", "initiative", uses1 + ", " + uses2)));
        var ja = io.goalsheet.model.Messages.forLocale(java.util.Locale.JAPANESE);
        SchemaProblem name = problems(yaml).get(1);
        assertThat(ja.get(name.key(), name.args().toArray())).isEqualTo("列名「initiatve」は、使われている箇所では"
                + "「initiative」と書かれています（" + uses1 + ", " + uses2 + " 行目）。どちらかの綴りを直してください");
    }

    /** The date a published-layout column's lines may state goes to a date field, which must exist. */
    @Test
    void anOutlineColumnsDateIsADateField() {
        assertThat(problems(edited("      date: deadline ", "      date: unit ")))
                .extracting(SchemaProblem::key, SchemaProblem::args)
                .containsExactly(tuple("schema.outline-date-type", List.of("unit", "string")));
        assertThat(problems(edited("      date: deadline ", "      date: deadlin ")))
                .extracting(SchemaProblem::key).containsExactly("schema.misspelt-field-name");
    }

    @Test
    void otherTypicalPairsOfTyposAreTwoFindingsToo() {
        // a misspelt type key (which left the field a string with an integer's format and minimum)
        // and a misspelt name used three times
        assertThat(problems(edited("    type: integer\n    format: ordinal             #", "    tpye: integer\n    format: ordinal             #",
                "  - name: baseline\n", "  - name: baselin\n")))
                .extracting(SchemaProblem::key).containsExactly("schema.misspelt-key", "schema.misspelt-field-name");
        // the fiscal-year metadata without its name (which left every period: fiscalYear without
        // its fiscal year) and a misspelt name
        assertThat(problems(edited("  - name: fiscalYear\n", "  - nmae: fiscalYear\n",
                "  - name: evaluation\n", "  - name: evaluaton\n")))
                .extracting(SchemaProblem::key).containsExactly("schema.misspelt-key", "schema.misspelt-field-name");
    }

    @Test
    void aMisspeltUseOfANameUsedRightElsewhereIsFoundAtThatUse() {
        String yaml = edited("    fields: [initiative]\n", "    fields: [initiatve]\n");
        List<SchemaProblem> p = problems(yaml);
        // the published layout's structure field, no longer in the misspelt group, is not reported as well
        assertThat(p).extracting(SchemaProblem::key, SchemaProblem::line, SchemaProblem::args).containsExactly(
                tuple("schema.unknown-field-meant", lineOf(yaml, "[initiatve]"),
                        List.of("initiatve", "initiative", String.valueOf(lineOf(yaml, "name: initiative\n")), 0, "")));
        var en = io.goalsheet.model.Messages.forLocale(java.util.Locale.ENGLISH);
        assertThat(en.get(p.get(0).key(), p.get(0).args().toArray())).isEqualTo("There is no field \"initiatve\" in "
                + "fields; is it \"initiative\" (line " + lineOf(yaml, "name: initiative\n") + ")?");
    }

    @Test
    void aNameDeclaredNowhereIsOneFindingWhereverItIsUsed() {
        String yaml = MINIMAL + "primaryKey: [no, nope]\nuniqueKeys: [[nope, text], [nope]]\n";
        List<SchemaProblem> p = problems(yaml);
        assertThat(p).extracting(SchemaProblem::key, SchemaProblem::line, SchemaProblem::args)
                .containsExactly(tuple("schema.unknown-field", 9, List.of("nope", 2, "10, 10")));
        var ja = io.goalsheet.model.Messages.forLocale(java.util.Locale.JAPANESE);
        assertThat(ja.get(p.get(0).key(), p.get(0).args().toArray()))
                .isEqualTo("列「nope」は fields にありません（ほかに 10, 10 行目でも使われています）");
        var en = io.goalsheet.model.Messages.forLocale(java.util.Locale.ENGLISH);
        SchemaProblem once = problems(MINIMAL + "primaryKey: [nope]\n").get(0);
        assertThat(en.get(once.key(), once.args().toArray())).isEqualTo("There is no field \"nope\" in fields");
    }

    @Test
    void aDefinitionWithAProblemOfItsOwnStillDefinesItsName() {
        // the bad type is the one finding: primaryKey, groups and the published layout still know goalNo
        assertThat(problems(edited("    type: integer\n    format: ordinal             #",
                "    type: interger\n    format: ordinal             #")))
                .extracting(SchemaProblem::key).containsExactly("schema.unknown-type");
        // a group without its key is still the goal level of the published layout
        assertThat(problems(edited("    key: goalNo\n", "")))
                .extracting(SchemaProblem::key, p -> p.args().get(0)).containsExactly(tuple("schema.missing-key", "key"));
        // the fiscal-year metadata with a problem of its own still gives the periods their fiscal year
        assertThat(problems(edited("    type: fiscalYear            # extension type", "    type: fiscalYear\n    colour: red #")))
                .extracting(SchemaProblem::key).containsExactly("schema.unknown-key");
    }
}
