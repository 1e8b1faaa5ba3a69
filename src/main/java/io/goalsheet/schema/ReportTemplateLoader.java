package io.goalsheet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks a report template, with the same line/column errors as schemas. */
public final class ReportTemplateLoader {

    public static final String BUILT_IN_RESOURCE = "/io/goalsheet/priority-goals.report.yaml";

    private ReportTemplateLoader() {}

    record Doc(String title, String organisation, String goalsHeading, List<String> departmentOrder, JsonNode onTrack,
               PageDoc page, Map<String, Double> columns, FontDoc font) {}

    record PageDoc(String size, String orientation, Map<String, Double> marginsMm) {}

    record FontDoc(String file, Double size) {}

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
        return parse(YamlFile.read(file), file.toString(), file.toAbsolutePath().getParent());
    }

    /** @param dir where a relative font path is resolved; null for the built-in template */
    static ReportTemplate parse(String text, String file, Path dir) throws SchemaException {
        YamlFile<Doc> yaml = YamlFile.bind(text, file, Doc.class);
        Doc d = yaml.document;
        List<SchemaProblem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            problems.add(yaml.problem("/title", "schema.missing-key", "title"));
        }
        List<String> order = d.departmentOrder() == null ? List.of() : d.departmentOrder();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            if (!seen.add(order.get(i))) {
                problems.add(yaml.problem("/departmentOrder/" + i, "schema.duplicate-name", order.get(i)));
            }
        }
        Double onTrack = null;
        JsonNode ot = d.onTrack();
        if (ot != null && !(ot.isTextual() && ot.asText().equals("elapsed"))) {
            if (ot.isNumber() && ot.asDouble() >= 0 && ot.asDouble() <= 200) {
                onTrack = ot.asDouble();
            } else {
                problems.add(yaml.problem("/onTrack", "schema.unknown-value", "onTrack", ot.asText(), "elapsed, 0–200"));
            }
        }
        PageDoc p = d.page() == null ? new PageDoc(null, null, null) : d.page();
        String size = p.size() == null ? "A4" : p.size();
        if (!size.equals("A4") && !size.equals("A3")) {
            problems.add(yaml.problem("/page/size", "schema.unknown-value", "size", size, "A4, A3"));
        }
        String orientation = p.orientation() == null ? "landscape" : p.orientation();
        if (!orientation.equals("landscape") && !orientation.equals("portrait")) {
            problems.add(yaml.problem("/page/orientation", "schema.unknown-value", "orientation", orientation,
                    "landscape, portrait"));
        }
        Map<String, Double> m = p.marginsMm() == null ? Map.of() : p.marginsMm();
        for (Map.Entry<String, Double> e : m.entrySet()) {
            if (!Set.of("top", "bottom", "left", "right").contains(e.getKey())) {
                problems.add(yaml.problem("/page/marginsMm/" + e.getKey(), "schema.unknown-key", e.getKey(),
                        "bottom, left, right, top"));
            } else if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 60) {
                problems.add(yaml.problem("/page/marginsMm/" + e.getKey(), "schema.out-of-range", e.getKey(),
                        e.getValue(), 0, 60));
            }
        }
        Map<String, Double> c = d.columns() == null ? Map.of() : d.columns();
        for (Map.Entry<String, Double> e : c.entrySet()) {
            if (!Set.of("goal", "initiative", "target", "progress").contains(e.getKey())) {
                problems.add(yaml.problem("/columns/" + e.getKey(), "schema.unknown-key", e.getKey(),
                        "goal, initiative, progress, target"));
            } else if (e.getValue() == null || e.getValue() <= 0 || e.getValue() > 100) {
                problems.add(yaml.problem("/columns/" + e.getKey(), "schema.out-of-range", e.getKey(), e.getValue(), 1, 100));
            }
        }
        FontDoc f = d.font() == null ? new FontDoc(null, null) : d.font();
        Path font = null;
        if (f.file() != null) {
            font = dir == null ? Path.of(f.file()) : dir.resolve(f.file());
            if (!Files.isRegularFile(font)) {
                problems.add(yaml.problem("/font/file", "schema.unreadable", font));
            }
        }
        double fontSize = f.size() == null ? 8.5 : f.size();
        if (fontSize < 4 || fontSize > 24) {
            problems.add(yaml.problem("/font/size", "schema.out-of-range", "size", fontSize, 4, 24));
        }
        if (!problems.isEmpty()) {
            throw new SchemaException(problems);
        }
        return new ReportTemplate(d.title(), d.organisation() == null ? "" : d.organisation(),
                d.goalsHeading() == null ? "【{fiscalYear}重点目標】" : d.goalsHeading(), order, onTrack,
                new ReportTemplate.Page(size, orientation.equals("landscape"), m.getOrDefault("top", 12.0),
                        m.getOrDefault("bottom", 12.0), m.getOrDefault("left", 10.0), m.getOrDefault("right", 10.0)),
                new ReportTemplate.Columns(c.getOrDefault("goal", 22.0), c.getOrDefault("initiative", 28.0),
                        c.getOrDefault("target", 24.0), c.getOrDefault("progress", 26.0)),
                font, fontSize);
    }
}
