package io.goalsheet.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A YAML configuration file (schema, report template) read with Jackson's streaming YAML parser
 * into {@link YamlNode}s, each knowing its line and column, and bound by hand: unknown keys and
 * values of the wrong form are problems at their place. (Jackson's data binding would do the same
 * but costs a third of a second of start-up on every run; this costs a few milliseconds.)
 */
final class YamlFile {

    final String file;
    final YamlNode root;
    private final Map<String, JsonLocation> byPointer;
    private final List<SchemaProblem> problems = new ArrayList<>();

    private YamlFile(String file, YamlNode root, Map<String, JsonLocation> byPointer) {
        this.file = file;
        this.root = root;
        this.byPointer = byPointer;
    }

    /** Reads a UTF-8 file; unreadable or not UTF-8 is a SchemaException. */
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

    /** Parses YAML text whose top level must be a mapping. */
    static YamlFile parse(String text, String file) throws SchemaException {
        Map<String, JsonLocation> locations = new HashMap<>();
        YamlNode root;
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            root = t == null ? YamlNode.nul("") : value(p, "", locations);
        } catch (JsonParseException e) {
            JsonLocation loc = e.getLocation();
            throw new SchemaException(List.of(new SchemaProblem(file, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "schema.yaml-syntax", List.of(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw single(file, "schema.yaml-syntax", String.valueOf(e.getMessage()));
        }
        if (root.kind != YamlNode.Kind.MAP) {
            throw single(file, "schema.not-a-mapping");
        }
        return new YamlFile(file, root, locations);
    }

    private static YamlNode value(JsonParser p, String pointer, Map<String, JsonLocation> locations) throws IOException {
        JsonToken t = p.currentToken();
        locations.putIfAbsent(pointer, p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = pointer + "/" + key;
                    if (entries.containsKey(key)) {
                        JsonLocation loc = p.currentTokenLocation();
                        throw new JsonParseException(p, "duplicate key \"" + key + "\"", loc);
                    }
                    // a key's place is where the key is written, so unknown keys point at themselves
                    locations.put(child, p.currentTokenLocation());
                    p.nextToken();
                    entries.put(key, value(p, child, locations));
                }
                return YamlNode.map(pointer, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, pointer + "/" + i++, locations));
                }
                return YamlNode.list(pointer, items);
            }
            case VALUE_NULL:
                return YamlNode.nul(pointer);
            case VALUE_STRING:
                return YamlNode.scalar(pointer, p.getText(), false);
            default:
                return YamlNode.scalar(pointer, p.getText(), true);
        }
    }

    // ---- problems

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

    void add(String pointer, String key, Object... args) {
        problems.add(problem(pointer, key, args));
    }

    List<SchemaProblem> problems() {
        return problems;
    }

    static SchemaException single(String file, String key, Object... args) {
        return new SchemaException(List.of(new SchemaProblem(file, 0, 0, key, List.of(args))));
    }

    // ---- binding by hand: each reports what does not fit and returns null (or empty) for it

    /** The entries of a mapping, after reporting keys that are not among {@code known}; null when it is no mapping. */
    Map<String, YamlNode> object(YamlNode node, String... known) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.kind != YamlNode.Kind.MAP) {
            add(node.pointer, "schema.wrong-value", node.pointer, "a mapping (key: value)");
            return null;
        }
        List<String> allowed = Arrays.asList(known);
        for (String key : node.map.keySet()) {
            if (!allowed.contains(key)) {
                List<String> sorted = new ArrayList<>(allowed);
                sorted.sort(null);
                add(node.pointer + "/" + key, "schema.unknown-key", key, String.join(", ", sorted));
            }
        }
        return node.map;
    }

    String string(Map<String, YamlNode> obj, String key) {
        YamlNode n = obj == null ? null : obj.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.kind != YamlNode.Kind.SCALAR) {
            add(n.pointer, "schema.wrong-value", n.pointer, "a text");
            return null;
        }
        return n.text;
    }

    Boolean bool(Map<String, YamlNode> obj, String key) {
        String s = string(obj, key);
        if (s == null) {
            return null;
        }
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        add(obj.get(key).pointer, "schema.wrong-value", obj.get(key).pointer, "true or false");
        return null;
    }

    Double number(Map<String, YamlNode> obj, String key) {
        String s = string(obj, key);
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            add(obj.get(key).pointer, "schema.wrong-value", obj.get(key).pointer, "a number");
            return null;
        }
    }

    Integer integer(Map<String, YamlNode> obj, String key) {
        Double d = number(obj, key);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            add(obj.get(key).pointer, "schema.wrong-value", obj.get(key).pointer, "a whole number");
            return null;
        }
        return d.intValue();
    }

    /** A list of texts; a single text is not accepted where a list is expected. */
    List<String> strings(Map<String, YamlNode> obj, String key) {
        YamlNode n = obj == null ? null : obj.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.kind != YamlNode.Kind.LIST) {
            add(n.pointer, "schema.wrong-value", n.pointer, "a list, e.g. [a, b]");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : n.list) {
            if (item.kind == YamlNode.Kind.SCALAR) {
                out.add(item.text);
            } else {
                add(item.pointer, "schema.wrong-value", item.pointer, "a text");
            }
        }
        return out;
    }

    /** A mapping of texts to texts (look-alikes) or to numbers (widths). */
    <T> Map<String, T> scalars(Map<String, YamlNode> obj, String key, Function<YamlNode, T> convert) {
        YamlNode n = obj == null ? null : obj.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.kind != YamlNode.Kind.MAP) {
            add(n.pointer, "schema.wrong-value", n.pointer, "a mapping (key: value)");
            return null;
        }
        Map<String, T> out = new LinkedHashMap<>();
        n.map.forEach((k, v) -> {
            if (v.kind == YamlNode.Kind.SCALAR) {
                T t = convert.apply(v);
                if (t != null) {
                    out.put(k, t);
                }
            } else {
                add(v.pointer, "schema.wrong-value", v.pointer, "a single value");
            }
        });
        return out;
    }

    /** Each mapping of a list, bound by {@code each}; items that are no mapping are problems. */
    <T> List<T> objects(Map<String, YamlNode> obj, String key, Function<YamlNode, T> each) {
        YamlNode n = obj == null ? null : obj.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.kind != YamlNode.Kind.LIST) {
            add(n.pointer, "schema.wrong-value", n.pointer, "a list of mappings (- key: value)");
            return null;
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : n.list) {
            out.add(each.apply(item));
        }
        return out;
    }
}
