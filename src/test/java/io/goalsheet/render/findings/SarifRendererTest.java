package io.goalsheet.render.findings;

import static io.goalsheet.render.findings.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The properties GitHub code scanning requires of an uploaded SARIF file ("SARIF support for code
 * scanning" in GitHub's docs, and the GitHub rules of Microsoft's SARIF multitool validator):
 * {@code $schema}, {@code version} 2.1.0 and {@code runs}; per run {@code tool.driver.name},
 * {@code tool.driver.rules} and {@code results}; per rule {@code id},
 * {@code shortDescription.text}, {@code fullDescription.text} and {@code help.text}; per result
 * {@code ruleId}, {@code message.text}, {@code partialFingerprints} and a non-empty
 * {@code locations} (at most 10) with {@code physicalLocation.artifactLocation.uri} and
 * {@code region.startLine}.
 */
class SarifRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode sarif(Locale locale) throws Exception {
        return MAPPER.readTree(render("sarif", locale));
    }

    @Test
    void hasEverythingGithubRequires() throws Exception {
        JsonNode log = sarif(Locale.JAPANESE);
        assertThat(log.path("$schema").asText())
                .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs").isArray()).isTrue();
        assertThat(log.path("runs")).hasSize(1);

        JsonNode run = log.path("runs").get(0);
        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.path("name").asText()).isEqualTo("goalsheet");
        assertThat(driver.path("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.has("informationUri")).as("no web address nobody has checked").isFalse();
        assertThat(driver.path("rules").isArray()).isTrue();
        assertThat(driver.path("rules")).hasSize(3);
        for (JsonNode rule : driver.path("rules")) {
            assertText(rule.path("id"));
            assertText(rule.path("name"));
            assertText(rule.at("/shortDescription/text"));
            assertText(rule.at("/fullDescription/text"));
            assertText(rule.at("/help/text"));
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning");
        }

        assertThat(run.path("results").isArray()).isTrue();
        assertThat(run.path("results")).hasSize(3);
        for (JsonNode result : run.path("results")) {
            assertText(result.path("ruleId"));
            assertThat(result.path("ruleIndex").isInt()).isTrue();
            assertThat(result.path("level").asText()).isIn("error", "warning");
            assertText(result.at("/message/text"));
            assertThat(result.path("locations").isArray()).isTrue();
            assertThat(result.path("locations").size()).isBetween(1, 10);
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertText(physical.at("/artifactLocation/uri"));
            assertThat(physical.at("/region/startLine").isInt()).isTrue();
            assertThat(physical.at("/region/startLine").intValue()).isPositive();
            assertThat(result.path("partialFingerprints").isObject()).isTrue();
            assertText(result.at("/partialFingerprints/goalsheet~1v1"));
        }
    }

    @Test
    void ruleIndexPointsAtTheMatchingRule() throws Exception {
        JsonNode run = sarif(Locale.JAPANESE).path("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).containsExactly("invalid-date", "sequence", "unreadable");
        for (JsonNode result : run.path("results")) {
            assertThat(rules.get(result.path("ruleIndex").intValue()).path("id").asText())
                    .isEqualTo(result.path("ruleId").asText());
        }
        assertThat(rules.get(0).at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rules.get(1).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(rules.get(0).at("/shortDescription/text").asText()).isEqualTo("存在しない日付です");
    }

    @Test
    void cellFindingLocation() throws Exception {
        JsonNode result = result(sarif(Locale.JAPANESE), "invalid-date");
        assertThat(result.path("level").asText()).isEqualTo("error");
        JsonNode physical = result.at("/locations/0/physicalLocation");
        assertThat(physical.at("/region/startLine").intValue()).isEqualTo(41);
        assertThat(physical.at("/region/startColumn").intValue()).isEqualTo(13);

        String uri = physical.at("/artifactLocation/uri").asText();
        assertThat(uri).startsWith("2025-09/%E6%94%BF%E7%AD%96%E4%BC%81%E7%94%BB%E9%83%A8")
                .matches("\\p{ASCII}+");
        assertThat(URI.create(uri).isAbsolute()).isFalse();
        assertThat(URI.create(uri).getPath()).isEqualTo(Fixtures.POLICY);

        assertThat(result.at("/message/text").asText())
                .isEqualTo("重点目標!M41: 「9月31日」は存在しない日付です（値: " + Fixtures.LINE_VALUE + "）");
        assertThat(result.at("/properties/sheet").asText()).isEqualTo("重点目標");
        assertThat(result.at("/properties/cell").asText()).isEqualTo("M41");
        assertThat(result.at("/properties/field").asText()).isEqualTo("progress");
        assertThat(result.at("/properties/value").asText()).isEqualTo(Fixtures.LINE_VALUE);
    }

    @Test
    void warningAndEnglishMessage() throws Exception {
        JsonNode log = sarif(Locale.ENGLISH);
        JsonNode result = result(log, "sequence");
        assertThat(result.path("level").asText()).isEqualTo("warning");
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").intValue()).isEqualTo(4);
        assertThat(result.at("/message/text").asText())
                .isEqualTo("重点目標!D45: Initiative numbers go from ① to ③, skipping ② (value: ③)");
        assertThat(log.at("/runs/0/tool/driver/rules/1/shortDescription/text").asText())
                .isEqualTo("Numbering skips or goes back");
    }

    @Test
    void fileLevelFindingPointsAtLineOneOfTheFile() throws Exception {
        JsonNode result = result(sarif(Locale.JAPANESE), "unreadable");
        JsonNode physical = result.at("/locations/0/physicalLocation");
        assertThat(URI.create(physical.at("/artifactLocation/uri").asText()).getPath())
                .isEqualTo(Fixtures.CIVIC);
        assertThat(physical.at("/region/startLine").intValue()).isEqualTo(1);
        assertThat(physical.path("region").has("startColumn")).isFalse();
        assertThat(result.at("/message/text").asText())
                .isEqualTo("ファイルを開けません。壊れているか、Excel ブックではありません");
        assertThat(result.path("properties").size()).isZero();
    }

    @Test
    void fingerprintsAreStableAndDistinct() throws Exception {
        Set<String> prints = new HashSet<>();
        for (JsonNode result : sarif(Locale.JAPANESE).at("/runs/0/results")) {
            prints.add(result.at("/partialFingerprints/goalsheet~1v1").asText());
        }
        assertThat(prints).hasSize(3).allMatch(p -> p.matches("[0-9a-f]{64}"));
        Set<String> again = new HashSet<>();
        for (JsonNode result : sarif(Locale.ENGLISH).at("/runs/0/results")) {
            again.add(result.at("/partialFingerprints/goalsheet~1v1").asText());
        }
        assertThat(again).as("the language of the message does not change the fingerprint")
                .isEqualTo(prints);
    }

    @Test
    void noVersionWhenUnknown() throws Exception {
        RenderContext ctx = new RenderContext(Locale.ENGLISH, false, false, false, null);
        JsonNode log = MAPPER.readTree(render("sarif", Fixtures.report(Locale.ENGLISH, false), ctx));
        assertThat(log.at("/runs/0/tool/driver").has("version")).isFalse();
        assertThat(log.at("/runs/0/tool/driver/name").asText()).isEqualTo("goalsheet");
    }

    @Test
    void emptyRunStillHasRulesAndResults() throws Exception {
        JsonNode log = MAPPER.readTree(render("sarif",
                new io.goalsheet.model.ValidationReport("priority-goals", List.of(), false),
                Fixtures.context(Locale.ENGLISH)));
        assertThat(log.at("/runs/0/tool/driver/rules").isArray()).isTrue();
        assertThat(log.at("/runs/0/results").isArray()).isTrue();
    }

    private static JsonNode result(JsonNode log, String ruleId) {
        for (JsonNode result : log.at("/runs/0/results")) {
            if (result.path("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }

    private static void assertText(JsonNode node) {
        assertThat(node.isTextual()).as("%s is text", node).isTrue();
        assertThat(node.asText()).isNotBlank();
    }
}
