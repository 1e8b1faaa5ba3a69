package io.goalsheet.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML configuration file (schema, report template) bound by Jackson with unknown keys refused,
 * where every problem gets the line and column of the value it is about: the JSON pointer of the
 * offending value is mapped back to where the YAML parser saw it.
 */
final class YamlFile<T> {

    final String file;
    final T document;
    private final Map<String, JsonLocation> byPointer = new HashMap<>();

    private YamlFile(String file, T document) {
        this.file = file;
        this.document = document;
    }

    /** Reads a UTF-8 file; unreadable, not UTF-8 or not YAML is a SchemaException. */
    static String read(Path path) throws SchemaException {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw single(name, "schema.unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw single(name, "schema.not-utf8");
        }
    }

    static <T> YamlFile<T> bind(String text, String file, Class<T> type) throws SchemaException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new SchemaException(List.of(new SchemaProblem(file, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "schema.yaml-syntax", List.of(e.getOriginalMessage()))));
        }
        if (tree == null || !tree.isObject()) {
            throw single(file, "schema.not-a-mapping");
        }
        YamlFile<T> located = new YamlFile<>(file, null);
        located.locate(text);
        try {
            YamlFile<T> bound = new YamlFile<>(file, mapper.treeToValue(tree, type));
            bound.byPointer.putAll(located.byPointer);
            return bound;
        } catch (UnrecognizedPropertyException e) {
            throw new SchemaException(List.of(located.problem(pointer(e), "schema.unknown-key",
                    e.getPropertyName(), known(e))));
        } catch (JsonMappingException e) {
            throw new SchemaException(List.of(located.problem(pointer(e), "schema.wrong-value",
                    pointer(e), e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw single(file, "schema.yaml-syntax", e.getOriginalMessage());
        }
    }

    private void locate(String text) {
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                // a container's own pointer is its parent context's path; keys and scalars are in the current one
                var ctx = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                        ? p.getParsingContext().getParent()
                        : p.getParsingContext();
                String ptr = ctx == null ? "" : ctx.pathAsPointer().toString();
                byPointer.putIfAbsent(ptr, p.currentTokenLocation());
            }
        } catch (IOException e) {
            // the tree parsed already, so this does not happen; locations are then just unknown
        }
    }

    /** A problem at the value the pointer names, or at the nearest enclosing value that has a location. */
    SchemaProblem problem(String pointer, String key, Object... args) {
        String p = pointer;
        while (true) {
            JsonLocation loc = byPointer.get(p);
            if (loc != null) {
                return new SchemaProblem(file, loc.getLineNr(), loc.getColumnNr(), key, List.of(args));
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return new SchemaProblem(file, 0, 0, key, List.of(args));
            }
            p = p.substring(0, slash);
        }
    }

    static SchemaException single(String file, String key, Object... args) {
        return new SchemaException(List.of(new SchemaProblem(file, 0, 0, key, List.of(args))));
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/');
            sb.append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return sb.toString();
    }

    private static String known(UnrecognizedPropertyException e) {
        List<String> names = new ArrayList<>();
        if (e.getKnownPropertyIds() != null) {
            e.getKnownPropertyIds().forEach(id -> names.add(String.valueOf(id)));
        }
        names.sort(null);
        return String.join(", ", names);
    }
}
