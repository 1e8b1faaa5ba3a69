package io.goalsheet.schema;

import java.util.List;
import java.util.Map;

/**
 * The schema file as written, bound from the YAML tree with unknown keys and wrongly shaped values
 * reported. {@link SchemaLoader} checks it and turns it into a {@link Schema}; nothing else uses
 * these records.
 */
record SchemaDocument(
        String name,
        String title,
        String description,
        TableDoc table,
        List<String> missingValues,
        List<MetadataDoc> metadata,
        List<FieldDoc> fields,
        YamlNode primaryKey,
        List<YamlNode> uniqueKeys,
        List<GroupDoc> groups,
        List<DerivedDoc> derived,
        OutlineDoc outline) {

    record OutlineDoc(Integer searchRows, String goal, String evaluation, String structure, List<ColumnDoc> columns,
                      List<String> optional, List<String> fromHeadings) {}

    record ColumnDoc(String field, FiguresDoc figures, String date) {}

    record FiguresDoc(String from, String to, String unit, String rate) {}

    record TableDoc(List<String> identifiedBy, Integer searchRows) {}

    record MetadataDoc(String name, String label, String type, ConstraintsDoc constraints, String period) {}

    record FieldDoc(
            String name,
            String title,
            String description,
            List<String> aliases,
            String type,
            String format,
            ConstraintsDoc constraints,
            Map<String, String> lookalikes,
            String dates,
            String period) {}

    record ConstraintsDoc(
            Boolean required,
            Boolean unique,
            Double minimum,
            Double maximum,
            Integer minLength,
            Integer maxLength,
            String pattern,
            List<String> enumValues) {}

    record GroupDoc(String name, String key, List<String> fields, List<String> requiredOnce, Boolean sequence) {}

    record DerivedDoc(String name, String rule, String baseline, String target, String actual, Double tolerance) {}

    static SchemaDocument bind(YamlFile y) {
        Map<String, YamlNode> top = y.object(y.root, "name", "title", "description", "table", "missingValues",
                "metadata", "fields", "primaryKey", "uniqueKeys", "groups", "derived", "outline");
        Map<String, YamlNode> table = y.object(top.get("table"), "identifiedBy", "searchRows");
        YamlNode unique = top.get("uniqueKeys");
        List<YamlNode> uniqueKeys = null;
        if (unique != null && unique.kind == YamlNode.Kind.LIST) {
            uniqueKeys = unique.list;
        } else if (unique != null && !unique.isNull()) {
            y.add(unique.pointer, "schema.expected-key-list", unique.pointer);
        }
        return new SchemaDocument(
                y.string(top, "name"),
                y.string(top, "title"),
                y.string(top, "description"),
                table == null ? null : new TableDoc(y.strings(table, "identifiedBy"), y.integer(table, "searchRows")),
                y.strings(top, "missingValues"),
                y.objects(top, "metadata", n -> metadata(y, n)),
                y.objects(top, "fields", n -> field(y, n)),
                top.get("primaryKey"),
                uniqueKeys,
                y.objects(top, "groups", n -> group(y, n)),
                y.objects(top, "derived", n -> derived(y, n)),
                outline(y, top.get("outline")));
    }

    private static OutlineDoc outline(YamlFile y, YamlNode n) {
        Map<String, YamlNode> o = y.object(n, "searchRows", "goal", "evaluation", "structure", "columns", "optional",
                "fromHeadings");
        return o == null ? null : new OutlineDoc(y.integer(o, "searchRows"), y.string(o, "goal"),
                y.string(o, "evaluation"), y.string(o, "structure"), y.objects(o, "columns", c -> column(y, c)),
                y.strings(o, "optional"), y.strings(o, "fromHeadings"));
    }

    private static ColumnDoc column(YamlFile y, YamlNode n) {
        Map<String, YamlNode> c = y.object(n, "field", "figures", "date");
        if (c == null) {
            return null;
        }
        Map<String, YamlNode> f = y.object(c.get("figures"), "from", "to", "unit", "rate");
        return new ColumnDoc(y.string(c, "field"), f == null ? null
                : new FiguresDoc(y.string(f, "from"), y.string(f, "to"), y.string(f, "unit"), y.string(f, "rate")),
                y.string(c, "date"));
    }

    private static MetadataDoc metadata(YamlFile y, YamlNode n) {
        Map<String, YamlNode> m = y.object(n, "name", "label", "type", "constraints", "period");
        return m == null ? null : new MetadataDoc(y.string(m, "name"), y.string(m, "label"), y.string(m, "type"),
                constraints(y, m.get("constraints")), y.string(m, "period"));
    }

    private static FieldDoc field(YamlFile y, YamlNode n) {
        Map<String, YamlNode> f = y.object(n, "name", "title", "description", "aliases", "type", "format",
                "constraints", "lookalikes", "dates", "period");
        return f == null ? null : new FieldDoc(y.string(f, "name"), y.string(f, "title"), y.string(f, "description"),
                y.strings(f, "aliases"), y.string(f, "type"), y.string(f, "format"), constraints(y, f.get("constraints")),
                y.scalars(f, "lookalikes", v -> v.text), y.string(f, "dates"), y.string(f, "period"));
    }

    private static ConstraintsDoc constraints(YamlFile y, YamlNode n) {
        Map<String, YamlNode> c = y.object(n, "required", "unique", "minimum", "maximum", "minLength", "maxLength",
                "pattern", "enum");
        return c == null ? null : new ConstraintsDoc(y.bool(c, "required"), y.bool(c, "unique"), y.number(c, "minimum"),
                y.number(c, "maximum"), y.integer(c, "minLength"), y.integer(c, "maxLength"), y.string(c, "pattern"),
                y.strings(c, "enum"));
    }

    private static GroupDoc group(YamlFile y, YamlNode n) {
        Map<String, YamlNode> g = y.object(n, "name", "key", "fields", "requiredOnce", "sequence");
        return g == null ? null : new GroupDoc(y.string(g, "name"), y.string(g, "key"), y.strings(g, "fields"),
                y.strings(g, "requiredOnce"), y.bool(g, "sequence"));
    }

    private static DerivedDoc derived(YamlFile y, YamlNode n) {
        Map<String, YamlNode> d = y.object(n, "name", "rule", "baseline", "target", "actual", "tolerance");
        return d == null ? null : new DerivedDoc(y.string(d, "name"), y.string(d, "rule"), y.string(d, "baseline"),
                y.string(d, "target"), y.string(d, "actual"), y.number(d, "tolerance"));
    }
}
