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

/**
 * Reads and checks a report template, with the same line/column errors as schemas. A user's
 * template is read over the built-in one: it names only what it changes (a one-line
 * {@code organisation: 松本市} is a whole template), mappings merge key by key and lists replace.
 */
public final class ReportTemplateLoader {

    public static final String BUILT_IN_RESOURCE = "/io/goalsheet/priority-goals.report.yaml";
    public static final String BUILT_IN_NAME = "priority-goals.report.yaml";

    private static final String[] TOP = {"title", "organisation", "goalsHeading", "departmentOrder", "onTrack", "page",
        "columns", "font"};
    private static final String[] MARGINS = {"top", "bottom", "left", "right"};
    private static final String[] COLUMNS = {"goal", "initiative", "target", "progress"};

    private ReportTemplateLoader() {}

    /** The text of the built-in template, as {@code goalsheet template show} prints it. */
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
            return bind(builtIn(), null);
        } catch (SchemaException e) {
            throw new IllegalStateException("the built-in report template is invalid: " + e.getMessage(), e);
        }
    }

    private static YamlFile builtIn() {
        try {
            return YamlFile.parse(builtInText(), BUILT_IN_NAME, YamlFile.Kind.TEMPLATE);
        } catch (SchemaException e) {
            throw new IllegalStateException("the built-in report template is invalid: " + e.getMessage(), e);
        }
    }

    /** A user's template file over the built-in template; any problem is a SchemaException. */
    public static ReportTemplate load(Path file) throws SchemaException {
        return parse(YamlFile.read(file, YamlFile.Kind.TEMPLATE), file.toString(), file.toAbsolutePath().getParent());
    }

    /** @param dir where a relative font path is resolved */
    static ReportTemplate parse(String text, String file, Path dir) throws SchemaException {
        return bind(YamlFile.parse(text, file, YamlFile.Kind.TEMPLATE).over(builtIn()), dir);
    }

    /** A number in a mapping of numbers, or null after reporting what is wrong with it. */
    private static Double number(YamlFile yaml, Map<String, YamlNode> map, String key, String at) {
        if (map == null) {
            return null; // the mapping itself was reported
        }
        YamlNode n = map.get(key);
        if (n == null || n.isNull()) {
            yaml.add(at, "template.empty-value", key);
            return null;
        }
        return yaml.number(map, key);
    }

    /** A text the template must have: a user's template may change it, not remove it. */
    private static String text(YamlFile yaml, Map<String, YamlNode> map, String key, String at) {
        if (map == null) {
            return null;
        }
        YamlNode n = map.get(key);
        if (n == null || n.isNull() || (n.kind == YamlNode.Kind.SCALAR && n.text.isBlank())) {
            yaml.add(at, "template.empty-value", key);
            return null;
        }
        return yaml.string(map, key);
    }

    private static void range(YamlFile yaml, Double value, String key, String at, double min, double max) {
        if (value != null && (value < min || value > max)) {
            yaml.add(at, "schema.out-of-range", key, value, min, max);
        }
    }

    /** Binds a whole template: the built-in one, or a user's merged over it (so every key is there). */
    private static ReportTemplate bind(YamlFile yaml, Path dir) throws SchemaException {
        Map<String, YamlNode> top = yaml.object(yaml.root, TOP);
        Map<String, YamlNode> pageNode = yaml.object(top.get("page"), "size", "orientation", "marginsMm");
        Map<String, YamlNode> margins = pageNode == null ? null : yaml.object(pageNode.get("marginsMm"), MARGINS);
        Map<String, YamlNode> columns = yaml.object(top.get("columns"), COLUMNS);
        Map<String, YamlNode> fontNode = yaml.object(top.get("font"), "file", "size");

        String title = text(yaml, top, "title", "/title");
        String goalsHeading = text(yaml, top, "goalsHeading", "/goalsHeading");
        String organisation = yaml.string(top, "organisation");
        List<String> listed = yaml.strings(top, "departmentOrder");
        List<String> order = listed == null ? List.of() : listed;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            if (!seen.add(order.get(i))) {
                yaml.add("/departmentOrder/" + i, "schema.duplicate-name", order.get(i));
            }
        }
        Double onTrack = null;
        YamlNode ot = top.get("onTrack");
        if (ot != null && !ot.isNull() && !(ot.kind == YamlNode.Kind.SCALAR && ot.text.equals("elapsed"))) {
            Double value = ot.kind == YamlNode.Kind.SCALAR && ot.numeric ? Double.valueOf(ot.text) : null;
            if (value != null && value >= 0 && value <= 200) {
                onTrack = value;
            } else {
                yaml.add("/onTrack", "schema.unknown-value", "onTrack", String.valueOf(ot.text), "elapsed, 0–200");
            }
        }

        String size = text(yaml, pageNode, "size", "/page/size");
        if (size != null && !size.equals("A4") && !size.equals("A3")) {
            yaml.add("/page/size", "schema.unknown-value", "size", size, "A4, A3");
        }
        String orientation = text(yaml, pageNode, "orientation", "/page/orientation");
        if (orientation != null && !orientation.equals("landscape") && !orientation.equals("portrait")) {
            yaml.add("/page/orientation", "schema.unknown-value", "orientation", orientation, "landscape, portrait");
        }
        double[] m = new double[MARGINS.length];
        for (int i = 0; i < MARGINS.length; i++) {
            String at = "/page/marginsMm/" + MARGINS[i];
            Double v = number(yaml, margins, MARGINS[i], at);
            range(yaml, v, MARGINS[i], at, 0, 60);
            m[i] = v == null ? Double.NaN : v;
        }
        double[] c = new double[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            String at = "/columns/" + COLUMNS[i];
            Double v = number(yaml, columns, COLUMNS[i], at);
            if (v != null && v <= 0) {
                // a relative width: any positive number (0.22 as well as 22), never nothing
                yaml.add(at, "schema.out-of-range", COLUMNS[i], v, 1, 100);
            } else {
                range(yaml, v, COLUMNS[i], at, 0, 100);
            }
            c[i] = v == null ? Double.NaN : v;
        }

        String fontFile = yaml.string(fontNode, "file");
        Path font = null;
        if (fontFile != null) {
            font = dir == null ? Path.of(fontFile) : dir.resolve(fontFile);
            if (!Files.isRegularFile(font)) {
                yaml.add("/font/file", "template.font-unreadable", font);
            }
        }
        Double fontSize = number(yaml, fontNode, "size", "/font/size");
        range(yaml, fontSize, "size", "/font/size", 4, 24);

        if (!yaml.problems().isEmpty()) {
            List<SchemaProblem> problems = new java.util.ArrayList<>(yaml.problems());
            problems.sort(java.util.Comparator.comparingInt(SchemaProblem::line).thenComparingInt(SchemaProblem::column));
            throw new SchemaException(problems);
        }
        return new ReportTemplate(title, organisation, goalsHeading, order, onTrack,
                new ReportTemplate.Page(size, orientation.equals("landscape"), m[0], m[1], m[2], m[3]),
                new ReportTemplate.Columns(c[0], c[1], c[2], c[3]), font, fontSize);
    }
}
