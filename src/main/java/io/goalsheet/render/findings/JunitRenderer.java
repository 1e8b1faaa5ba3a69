package io.goalsheet.render.findings;

import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * For CI test reports: {@code <testsuites>} with a {@code <testsuite>} per file and a
 * {@code <testcase>} per finding code (a passing case "valid" for a file without findings). A
 * case fails when it holds an error, or a warning under {@code --strict}; otherwise its warnings
 * are listed in {@code <system-out>}. Written in {@code end}, since {@code <testsuites>} carries
 * the totals.
 */
public final class JunitRenderer extends AbstractFindingsRenderer {

    public static final String NAME = "junit";

    private record Case(String name, String failure, String body) {}

    private record Suite(String file, List<Case> cases) {
        long failures() {
            return cases.stream().filter(c -> c.failure() != null).count();
        }
    }

    private final List<Suite> suites = new ArrayList<>();

    public JunitRenderer(Writer out, RenderContext ctx) {
        super(out, ctx);
    }

    @Override
    protected void onFile(FileResult result) {
        List<Case> cases = new ArrayList<>();
        Map<String, List<Finding>> byCode = result.findings().stream().collect(
                Collectors.groupingBy(Finding::code, LinkedHashMap::new, Collectors.toList()));
        byCode.forEach((code, findings) -> {
            String body = findings.stream().map(f -> entry(result, f))
                    .collect(Collectors.joining("\n", "\n", "\n"));
            boolean fails = ctx.strict() || findings.stream().anyMatch(Finding::isError);
            String failure = fails ? texts.label("junit.failure", texts.title(code), findings.size()) : null;
            cases.add(new Case(code, failure, body));
        });
        if (cases.isEmpty()) {
            cases.add(new Case("valid", null, null));
        }
        suites.add(new Suite(result.file(), cases));
    }

    @Override
    protected void onEnd(ValidationReport.Summary summary) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "goalsheet");
            counts(xml, suites.stream().mapToLong(s -> s.cases().size()).sum(),
                    suites.stream().mapToLong(Suite::failures).sum());
            for (Suite suite : suites) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", attribute(suite.file()));
                counts(xml, suite.cases().size(), suite.failures());
                for (Case c : suite.cases()) {
                    xml.writeCharacters("\n    ");
                    testcase(xml, suite.file(), c);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private void testcase(XMLStreamWriter xml, String file, Case c) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", attribute(file));
        xml.writeAttribute("name", attribute(c.name()));
        if (c.failure() != null) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", attribute(c.failure()));
            xml.writeAttribute("type", attribute(c.name()));
            xml.writeCharacters(Clean.xml(c.body()));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        } else if (c.body() != null) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(Clean.xml(c.body()));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, long tests, long failures)
            throws XMLStreamException {
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
    }

    /** One finding as a line or two: severity, location, message, then the value. */
    private String entry(FileResult result, Finding f) {
        String word = texts.label(f.isError() ? "severity.error" : "severity.warning");
        String text = word + " " + Places.location(result, f, texts.japanese()) + ": " + f.message();
        return f.value() == null ? text : text + "\n  " + texts.label("value", f.value());
    }

    /** Attribute text: legal XML characters on one line (parsers would fold line breaks anyway). */
    private static String attribute(String s) {
        return Clean.xml(Clean.line(s));
    }
}
