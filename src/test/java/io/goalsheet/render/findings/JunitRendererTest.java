package io.goalsheet.render.findings;

import static io.goalsheet.render.findings.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Severity;
import io.goalsheet.model.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitRendererTest {

    @Test
    void aSuitePerFileAndACasePerCode() throws Exception {
        Element root = parse(render("junit", Locale.JAPANESE));
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertCounts(root, 4, 1 + 1);

        List<Element> suites = children(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name"))
                .containsExactly(Fixtures.CIVIC, Fixtures.POLICY, Fixtures.GENERAL);
        assertCounts(suites.get(0), 1, 1);
        assertCounts(suites.get(1), 2, 1);
        assertCounts(suites.get(2), 1, 0);

        List<Element> policy = children(suites.get(1), "testcase");
        assertThat(policy).extracting(c -> c.getAttribute("name"))
                .containsExactly("invalid-date", "sequence");
        assertThat(policy).extracting(c -> c.getAttribute("classname"))
                .containsOnly(Fixtures.POLICY);

        Element failure = children(policy.get(0), "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("invalid-date");
        assertThat(failure.getAttribute("message")).isEqualTo("存在しない日付です（1 件）");
        assertThat(failure.getTextContent())
                .contains("エラー 2025-09/政策企画部.xlsx:重点目標!M41: 「9月31日」は存在しない日付です")
                .contains("値: " + Fixtures.LINE_VALUE);

        assertThat(children(policy.get(1), "failure")).isEmpty();
        assertThat(children(policy.get(1), "system-out").get(0).getTextContent())
                .contains("警告 2025-09/政策企画部.xlsx:重点目標!D45").contains("値: ③");

        List<Element> valid = children(suites.get(2), "testcase");
        assertThat(valid).extracting(c -> c.getAttribute("name")).containsExactly("valid");
        assertThat(valid.get(0).getChildNodes().getLength()).isZero();

        Element unreadable = children(children(suites.get(0), "testcase").get(0), "failure").get(0);
        assertThat(unreadable.getAttribute("type")).isEqualTo("unreadable");
        assertThat(unreadable.getTextContent()).contains("エラー 2025-09/市民生活部.xlsx: ");
    }

    @Test
    void warningsFailOnlyWhenStrict() throws Exception {
        RenderContext strict = new RenderContext(Locale.ENGLISH, false, true, false, null);
        Element root = parse(render("junit", Fixtures.report(Locale.ENGLISH, true), strict));
        assertCounts(root, 4, 3);
        Element sequence = children(children(root, "testsuite").get(1), "testcase").get(1);
        Element failure = children(sequence, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("sequence");
        assertThat(failure.getAttribute("message"))
                .isEqualTo("Numbering skips or goes back (1 finding)");
        assertThat(failure.getTextContent()).contains("warning 2025-09/政策企画部.xlsx:重点目標!D45");
    }

    @Test
    void allFindingsOfACodeInOneCase() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int row = 10; row <= 12; row++) {
            findings.add(new Finding(Severity.ERROR, "required", "a.xlsx", "重点目標", "N" + row,
                    row, "N", "progress", null, "「進捗状況」が入力されていません"));
        }
        ValidationReport report = new ValidationReport("priority-goals",
                List.of(new FileResult("a.xlsx", "総務部", findings)), false);
        Element root = parse(render("junit", report, Fixtures.context(Locale.ENGLISH)));
        assertCounts(root, 1, 1);
        Element failure = (Element) root.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("Required value missing (3 findings)");
        assertThat(failure.getTextContent()).contains("重点目標!N10", "重点目標!N11", "重点目標!N12");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndMarkupEscaped() throws Exception {
        String value = "a\u0001<b>&\"c\uFFFE\uD800d\u000B😀";
        Finding f = new Finding(Severity.ERROR, "type", "x&<y>\".xlsx", "重点目標", "K9", 9, "K",
                "actual", value, "数値ではありません <&>");
        ValidationReport report = new ValidationReport("priority-goals",
                List.of(new FileResult("x&<y>\".xlsx", null, List.of(f))), false);
        String xml = render("junit", report, Fixtures.context(Locale.JAPANESE));
        Element root = parse(xml);
        Element suite = children(root, "testsuite").get(0);
        assertThat(suite.getAttribute("name")).isEqualTo("x&<y>\".xlsx");
        assertThat(root.getElementsByTagName("failure").item(0).getTextContent())
                .contains("値: a<b>&\"cd😀")
                .contains("数値ではありません <&>");
    }

    private static void assertCounts(Element e, int tests, int failures) {
        assertThat(e.getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(e.getAttribute("failures")).isEqualTo(Integer.toString(failures));
        assertThat(e.getAttribute("errors")).isEqualTo("0");
        assertThat(e.getAttribute("skipped")).isEqualTo("0");
    }

    static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return doc.getDocumentElement();
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                result.add(e);
            }
        }
        return result;
    }
}
