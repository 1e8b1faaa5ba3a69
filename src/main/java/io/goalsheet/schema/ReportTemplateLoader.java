package io.goalsheet.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks a report template, with the same line/column errors as schemas. */
public final class ReportTemplateLoader {

    public static final String BUILT_IN_RESOURCE = "/io/goalsheet/priority-goals.report.yaml";

    private ReportTemplateLoader() {}

    public static String builtInText() {
        try (InputStream in = ReportTemplateLoader.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in report template missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportTemplate loadBuiltIn() {
        try {
            return parse(builtInText(), "priority-goals.report.yaml", null);
        } catch (SchemaException e) {
            throw new IllegalStateException("the built-in report template is invalid: " + e.getMessage(), e);
        }
    }

    public static ReportTemplate load(Path file) throws SchemaException {
        return parse(YamlFile.read(file, YamlFile.Kind.TEMPLATE), file.toString(), file.toAbsolutePath().getParent());
    }

    /** @param dir where a relative font path is resolved; null for the built-in template */
    /** A number in a mapping of numbers; text there is left out (and reported as out of range by the caller). */
    private static Double number(YamlNode v) {
        try {
            return Double.valueOf(v.text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static ReportTemplate parse(String text, String file, Path dir) throws SchemaException {
        YamlFile yaml = YamlFile.parse(text, file, YamlFile.Kind.TEMPLATE);
        Map<String, YamlNode> top = yaml.object(yaml.root, "title", "organisation", "goalsHeading", "departmentOrder",
                "onTrack", "page", "columns", "font");
        Map<String, YamlNode> pageNode = yaml.object(top.get("page"), "size", "orientation", "marginsMm");
        Map<String, YamlNode> fontNode = yaml.object(top.get("font"), "file", "size");
        String title = yaml.string(top, "title");
        List<SchemaProblem> problems = yaml.problems();
        if (title == null || title.isBlank()) {
            problems.add(yaml.problem("/title", "schema.missing-key", "title"));
        }
        List<String> listed = yaml.strings(top, "departmentOrder");
        List<String> order = listed == null ? List.of() : listed;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            if (!seen.add(order.get(i))) {
                problems.add(yaml.problem("/departmentOrder/" + i, "schema.duplicate-name", order.get(i)));
            }
        }
        Double onTrack = null;
        YamlNode ot = top.get("onTrack");
        if (ot != null && !ot.isNull() && !(ot.kind == YamlNode.Kind.SCALAR && ot.text.equals("elapsed"))) {
            Double value = ot.kind == YamlNode.Kind.SCALAR && ot.numeric ? Double.valueOf(ot.text) : null;
            if (value != null && value >= 0 && value <= 200) {
                onTrack = value;
            } else {
                problems.add(yaml.problem("/onTrack", "schema.unknown-value", "onTrack", String.valueOf(ot.text),
                        "elapsed, 0–200"));
            }
        }
        String size = yaml.string(pageNode, "size");
        size = size == null ? "A4" : size;
        if (!size.equals("A4") && !size.equals("A3")) {
            problems.add(yaml.problem("/page/size", "schema.unknown-value", "size", size, "A4, A3"));
        }
        String orientation = yaml.string(pageNode, "orientation");
        orientation = orientation == null ? "landscape" : orientation;
        if (!orientation.equals("landscape") && !orientation.equals("portrait")) {
            problems.add(yaml.problem("/page/orientation", "schema.unknown-value", "orientation", orientation,
                    "landscape, portrait"));
        }
        Map<String, Double> margins = yaml.scalars(pageNode, "marginsMm", ReportTemplateLoader::number);
        Map<String, Double> m = margins == null ? Map.of() : margins;
        for (Map.Entry<String, Double> e : m.entrySet()) {
            if (!Set.of("top", "bottom", "left", "right").contains(e.getKey())) {
                problems.add(yaml.problem("/page/marginsMm/" + e.getKey(), "schema.unknown-key", e.getKey(),
                        "bottom, left, right, top"));
            } else if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 60) {
                problems.add(yaml.problem("/page/marginsMm/" + e.getKey(), "schema.out-of-range", e.getKey(),
                        e.getValue(), 0, 60));
            }
        }
        Map<String, Double> columns = yaml.scalars(top, "columns", ReportTemplateLoader::number);
        Map<String, Double> c = columns == null ? Map.of() : columns;
        for (Map.Entry<String, Double> e : c.entrySet()) {
            if (!Set.of("goal", "initiative", "target", "progress").contains(e.getKey())) {
                problems.add(yaml.problem("/columns/" + e.getKey(), "schema.unknown-key", e.getKey(),
                        "goal, initiative, progress, target"));
            } else if (e.getValue() == null || e.getValue() <= 0 || e.getValue() > 100) {
                problems.add(yaml.problem("/columns/" + e.getKey(), "schema.out-of-range", e.getKey(), e.getValue(), 1, 100));
            }
        }
        String fontFile = yaml.string(fontNode, "file");
        Double fontSizeGiven = yaml.number(fontNode, "size");
        Path font = null;
        if (fontFile != null) {
            font = dir == null ? Path.of(fontFile) : dir.resolve(fontFile);
            if (!Files.isRegularFile(font)) {
                problems.add(yaml.problem("/font/file", "template.font-unreadable", font));
            }
        }
        double fontSize = fontSizeGiven == null ? 8.5 : fontSizeGiven;
        if (fontSize < 4 || fontSize > 24) {
            problems.add(yaml.problem("/font/size", "schema.out-of-range", "size", fontSize, 4, 24));
        }
        String organisation = yaml.string(top, "organisation");
        String goalsHeading = yaml.string(top, "goalsHeading");
        if (!problems.isEmpty()) {
            throw new SchemaException(problems);
        }
        return new ReportTemplate(title, organisation == null ? "" : organisation,
                goalsHeading == null ? "【{fiscalYear}重点目標】" : goalsHeading, order, onTrack,
                new ReportTemplate.Page(size, orientation.equals("landscape"), m.getOrDefault("top", 12.0),
                        m.getOrDefault("bottom", 12.0), m.getOrDefault("left", 10.0), m.getOrDefault("right", 10.0)),
                new ReportTemplate.Columns(c.getOrDefault("goal", 22.0), c.getOrDefault("initiative", 28.0),
                        c.getOrDefault("target", 24.0), c.getOrDefault("progress", 26.0)),
                font, fontSize);
    }
}
