package io.goalsheet.schema;

import io.goalsheet.schema.SchemaDocument.ConstraintsDoc;
import io.goalsheet.schema.SchemaDocument.DerivedDoc;
import io.goalsheet.schema.SchemaDocument.FieldDoc;
import io.goalsheet.schema.SchemaDocument.GroupDoc;
import io.goalsheet.schema.SchemaDocument.MetadataDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a schema YAML file (see {@link YamlFile}) and checks it whole: every problem is reported with its
 * line and column, found by mapping the JSON pointer of the offending value back to where the
 * YAML parser saw it.
 */
public final class SchemaLoader {

    /** The built-in schema inside the jar (also at templates/ in the repository). */
    public static final String BUILT_IN_RESOURCE = "/io/goalsheet/priority-goals.schema.yaml";
    public static final String BUILT_IN_NAME = "priority-goals.schema.yaml";

    private static final Set<String> RULES = Set.of("progress");

    private SchemaLoader() {}

    /** The text of the built-in schema, as {@code goalsheet schema show} prints it. */
    public static String builtInText() {
        return new String(builtInBytes(), StandardCharsets.UTF_8);
    }

    private static byte[] builtInBytes() {
        // through the module, which looks on the class path only (the class loader asks the JDK's modules first)
        try (InputStream in = SchemaLoader.class.getModule().getResourceAsStream(BUILT_IN_RESOURCE.substring(1))) {
            if (in == null) {
                throw new IllegalStateException("built-in schema missing from the jar: " + BUILT_IN_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Schema loadBuiltIn() {
        return loadBuiltIn(builtInBytes());
    }

    /** The built-in schema from its file's bytes: made in code when they are those it was generated from, else parsed. */
    static Schema loadBuiltIn(byte[] yaml) {
        Schema generated = BuiltInSchema.of(yaml);
        if (generated != null) {
            return generated;
        }
        try {
            return parse(new String(yaml, StandardCharsets.UTF_8), BUILT_IN_NAME);
        } catch (SchemaException e) {
            throw new IllegalStateException("the built-in schema is invalid: " + e.getMessage(), e);
        }
    }

    /** Loads a user's schema file; any problem (unreadable, not UTF-8, bad YAML, bad content) is a SchemaException. */
    public static Schema load(Path file) throws SchemaException {
        return parse(YamlFile.read(file, YamlFile.Kind.SCHEMA), file.toString());
    }

    /** Parses schema text; {@code file} is used only in problem locations. */
    public static Schema parse(String text, String file) throws SchemaException {
        YamlFile yaml = YamlFile.parse(text, file, YamlFile.Kind.SCHEMA);
        SchemaDocument doc = SchemaDocument.bind(yaml);
        Schema schema = new Checker(yaml).check(doc);
        if (!yaml.problems().isEmpty()) {
            throw new SchemaException(yaml.problems());
        }
        return schema;
    }

    /** The semantic checks: names unique, references resolved, types and formats known. */
    private static final class Checker {
        private final YamlFile yaml;

        Checker(YamlFile yaml) {
            this.yaml = yaml;
        }

        private void problem(String pointer, String key, Object... args) {
            yaml.add(pointer, key, args);
        }

        Schema check(SchemaDocument doc) {
            String name = doc.name() == null || doc.name().isBlank() ? "schema" : doc.name().strip();
            List<Field> fields = new ArrayList<>();
            Map<String, Field> byName = new LinkedHashMap<>();
            if (doc.fields() == null || doc.fields().isEmpty()) {
                problem("/fields", "schema.no-fields");
            } else {
                Set<String> titles = new HashSet<>();
                for (int i = 0; i < doc.fields().size(); i++) {
                    Field f = field(doc.fields().get(i), "/fields/" + i);
                    if (f == null) {
                        continue;
                    }
                    if (byName.putIfAbsent(f.name(), f) != null) {
                        problem("/fields/" + i + "/name", "schema.duplicate-name", f.name());
                    }
                    for (String title : f.titles()) {
                        if (!titles.add(title)) {
                            problem("/fields/" + i + "/title", "schema.duplicate-title", title);
                        }
                    }
                    fields.add(f);
                }
            }
            List<MetadataField> metadata = new ArrayList<>();
            if (doc.metadata() != null) {
                Set<String> names = new HashSet<>();
                for (int i = 0; i < doc.metadata().size(); i++) {
                    MetadataField m = metadataField(doc.metadata().get(i), "/metadata/" + i);
                    if (m != null) {
                        if (!names.add(m.name())) {
                            problem("/metadata/" + i + "/name", "schema.duplicate-name", m.name());
                        }
                        metadata.add(m);
                    }
                }
                boolean hasFiscalYear = metadata.stream().anyMatch(m -> m.type() == FieldType.FISCAL_YEAR);
                for (int i = 0; i < doc.metadata().size(); i++) {
                    if (doc.metadata().get(i) != null && doc.metadata().get(i).period() != null && !hasFiscalYear) {
                        problem("/metadata/" + i + "/period", "schema.period-needs-fiscal-year");
                    }
                }
                if (!hasFiscalYear) {
                    for (int i = 0; i < fields.size(); i++) {
                        if (fields.get(i).period() != null) {
                            problem("/fields", "schema.period-needs-fiscal-year");
                            break;
                        }
                    }
                }
            }
            TableLocator table = table(doc.table(), fields);
            List<String> missing = doc.missingValues() == null ? List.of("") : doc.missingValues();
            List<String> primaryKey = doc.primaryKey() == null ? List.of() : keyList(doc.primaryKey(), "/primaryKey", byName);
            List<List<String>> uniqueKeys = new ArrayList<>();
            if (doc.uniqueKeys() != null) {
                for (int i = 0; i < doc.uniqueKeys().size(); i++) {
                    uniqueKeys.add(keyList(doc.uniqueKeys().get(i), "/uniqueKeys/" + i, byName));
                }
            }
            List<Group> groups = new ArrayList<>();
            if (doc.groups() != null) {
                for (int i = 0; i < doc.groups().size(); i++) {
                    Group g = group(doc.groups().get(i), "/groups/" + i, byName);
                    if (g != null) {
                        groups.add(g);
                    }
                }
            }
            List<Derived> derived = new ArrayList<>();
            if (doc.derived() != null) {
                for (int i = 0; i < doc.derived().size(); i++) {
                    Derived d = derived(doc.derived().get(i), "/derived/" + i, byName);
                    if (d != null) {
                        derived.add(d);
                    }
                }
            }
            Outline outline = doc.outline() == null ? null : outline(doc.outline(), byName, groups, metadata);
            return new Schema(name, doc.title(), doc.description(), table, missing, metadata, fields, primaryKey,
                    uniqueKeys, groups, derived, outline);
        }

        /**
         * The published layout needs the goal and initiative levels of {@code groups}: the goal field
         * belongs to the first, the structure field to the second.
         */
        private Outline outline(SchemaDocument.OutlineDoc o, Map<String, Field> fields, List<Group> groups,
                                List<MetadataField> metadata) {
            String at = "/outline";
            if (groups.size() < 2) {
                problem(at, "schema.outline-needs-groups");
            }
            ref(o.goal(), at + "/goal", fields);
            if (o.evaluation() != null) {
                ref(o.evaluation(), at + "/evaluation", fields);
            }
            ref(o.structure(), at + "/structure", fields);
            if (groups.size() >= 2) {
                if (o.goal() != null && !groups.get(0).fields().contains(o.goal())) {
                    problem(at + "/goal", "schema.outline-level", o.goal(), groups.get(0).name());
                }
                if (o.structure() != null && !groups.get(1).fields().contains(o.structure())) {
                    problem(at + "/structure", "schema.outline-level", o.structure(), groups.get(1).name());
                }
            }
            List<OutlineColumn> columns = new ArrayList<>();
            List<SchemaDocument.ColumnDoc> docs = o.columns() == null ? List.of() : o.columns();
            if (docs.isEmpty()) {
                problem(at + "/columns", "schema.missing-key", "columns");
            }
            for (int i = 0; i < docs.size(); i++) {
                SchemaDocument.ColumnDoc c = docs.get(i);
                if (c == null) {
                    continue;
                }
                String ca = at + "/columns/" + i;
                ref(c.field(), ca + "/field", fields);
                SchemaDocument.FiguresDoc f = c.figures();
                if (f != null) {
                    for (String[] part : new String[][] {{f.from(), "from"}, {f.to(), "to"}, {f.unit(), "unit"},
                        {f.rate(), "rate"}}) {
                        if (part[0] != null) {
                            ref(part[0], ca + "/figures/" + part[1], fields);
                        }
                    }
                }
                columns.add(f == null ? new OutlineColumn(c.field(), null, null, null, null)
                        : new OutlineColumn(c.field(), f.from(), f.to(), f.unit(), f.rate()));
            }
            List<String> optional = o.optional() == null ? List.of() : o.optional();
            List<String> headings = o.fromHeadings() == null ? List.of() : o.fromHeadings();
            metadataRefs(optional, at + "/optional", metadata);
            metadataRefs(headings, at + "/fromHeadings", metadata);
            int rows = o.searchRows() == null ? 30 : o.searchRows();
            if (rows < 1 || rows > 1000) {
                problem(at + "/searchRows", "schema.out-of-range", "searchRows", rows, 1, 1000);
            }
            return new Outline(rows, o.goal(), o.evaluation(), o.structure(), columns, optional, headings);
        }

        private Field field(FieldDoc f, String at) {
            if (f == null) {
                problem(at, "schema.missing-key", "name");
                return null;
            }
            boolean ok = true;
            if (blank(f.name())) {
                problem(at, "schema.missing-key", "name");
                ok = false;
            }
            if (blank(f.title())) {
                problem(at, "schema.missing-key", "title");
                ok = false;
            }
            FieldType type = type(f.type(), at + "/type", false);
            ok &= type != null;
            String format = f.format() == null ? "default" : f.format();
            if (type != null && !formatAllowed(type, format)) {
                problem(at + "/format", "schema.unknown-format", format, type.yamlName());
                ok = false;
            }
            Constraints constraints = constraints(f.constraints(), at + "/constraints", type);
            if (f.dates() != null && !"freeText".equals(f.dates())) {
                problem(at + "/dates", "schema.unknown-value", "dates", f.dates(), "freeText");
            }
            if (f.period() != null && !"fiscalYear".equals(f.period())) {
                problem(at + "/period", "schema.unknown-value", "period", f.period(), "fiscalYear");
            }
            if (!ok) {
                return null;
            }
            List<String> titles = new ArrayList<>();
            titles.add(f.title().strip());
            if (f.aliases() != null) {
                f.aliases().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).forEach(titles::add);
            }
            return new Field(f.name().strip(), titles, f.description(), type, format, constraints,
                    f.lookalikes() == null ? Map.of() : f.lookalikes(), "freeText".equals(f.dates()), f.period());
        }

        private MetadataField metadataField(MetadataDoc m, String at) {
            if (m == null || blank(m.name()) || blank(m.label())) {
                problem(at, "schema.missing-key", m == null || blank(m.name()) ? "name" : "label");
                return null;
            }
            FieldType type = type(m.type(), at + "/type", true);
            Constraints constraints = constraints(m.constraints(), at + "/constraints", type);
            if (m.period() != null && !"fiscalYear".equals(m.period())) {
                problem(at + "/period", "schema.unknown-value", "period", m.period(), "fiscalYear");
            }
            return type == null ? null : new MetadataField(m.name().strip(), m.label().strip(), type, constraints, m.period());
        }

        private FieldType type(String name, String at, boolean metadata) {
            if (name == null) {
                return FieldType.STRING; // Frictionless: string is the default type
            }
            FieldType type = FieldType.of(name).orElse(null);
            if (type == null) {
                problem(at, "schema.unknown-type", name, FieldType.names());
            } else if (type == FieldType.FISCAL_YEAR && !metadata) {
                problem(at, "schema.fiscal-year-metadata-only");
                return null;
            }
            return type;
        }

        private static boolean formatAllowed(FieldType type, String format) {
            return switch (format) {
                case "default", "any" -> true;
                case "ordinal" -> type == FieldType.INTEGER;
                case "percent" -> type == FieldType.NUMBER;
                default -> false;
            };
        }

        private Constraints constraints(ConstraintsDoc c, String at, FieldType type) {
            if (c == null) {
                return Constraints.NONE;
            }
            Pattern pattern = null;
            if (c.pattern() != null) {
                try {
                    pattern = Pattern.compile(c.pattern());
                } catch (PatternSyntaxException e) {
                    problem(at + "/pattern", "schema.bad-pattern", c.pattern(), e.getDescription());
                }
            }
            boolean numeric = type == FieldType.INTEGER || type == FieldType.NUMBER;
            if ((c.minimum() != null || c.maximum() != null) && type != null && !numeric) {
                problem(at + (c.minimum() != null ? "/minimum" : "/maximum"), "schema.constraint-type",
                        c.minimum() != null ? "minimum" : "maximum", type.yamlName());
            }
            if (c.minimum() != null && c.maximum() != null && c.minimum() > c.maximum()) {
                problem(at + "/maximum", "schema.min-over-max", c.minimum(), c.maximum());
            }
            if (c.minLength() != null && c.maxLength() != null && c.minLength() > c.maxLength()) {
                problem(at + "/maxLength", "schema.min-over-max", c.minLength(), c.maxLength());
            }
            return new Constraints(Boolean.TRUE.equals(c.required()), Boolean.TRUE.equals(c.unique()), c.minimum(),
                    c.maximum(), c.minLength(), c.maxLength(), pattern,
                    c.enumValues() == null ? List.of() : c.enumValues());
        }

        private TableLocator table(SchemaDocument.TableDoc t, List<Field> fields) {
            List<String> identifiedBy;
            if (t == null || t.identifiedBy() == null || t.identifiedBy().isEmpty()) {
                identifiedBy = fields.stream().filter(f -> f.constraints().required()).map(Field::title).toList();
                if (identifiedBy.isEmpty() && !fields.isEmpty()) {
                    identifiedBy = List.of(fields.get(0).title());
                }
            } else {
                identifiedBy = t.identifiedBy();
                for (int i = 0; i < identifiedBy.size(); i++) {
                    String title = identifiedBy.get(i);
                    if (fields.stream().noneMatch(f -> f.titles().contains(title))) {
                        problem("/table/identifiedBy/" + i, "schema.unknown-title", title);
                    }
                }
            }
            int rows = t == null || t.searchRows() == null ? 30 : t.searchRows();
            if (rows < 1 || rows > 1000) {
                problem("/table/searchRows", "schema.out-of-range", "searchRows", rows, 1, 1000);
            }
            return new TableLocator(identifiedBy, rows);
        }

        private List<String> keyList(YamlNode node, String at, Map<String, Field> fields) {
            List<String> names = new ArrayList<>();
            boolean list = node.kind == YamlNode.Kind.LIST;
            if (node.kind == YamlNode.Kind.SCALAR) {
                names.add(node.text);
            } else if (list) {
                node.list.forEach(n -> names.add(n.text));
            } else {
                problem(at, "schema.wrong-value", at, "a field name or a list of field names");
                return List.of();
            }
            for (int i = 0; i < names.size(); i++) {
                if (!fields.containsKey(names.get(i))) {
                    problem(list ? at + "/" + i : at, "schema.unknown-field", names.get(i));
                }
            }
            return names;
        }

        private Group group(GroupDoc g, String at, Map<String, Field> fields) {
            if (g == null || blank(g.name()) || blank(g.key())) {
                problem(at, "schema.missing-key", g == null || blank(g.name()) ? "name" : "key");
                return null;
            }
            ref(g.key(), at + "/key", fields);
            List<String> groupFields = g.fields() == null ? List.of() : g.fields();
            for (int i = 0; i < groupFields.size(); i++) {
                ref(groupFields.get(i), at + "/fields/" + i, fields);
            }
            List<String> once = g.requiredOnce() == null ? List.of() : g.requiredOnce();
            for (int i = 0; i < once.size(); i++) {
                ref(once.get(i), at + "/requiredOnce/" + i, fields);
            }
            return new Group(g.name(), g.key(), groupFields, once, Boolean.TRUE.equals(g.sequence()));
        }

        private Derived derived(DerivedDoc d, String at, Map<String, Field> fields) {
            if (d == null || blank(d.name())) {
                problem(at, "schema.missing-key", "name");
                return null;
            }
            if (d.rule() == null || !RULES.contains(d.rule())) {
                problem(at + "/rule", "schema.unknown-value", "rule", String.valueOf(d.rule()), String.join(", ", RULES));
                return null;
            }
            ref(d.name(), at + "/name", fields);
            ref(d.target(), at + "/target", fields);
            ref(d.actual(), at + "/actual", fields);
            if (d.baseline() != null) {
                ref(d.baseline(), at + "/baseline", fields);
            }
            double tolerance = d.tolerance() == null ? 1.0 : d.tolerance();
            return new Derived(d.name(), d.rule(), d.baseline(), d.target(), d.actual(), tolerance);
        }

        private void metadataRefs(List<String> names, String at, List<MetadataField> metadata) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (metadata.stream().noneMatch(m -> m.name().equals(name))) {
                    problem(at + "/" + i, "schema.unknown-metadata", name);
                }
            }
        }

        private void ref(String name, String at, Map<String, Field> fields) {
            if (name == null) {
                problem(at, "schema.missing-key", at.substring(at.lastIndexOf('/') + 1));
            } else if (!fields.containsKey(name)) {
                problem(at, "schema.unknown-field", name);
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
