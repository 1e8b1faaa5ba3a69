package io.goalsheet.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.goalsheet.model.Messages;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The YAML layer under schemas and templates: what is read as text, syntax errors, misspelt keys, merging. */
class YamlFileTest {

    private static final Messages JA = Messages.forLocale(Locale.JAPANESE);
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);

    @TempDir
    Path dir;

    private static SchemaProblem syntaxProblem(String yaml) {
        try {
            YamlFile.parse(yaml, "t.yaml", YamlFile.Kind.TEMPLATE);
        } catch (SchemaException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("parsed: " + yaml);
    }

    private static String say(Messages m, SchemaProblem p) {
        return m.get(p.key(), p.args().toArray());
    }

    // ---- syntax errors

    static Stream<Arguments> commonSyntaxErrors() {
        return Stream.of(
            // what, yaml, key, line, column, what the Japanese message says
            Arguments.of("a tab in the indentation", "title: x\npage:\n\tsize: A4", "yaml.tab", 3, 1, "タブ文字"),
            Arguments.of("a full-width space indenting", "page:\n  size: A4\n\u3000 orientation: a: b",
                    "yaml.fullwidth-indent", 3, 1, "全角スペース"),
            Arguments.of("an unclosed double quote", "title: \"重点目標\norganisation: 松本市", "yaml.unclosed-quote", 1, 8,
                    "引用符 \" が閉じられていません"),
            Arguments.of("an unclosed single quote", "a: 1\ntitle: '重点目標\nb: 2", "yaml.unclosed-quote", 2, 8,
                    "引用符 ' が閉じられていません"),
            Arguments.of("a line indented less", "page:\n   size: A4\n  orientation: portrait", "yaml.indent", 3, 3, "字下げ"),
            Arguments.of("a list item's key dedented", "a:\n  - name: x\n  title: y", "yaml.indent", 3, 3, "字下げ"),
            Arguments.of("a line indented more", "page:\n  size: A4\n   orientation: portrait", "yaml.colon-here", 3, 15,
                    "「:」は書けません"),
            Arguments.of("a colon inside a value", "title: 一覧: 中間", "yaml.colon-here", 1, 10, "「:」は書けません"),
            Arguments.of("a key without its colon", "title: x\norganisation\ngoalsHeading: y", "yaml.missing-colon", 2, 1,
                    "「:」がありません"),
            Arguments.of("an unclosed list", "departmentOrder: [総務部, 財政部\ntitle: x", "yaml.unclosed-bracket", 1, 18,
                    "「[」が閉じられていません"),
            Arguments.of("an unclosed mapping", "page: {size: A4\ntitle: x", "yaml.unclosed-bracket", 1, 7,
                    "「{」が閉じられていません"),
            Arguments.of("a closing bracket too many", "departmentOrder: [a, b]]", "yaml.unmatched-bracket", 1, 24, "「]」"),
            Arguments.of("a value starting with a brace", "title: {kind}一覧", "yaml.text-after-bracket", 1, 14,
                    "引用符で囲んで"),
            Arguments.of("text after a quoted value", "title: \"一覧\" 中間", "yaml.text-after-value", 1, 13, "余分な文字"),
            Arguments.of("a reserved first character", "title: @一覧", "yaml.cannot-start", 1, 8, "「@」で始まる値"),
            Arguments.of("an unknown escape", "title: \"a\\q\"", "yaml.bad-escape", 1, 11, "「\\q」"),
            Arguments.of("a key written twice", "title: a\norganisation: b\ntitle: c", "yaml.duplicate-key", 3, 1,
                    "最初は 1 行目"));
    }

    /** The common mistakes, each in the user's words at the place to fix. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commonSyntaxErrors")
    void commonSyntaxErrorsAreTranslatedAtTheirPlace(String what, String yaml, String key, int line, int column,
                                                     String ja) {
        SchemaProblem p = syntaxProblem(yaml);
        assertThat(p.key()).as(what).isEqualTo(key);
        assertThat(p.line()).as(what + ": line").isEqualTo(line);
        assertThat(p.column()).as(what + ": column").isEqualTo(column);
        assertThat(say(JA, p)).as(what).contains(ja).doesNotContain("found", "expected", "while");
        assertThat(say(EN, p)).as(what).isNotBlank().doesNotContainPattern("\\{\\d").doesNotContainPattern("[ぁ-んァ-ン]");
    }

    @Test
    void anUntranslatedSyntaxErrorKeepsTheParsersTextAsTheDetail() {
        SchemaProblem p = syntaxProblem("%YAML 1.1\n%YAML 1.1\n---\na: 1\n");
        assertThat(p.key()).isEqualTo("schema.yaml-syntax");
        assertThat(p.line()).isEqualTo(2);
        assertThat(say(JA, p)).startsWith("YAML として読めません").contains("found duplicate YAML directive");
    }

    @Test
    void aFullWidthSpaceThatYamlReadsAsPartOfAKeyIsNamedAsSuch() throws SchemaException {
        YamlFile y = YamlFile.parse("page:\n\u3000size: A3\n", "t.yaml", YamlFile.Kind.TEMPLATE);
        y.object(y.root, "page", "size");
        assertThat(y.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("yaml.fullwidth-indent");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    // ---- misspelt keys

    @Test
    void aMisspeltKeyIsReportedAsSuchAndReadAsTheKeyItMeans() throws SchemaException {
        YamlFile y = YamlFile.parse("titel: 一覧\nOrganisation: 松本市\ncolour: red\n", "t.yaml", YamlFile.Kind.TEMPLATE);
        Map<String, YamlNode> top = y.object(y.root, "title", "organisation", "goalsHeading");
        assertThat(y.string(top, "title")).isEqualTo("一覧");
        assertThat(y.string(top, "organisation")).isEqualTo("松本市");
        assertThat(y.problems()).extracting(SchemaProblem::key, SchemaProblem::line, p -> p.args().get(0))
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("schema.misspelt-key", 1, "titel"),
                        org.assertj.core.api.Assertions.tuple("schema.misspelt-key", 2, "Organisation"),
                        org.assertj.core.api.Assertions.tuple("schema.unknown-key", 3, "colour"));
        assertThat(say(JA, y.problems().get(0))).isEqualTo("「titel」というキーはありません。「title」の誤りではありませんか（残りは「title」として検査しました）");
    }

    @Test
    void aKeyIsNotTakenForOneTheMappingAlreadyHas() throws SchemaException {
        YamlFile y = YamlFile.parse("title: a\ntitel: b\n", "t.yaml", YamlFile.Kind.TEMPLATE);
        Map<String, YamlNode> top = y.object(y.root, "title");
        assertThat(y.string(top, "title")).isEqualTo("a");
        assertThat(y.problems()).singleElement().extracting(SchemaProblem::key).isEqualTo("schema.unknown-key");
    }

    @Test
    void nearestIsTheOneCloseCandidate() {
        List<String> keys = List.of("title", "organisation", "goalsHeading", "size", "file", "left", "top");
        assertThat(YamlFile.nearest("titel", keys)).isEqualTo("title");
        assertThat(YamlFile.nearest("organization", keys)).isEqualTo("organisation");
        assertThat(YamlFile.nearest("GoalsHeading", keys)).isEqualTo("goalsHeading");
        assertThat(YamlFile.nearest("sise", keys)).isEqualTo("size");
        assertThat(YamlFile.nearest("colour", keys)).isNull();
        // short words: one edit at most, and never when two candidates are as close
        assertThat(YamlFile.nearest("tp", keys)).isEqualTo("top");
        assertThat(YamlFile.nearest("fil", List.of("file", "fill"))).isNull();
        assertThat(YamlFile.nearest("abcd", List.of("wxyz"))).isNull();
    }

    // ---- merging

    @Test
    void aFileOverAnotherMergesMappingsKeyByKeyAndReplacesEverythingElse() throws SchemaException {
        YamlFile base = YamlFile.parse("""
                title: base
                organisation: null
                order: [a, b, c]
                page:
                  size: A4
                  margins: {top: 12, bottom: 12}
                font: {file: x.ttf, size: 8}
                """, "base.yaml", YamlFile.Kind.TEMPLATE);
        YamlFile over = YamlFile.parse("""
                organisation: 松本市
                order: [c]
                page:
                  margins: {top: 30}
                font:
                  file: null
                extra: 1
                """, "over.yaml", YamlFile.Kind.TEMPLATE).over(base);
        Map<String, YamlNode> top = over.root.map;
        assertThat(top.keySet()).containsExactly("title", "organisation", "order", "page", "font", "extra");
        assertThat(top.get("title").text).isEqualTo("base");
        assertThat(top.get("organisation").text).isEqualTo("松本市");
        assertThat(top.get("order").list).extracting(n -> n.text).containsExactly("c");
        assertThat(top.get("page").map.get("size").text).isEqualTo("A4");
        assertThat(top.get("page").map.get("margins").map).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().text)
                .containsExactly("top=30", "bottom=12");
        assertThat(top.get("font").map.get("file").isNull()).isTrue();
        assertThat(top.get("font").map.get("size").text).isEqualTo("8");
        // problems are the file's own, at its own lines
        over.add("/extra", "schema.unknown-key", "extra", "");
        assertThat(over.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("over.yaml");
            assertThat(p.line()).isEqualTo(7);
        });
    }

    @Test
    void anEmptySectionLeavesTheBaseMappingAsItIs() throws SchemaException {
        YamlFile base = YamlFile.parse("page: {size: A4}\ntitle: t\n", "b", YamlFile.Kind.TEMPLATE);
        YamlFile over = YamlFile.parse("page:\ntitle:\n", "o", YamlFile.Kind.TEMPLATE).over(base);
        assertThat(over.root.map.get("page").map.get("size").text).isEqualTo("A4");
        assertThat(over.root.map.get("title").isNull()).isTrue();
    }

    // ---- what is read as text

    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return file;
    }

    private static String readKey(Path file, YamlFile.Kind kind) {
        try {
            YamlFile.read(file, kind);
        } catch (SchemaException e) {
            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.line()).isZero());
            return e.problems().get(0).key();
        }
        return null;
    }

    @Test
    void workbooksAndOtherBinariesAreNamedForWhatTheyAre() throws IOException {
        assertThat(readKey(Path.of("samples/2025-09/政策企画部.xlsx"), YamlFile.Kind.SCHEMA)).isEqualTo("config.excel-workbook");
        assertThat(readKey(zip("book.xlsm", "[Content_Types].xml", "xl/workbook.xml"), YamlFile.Kind.SCHEMA))
                .isEqualTo("config.excel-workbook");
        assertThat(readKey(zip("letter.docx", "[Content_Types].xml", "word/document.xml"), YamlFile.Kind.SCHEMA))
                .isEqualTo("config.office-document");
        assertThat(readKey(zip("schema.zip", "schema.yaml"), YamlFile.Kind.SCHEMA)).isEqualTo("config.zip");
        assertThat(readKey(Path.of("samples/2025-09/上下水道局.xls"), YamlFile.Kind.TEMPLATE)).isEqualTo("config.ole2");
        assertThat(readKey(Path.of("samples/invalid/福祉部_パスワード付き.xlsx"), YamlFile.Kind.TEMPLATE)).isEqualTo("config.ole2");
        assertThat(readKey(Files.writeString(dir.resolve("a.pdf"), "%PDF-1.7\n%âãÏÓ\n"), YamlFile.Kind.TEMPLATE))
                .isEqualTo("config.pdf");
        byte[] binary = new byte[300];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37);
        }
        assertThat(readKey(Files.write(dir.resolve("a.bin"), binary), YamlFile.Kind.TEMPLATE)).isEqualTo("config.binary");
    }

    @Test
    void textInAnotherEncodingSaysWhichAndAsksForUtf8() throws IOException {
        String yaml = "organisation: 松本市\ntitle: 重点目標一覧表\n";
        assertThat(readKey(Files.write(dir.resolve("sjis.yaml"), yaml.getBytes(Charset.forName("windows-31j"))),
                YamlFile.Kind.TEMPLATE)).isEqualTo("config.shift-jis");
        assertThat(readKey(Files.write(dir.resolve("bom.yaml"), yaml.getBytes(StandardCharsets.UTF_16)),
                YamlFile.Kind.TEMPLATE)).isEqualTo("config.utf16");
        assertThat(readKey(Files.write(dir.resolve("le.yaml"), yaml.getBytes(StandardCharsets.UTF_16LE)),
                YamlFile.Kind.TEMPLATE)).isEqualTo("config.utf16");
        assertThat(readKey(Files.write(dir.resolve("latin.yaml"), new byte[] {'a', ':', ' ', (byte) 0xFF, (byte) 0xFE, '\n'}),
                YamlFile.Kind.TEMPLATE)).isEqualTo("schema.not-utf8");
        assertThat(readKey(Files.write(dir.resolve("utf8.yaml"), yaml.getBytes(StandardCharsets.UTF_8)),
                YamlFile.Kind.TEMPLATE)).isNull();
    }

    @Test
    void theWordingNamesTheKindOfFileAndWhatWasExpected() {
        SchemaProblem schema = new SchemaProblem("x.xlsx", 0, 0, "config.excel-workbook", List.of(0));
        SchemaProblem template = new SchemaProblem("x.xlsx", 0, 0, "config.excel-workbook", List.of(1));
        assertThat(say(JA, schema)).contains("Excel のブック", "スキーマのファイルではありません", "UTF-8 のテキストファイル（YAML）",
                "goalsheet schema show").doesNotContain("テンプレート");
        assertThat(say(JA, template)).contains("Excel のブック", "レポートテンプレートのファイルではありません",
                "goalsheet template show").doesNotContain("スキーマ");
        assertThat(say(EN, template)).isEqualTo("This file is an Excel workbook, not a report template file: a report "
                + "template is a UTF-8 text file (YAML), as \"goalsheet template show\" prints the built-in one");
    }

    @Test
    void aMissingFileIsUnreadableNotAStackTrace() {
        assertThatThrownBy(() -> YamlFile.read(dir.resolve("none.yaml"), YamlFile.Kind.SCHEMA))
                .isInstanceOfSatisfying(SchemaException.class, e -> {
                    assertThat(e.problems().get(0).key()).isEqualTo("schema.unreadable");
                    assertThat(say(JA, e.problems().get(0))).startsWith("スキーマのファイルを読めません（NoSuchFileException");
                });
    }
}
