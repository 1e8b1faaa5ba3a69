package io.goalsheet.render.findings;

import static io.goalsheet.render.findings.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Severity;
import io.goalsheet.model.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String EXPECTED = """
            {
              "schema": "priority-goals",
              "files": [
                {
                  "file": "2025-09/市民生活部.xlsx",
                  "valid": false,
                  "department": null,
                  "findings": [
                    {"severity": "error", "code": "unreadable", "sheet": null, "cell": null,
                     "row": null, "column": null, "line": null, "field": null, "value": null,
                     "message": "ファイルを開けません。壊れているか、Excel ブックではありません"}
                  ]
                },
                {
                  "file": "2025-09/政策企画部.xlsx",
                  "valid": false,
                  "department": "政策企画部",
                  "findings": [
                    {"severity": "error", "code": "invalid-date", "sheet": "重点目標",
                     "cell": "M41", "row": 41, "column": "M", "line": null, "field": "progress",
                     "value": "LINE友だち登録者数 17,913人→19,175人（9月31日現在）",
                     "message": "「9月31日」は存在しない日付です"},
                    {"severity": "warning", "code": "sequence", "sheet": "重点目標",
                     "cell": "D45", "row": 45, "column": "D", "line": null, "field": "initiativeNo",
                     "value": "③", "message": "取組番号が②を飛ばして①から③になっています"}
                  ]
                },
                {
                  "file": "2025-09/総務部.xlsx",
                  "valid": true,
                  "department": "総務部",
                  "findings": []
                }
              ],
              "summary": {"files": 3, "valid": 1, "invalid": 2, "errors": 2, "warnings": 1}
            }
            """;

    @Test
    void matchesTheProductShape() throws Exception {
        JsonNode actual = MAPPER.readTree(render("json", Locale.JAPANESE));
        assertThat(actual).isEqualTo(MAPPER.readTree(EXPECTED));
    }

    @Test
    void keysInTheDocumentedOrder() throws Exception {
        JsonNode root = MAPPER.readTree(render("json", Locale.JAPANESE));
        assertThat(names(root)).containsExactly("schema", "files", "summary");
        JsonNode file = root.get("files").get(1);
        assertThat(names(file)).containsExactly("file", "valid", "department", "findings");
        assertThat(names(file.get("findings").get(0))).containsExactly("severity", "code",
                "sheet", "cell", "row", "column", "line", "field", "value", "message");
        assertThat(names(root.get("summary")))
                .containsExactly("files", "valid", "invalid", "errors", "warnings");
    }

    @Test
    void prettyPrintedWithCharactersAsTheyAre() {
        String out = render("json", Locale.JAPANESE);
        assertThat(out)
                .startsWith("{\n  \"schema\": \"priority-goals\",\n  \"files\": [\n")
                .contains("\"value\": \"LINE友だち登録者数 17,913人→19,175人（9月31日現在）\"")
                .doesNotContain("\\u")
                .doesNotContain("\r")
                .endsWith("}\n");
    }

    @Test
    void validFollowsStrict() throws Exception {
        Finding warning = new Finding(Severity.WARNING, "out-of-period", "a.xlsx", "重点目標",
                "M8", 8, "M", "progress", "令和8年4月1日", "対象年度外の日付です");
        List<FileResult> files = List.of(new FileResult("a.xlsx", "総務部", List.of(warning)));
        RenderContext lenient = new RenderContext(Locale.JAPANESE, false, false, false, null);
        RenderContext strict = new RenderContext(Locale.JAPANESE, false, true, false, null);
        JsonNode a = MAPPER.readTree(render("json",
                new ValidationReport("priority-goals", files, false), lenient));
        JsonNode b = MAPPER.readTree(render("json",
                new ValidationReport("priority-goals", files, true), strict));
        assertThat(a.at("/files/0/valid").booleanValue()).isTrue();
        assertThat(a.at("/summary/valid").intValue()).isEqualTo(1);
        assertThat(b.at("/files/0/valid").booleanValue()).isFalse();
        assertThat(b.at("/summary/invalid").intValue()).isEqualTo(1);
    }

    @Test
    void controlCharactersAreEscapedNotLost() throws Exception {
        Finding f = new Finding(Severity.ERROR, "type", "a.xlsx", "重点目標", "K9", 9, "K",
                "actual", "12\n\u001B\"34", "数値ではありません");
        ValidationReport report = new ValidationReport("priority-goals",
                List.of(new FileResult("a.xlsx", null, List.of(f))), false);
        JsonNode root = MAPPER.readTree(render("json", report, Fixtures.context(Locale.JAPANESE)));
        assertThat(root.at("/files/0/findings/0/value").textValue()).isEqualTo("12\n\u001B\"34");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
