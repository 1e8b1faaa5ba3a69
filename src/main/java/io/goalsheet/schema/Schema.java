package io.goalsheet.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A loaded, checked schema: everything refers to fields that exist. */
public record Schema(
        String name,
        String title,
        String description,
        TableLocator table,
        List<String> missingValues,
        List<MetadataField> metadata,
        List<Field> fields,
        List<String> primaryKey,
        List<List<String>> uniqueKeys,
        List<Group> groups,
        List<Derived> derived,
        Outline outline) {

    public Schema {
        missingValues = List.copyOf(missingValues);
        metadata = List.copyOf(metadata);
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        List<List<String>> keys = new ArrayList<>(uniqueKeys.size());
        for (List<String> key : uniqueKeys) {
            keys.add(List.copyOf(key));
        }
        uniqueKeys = List.copyOf(keys);
        groups = List.copyOf(groups);
        derived = List.copyOf(derived);
    }

    public Optional<Field> field(String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public Optional<MetadataField> metadataField(String name) {
        for (MetadataField f : metadata) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public int fieldIndex(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
