package io.goalsheet.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The schema file as written, bound by Jackson with unknown keys refused. {@link SchemaLoader}
 * checks it and turns it into a {@link Schema}; nothing else uses these records.
 */
record SchemaDocument(
        String name,
        String title,
        String description,
        TableDoc table,
        List<String> missingValues,
        List<MetadataDoc> metadata,
        List<FieldDoc> fields,
        JsonNode primaryKey,
        List<JsonNode> uniqueKeys,
        List<GroupDoc> groups,
        List<DerivedDoc> derived) {

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
            @JsonProperty("enum") List<String> enumValues) {}

    record GroupDoc(String name, String key, List<String> fields, List<String> requiredOnce, Boolean sequence) {}

    record DerivedDoc(String name, String rule, String baseline, String target, String actual, Double tolerance) {}
}
