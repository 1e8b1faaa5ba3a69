package io.goalsheet.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value as the configuration files use it: a mapping, a sequence, a scalar or null, with
 * the JSON pointer that names it and where it starts in the file.
 */
final class YamlNode {

    enum Kind { MAP, LIST, SCALAR, NULL }

    final Kind kind;
    final String pointer;
    /** Scalar text (numbers and booleans as written); null for other kinds. */
    final String text;
    /** Whether a scalar was a number or a boolean in the YAML, not a string. */
    final boolean numeric;
    final Map<String, YamlNode> map;
    final List<YamlNode> list;

    private YamlNode(Kind kind, String pointer, String text, boolean numeric, Map<String, YamlNode> map,
                     List<YamlNode> list) {
        this.kind = kind;
        this.pointer = pointer;
        this.text = text;
        this.numeric = numeric;
        this.map = map;
        this.list = list;
    }

    static YamlNode map(String pointer, LinkedHashMap<String, YamlNode> entries) {
        return new YamlNode(Kind.MAP, pointer, null, false, entries, null);
    }

    static YamlNode list(String pointer, List<YamlNode> items) {
        return new YamlNode(Kind.LIST, pointer, null, false, null, items);
    }

    static YamlNode scalar(String pointer, String text, boolean numeric) {
        return new YamlNode(Kind.SCALAR, pointer, text, numeric, null, null);
    }

    static YamlNode nul(String pointer) {
        return new YamlNode(Kind.NULL, pointer, null, false, null, null);
    }

    boolean isNull() {
        return kind == Kind.NULL;
    }
}
