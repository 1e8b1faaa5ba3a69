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

    /** The built-in schema from its file's bytes, parsed like any other (its classes are in the start-up archive). */
    static Schema loadBuiltIn(byte[] yaml) {
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
            List<SchemaProblem> problems = new ArrayList<>(yaml.problems());
            // in the order of the file, as an editor goes through them (a stable sort: a place's own order kept)
            problems.sort(java.util.Comparator.comparingInt(SchemaProblem::line).thenComparingInt(SchemaProblem::column));
            throw new SchemaException(problems);
        }
        return schema;
    }

    /**
     * The semantic checks: names unique, references resolved, types and formats known. Only causes
     * are reported: a reference resolves against every name the file declares, even where the
     * declaration has a problem of its own (that problem is the one to fix), and a name that is
     * declared nowhere is one problem however often it is used.
     */
    private static final class Checker {
        private final YamlFile yaml;
        /** Each field name the file declares, with the pointer of its declaration. */
        private final Map<String, String> declared = new LinkedHashMap<>();
        /** Each field name a reference uses, declared or not. */
        private final Set<String> referenced = new HashSet<>();
        /** The places of each reference to a name declared nowhere, in the order they are checked. */
        private final Map<String, List<String>> undeclared = new LinkedHashMap<>();

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
            Set<String> declaredTitles = new HashSet<>();
            List<FieldDoc> fieldDocs = doc.fields() == null ? List.of() : doc.fields();
            for (int i = 0; i < fieldDocs.size(); i++) {
                FieldDoc f = fieldDocs.get(i);
                if (f != null && !blank(f.name())) {
                    declared.putIfAbsent(f.name().strip(), "/fields/" + i + "/name");
                }
                if (f != null && !blank(f.title())) {
                    declaredTitles.add(f.title().strip());
                }
                if (f != null && f.aliases() != null) {
                    f.aliases().stream().filter(a -> !blank(a)).map(String::strip).forEach(declaredTitles::add);
                }
            }
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
                // declared, even by an entry with a problem of its own
                boolean hasFiscalYear = doc.metadata().stream()
                        .anyMatch(m -> m != null && FieldType.FISCAL_YEAR.yamlName().equals(m.type()));
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
            TableLocator table = table(doc.table(), fields, declaredTitles);
            List<String> missing = doc.missingValues() == null ? List.of("") : doc.missingValues();
            List<String> primaryKey = doc.primaryKey() == null ? List.of() : keyList(doc.primaryKey(), "/primaryKey");
            List<List<String>> uniqueKeys = new ArrayList<>();
            if (doc.uniqueKeys() != null) {
                for (int i = 0; i < doc.uniqueKeys().size(); i++) {
                    uniqueKeys.add(keyList(doc.uniqueKeys().get(i), "/uniqueKeys/" + i));
                }
            }
            List<Group> groups = new ArrayList<>();
            if (doc.groups() != null) {
                for (int i = 0; i < doc.groups().size(); i++) {
                    Group g = group(doc.groups().get(i), "/groups/" + i);
                    if (g != null) {
                        groups.add(g);
                    }
                }
            }
            List<Derived> derived = new ArrayList<>();
            if (doc.derived() != null) {
                for (int i = 0; i < doc.derived().size(); i++) {
                    Derived d = derived(doc.derived().get(i), "/derived/" + i);
                    if (d != null) {
                        derived.add(d);
                    }
                }
            }
            List<String> metadataNames = new ArrayList<>();
            if (doc.metadata() != null) {
                doc.metadata().stream().filter(m -> m != null && !blank(m.name())).map(m -> m.name().strip())
                        .forEach(metadataNames::add);
            }
            Outline outline = doc.outline() == null ? null : outline(doc.outline(), doc.groups(), metadataNames, fields);
            reportUndeclared();
            return new Schema(name, doc.title(), doc.description(), table, missing, metadata, fields, primaryKey,
                    uniqueKeys, groups, derived, outline);
        }

        /**
         * The published layout needs the goal and initiative levels of {@code groups}: the goal field
         * belongs to the first, the structure field to the second.
         */
        private Outline outline(SchemaDocument.OutlineDoc o, List<GroupDoc> groupDocs, List<String> metadata,
                                List<Field> fields) {
            String at = "/outline";
            // the groups as written: one with a problem of its own is still the level it stands for
            List<GroupDoc> levels = groupDocs == null ? List.of() : groupDocs;
            if (levels.size() < 2) {
                problem(at, "schema.outline-needs-groups");
            }
            ref(o.goal(), at + "/goal");
            if (o.evaluation() != null) {
                ref(o.evaluation(), at + "/evaluation");
            }
            ref(o.structure(), at + "/structure");
            if (levels.size() >= 2) {
                outlineLevel(o.goal(), at + "/goal", levels.get(0));
                outlineLevel(o.structure(), at + "/structure", levels.get(1));
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
                ref(c.field(), ca + "/field");
                SchemaDocument.FiguresDoc f = c.figures();
                if (f != null) {
                    for (String[] part : new String[][] {{f.from(), "from"}, {f.to(), "to"}, {f.unit(), "unit"},
                        {f.rate(), "rate"}}) {
                        if (part[0] != null) {
                            ref(part[0], ca + "/figures/" + part[1]);
                        }
                    }
                }
                if (c.date() != null) {
                    ref(c.date(), ca + "/date");
                    fields.stream().filter(d -> d.name().equals(c.date()) && d.type() != FieldType.DATE).findFirst()
                            .ifPresent(d -> problem(ca + "/date", "schema.outline-date-type", c.date(), d.type().yamlName()));
                }
                columns.add(f == null ? new OutlineColumn(c.field(), null, null, null, null, c.date())
                        : new OutlineColumn(c.field(), f.from(), f.to(), f.unit(), f.rate(), c.date()));
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

        /**
         * A field of the published layout must belong to its level. Not judged when the level is no
         * mapping, or lists a name declared nowhere: that name, reported itself, may be this field misspelt.
         */
        private void outlineLevel(String field, String at, GroupDoc level) {
            if (field != null && level != null && level.fields() != null && declared.keySet().containsAll(level.fields())
                    && !level.fields().contains(field)) {
                problem(at, "schema.outline-level", field, String.valueOf(level.name()));
            }
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

        private TableLocator table(SchemaDocument.TableDoc t, List<Field> fields, Set<String> declaredTitles) {
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
                    if (!declaredTitles.contains(title)) {
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

        private List<String> keyList(YamlNode node, String at) {
            List<String> names = new ArrayList<>();
            boolean list = node.kind == YamlNode.Kind.LIST;
            if (node.kind == YamlNode.Kind.SCALAR) {
                names.add(node.text);
            } else if (list) {
                node.list.forEach(n -> names.add(n.text));
            } else {
                problem(at, "schema.expected-field-names", at);
                return List.of();
            }
            for (int i = 0; i < names.size(); i++) {
                ref(names.get(i), list ? at + "/" + i : at);
            }
            return names;
        }

        private Group group(GroupDoc g, String at) {
            if (g == null || blank(g.name()) || blank(g.key())) {
                problem(at, "schema.missing-key", g == null || blank(g.name()) ? "name" : "key");
                return null;
            }
            ref(g.key(), at + "/key");
            List<String> groupFields = g.fields() == null ? List.of() : g.fields();
            for (int i = 0; i < groupFields.size(); i++) {
                ref(groupFields.get(i), at + "/fields/" + i);
            }
            List<String> once = g.requiredOnce() == null ? List.of() : g.requiredOnce();
            for (int i = 0; i < once.size(); i++) {
                ref(once.get(i), at + "/requiredOnce/" + i);
            }
            return new Group(g.name(), g.key(), groupFields, once, Boolean.TRUE.equals(g.sequence()));
        }

        private Derived derived(DerivedDoc d, String at) {
            if (d == null || blank(d.name())) {
                problem(at, "schema.missing-key", "name");
                return null;
            }
            if (d.rule() == null || !RULES.contains(d.rule())) {
                problem(at + "/rule", "schema.unknown-value", "rule", String.valueOf(d.rule()), String.join(", ", RULES));
                return null;
            }
            ref(d.name(), at + "/name");
            ref(d.target(), at + "/target");
            ref(d.actual(), at + "/actual");
            if (d.baseline() != null) {
                ref(d.baseline(), at + "/baseline");
            }
            double tolerance = d.tolerance() == null ? 1.0 : d.tolerance();
            return new Derived(d.name(), d.rule(), d.baseline(), d.target(), d.actual(), tolerance);
        }

        private void metadataRefs(List<String> names, String at, List<String> metadata) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!metadata.contains(name)) {
                    problem(at + "/" + i, "schema.unknown-metadata", name);
                }
            }
        }

        private void ref(String name, String at) {
            if (name == null) {
                problem(at, "schema.missing-key", at.substring(at.lastIndexOf('/') + 1));
                return;
            }
            referenced.add(name);
            if (!declared.containsKey(name)) {
                undeclared.computeIfAbsent(name, n -> new ArrayList<>()).add(at);
            }
        }

        /**
         * One problem for each name used but declared nowhere. Where a declared name that nothing
         * uses is a near miss of it, the declaration is the likely typo and the problem is there;
         * otherwise it is at the first use, with a declared name it may have meant.
         */
        private void reportUndeclared() {
            undeclared.forEach((name, places) -> {
                List<String> sorted = new ArrayList<>(places);
                sorted.sort(java.util.Comparator.comparingInt(yaml::line));
                String meant = YamlFile.nearest(name, new ArrayList<>(declared.keySet()));
                if (meant != null && !referenced.contains(meant)) {
                    problem(declared.get(meant), "schema.misspelt-field-name", meant, name, lines(sorted));
                    return;
                }
                List<String> others = sorted.subList(1, sorted.size());
                if (meant != null) {
                    problem(sorted.get(0), "schema.unknown-field-meant", name, meant, String.valueOf(yaml.line(declared.get(meant))),
                            others.size(), lines(others));
                } else {
                    problem(sorted.get(0), "schema.unknown-field", name, others.size(), lines(others));
                }
            });
        }

        private String lines(List<String> pointers) {
            return String.join(", ", pointers.stream().map(p -> String.valueOf(yaml.line(p))).toList());
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
