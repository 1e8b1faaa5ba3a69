package io.goalsheet.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.goalsheet.text.EditDistance;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.zip.ZipFile;

/**
 * A YAML configuration file (schema, report template) read with Jackson's streaming YAML parser
 * into {@link YamlNode}s, each knowing its line and column, and bound by hand: unknown keys and
 * values of the wrong form are problems at their place. (Jackson's data binding would do the same
 * but costs a third of a second of start-up on every run; this costs a few milliseconds.)
 */
final class YamlFile {

    final String file;
    final YamlNode root;
    /** The tree as the file has it; {@link #root} is that tree merged over another (see {@link #over}). */
    private final YamlNode written;
    private final Map<String, JsonLocation> byPointer;
    private final List<SchemaProblem> problems = new ArrayList<>();

    private YamlFile(String file, YamlNode root, YamlNode written, Map<String, JsonLocation> byPointer) {
        this.file = file;
        this.root = root;
        this.written = written;
        this.byPointer = byPointer;
    }

    /**
     * Which configuration a file is, for the wording of its problems: the messages choose by the
     * ordinal ({@code {0,choice,0#schema|1#template}}).
     */
    enum Kind { SCHEMA, TEMPLATE }

    /** How much of a file is looked at to tell a workbook or another binary from text. */
    private static final int HEAD = 8192;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /**
     * Reads a UTF-8 file. Unreadable, not UTF-8, or not text at all is a SchemaException that says
     * what the file is instead: an Excel workbook given where a schema belongs is the usual mistake.
     */
    static String read(Path path, Kind kind) throws SchemaException {
        String name = path.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // the head first: a large workbook is recognised without reading it whole
            byte[] head = in.readNBytes(HEAD);
            String notText = notText(path, head);
            if (notText != null) {
                throw single(name, notText, kind.ordinal());
            }
            byte[] rest = in.readAllBytes();
            bytes = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, bytes, head.length, rest.length);
        } catch (IOException e) {
            throw single(name, "schema.unreadable", kind.ordinal(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            return decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw single(name, isShiftJis(bytes) ? "config.shift-jis" : "schema.not-utf8", kind.ordinal());
        }
    }

    /** The message key for a file that is no text (a workbook, a PDF, UTF-16, binary), or null. */
    private static String notText(Path path, byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[3] == head[2] + 1
                && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return zipKind(path);
        }
        if (head.length >= OLE2.length && Arrays.equals(head, 0, OLE2.length, OLE2, 0, OLE2.length)) {
            // an .xls, a password-protected .xlsx (both Excel's) or an old Word or PowerPoint file
            return "config.ole2";
        }
        if (head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return "config.pdf";
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return "config.utf16";
        }
        int[] zeros = new int[2];
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                zeros[i % 2]++;
            }
        }
        if (zeros[0] + zeros[1] == 0) {
            return null;
        }
        // no text file holds NUL, but UTF-16 without its mark holds one beside every ASCII character (keys, colons,
        // blanks), nearly all on one side; a few characters such as 一 (U+4E00) put one on the other
        int most = Math.max(zeros[0], zeros[1]);
        int fewest = Math.min(zeros[0], zeros[1]);
        return 4 * most >= head.length && 8 * fewest <= most ? "config.utf16" : "config.binary";
    }

    /** An Excel workbook (.xlsx, .xlsm, .xlsb), another Office document, or some other ZIP archive. */
    private static String zipKind(Path path) {
        // the central directory only: nothing is inflated
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null || zip.getEntry("xl/workbook.bin") != null) {
                return "config.excel-workbook";
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                return "config.office-document";
            }
        } catch (IOException | UnsupportedOperationException e) {
            // damaged, or not a file: still a ZIP archive by its first bytes
        }
        return "config.zip";
    }

    private static String decode(byte[] bytes, java.nio.charset.Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Whether bytes that are not UTF-8 read as Shift_JIS (Windows' Japanese encoding, as Notepad and Excel save text). */
    private static boolean isShiftJis(byte[] bytes) {
        try {
            decode(bytes, java.nio.charset.Charset.forName("windows-31j"));
            return true;
        } catch (CharacterCodingException | java.nio.charset.UnsupportedCharsetException e) {
            return false;
        }
    }

    /** Parses YAML text whose top level must be a mapping. */
    static YamlFile parse(String text, String file, Kind kind) throws SchemaException {
        Map<String, JsonLocation> locations = new HashMap<>();
        YamlNode root;
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            root = t == null ? YamlNode.nul("") : value(p, "", locations);
        } catch (DuplicateKey e) {
            throw new SchemaException(List.of(new SchemaProblem(file, e.at.getLineNr(), e.at.getColumnNr(),
                    "yaml.duplicate-key", List.of(e.key, e.first.getLineNr()))));
        } catch (JsonProcessingException e) {
            throw new SchemaException(List.of(YamlSyntax.problem(e, text, file)));
        } catch (IOException e) {
            throw single(file, "schema.yaml-syntax", String.valueOf(e.getMessage()));
        }
        if (root.kind != YamlNode.Kind.MAP) {
            throw single(file, "schema.not-a-mapping", kind.ordinal());
        }
        return new YamlFile(file, root, root, locations);
    }

    /**
     * This file's values over {@code base}'s: mappings merge key by key, at any depth; anything else
     * the file gives (a text, a number, a list, null) replaces the base's value. An empty section
     * ({@code page:} with nothing under it) leaves the base's mapping as it is. Problems are this
     * file's, at its own lines.
     */
    YamlFile over(YamlFile base) {
        return new YamlFile(file, merge(base.root, written), written, byPointer);
    }

    private static YamlNode merge(YamlNode base, YamlNode over) {
        if (base == null) {
            return over;
        }
        if (over.isNull() && base.kind == YamlNode.Kind.MAP) {
            return base;
        }
        if (base.kind != YamlNode.Kind.MAP || over.kind != YamlNode.Kind.MAP) {
            return over;
        }
        LinkedHashMap<String, YamlNode> merged = new LinkedHashMap<>(base.map);
        over.map.forEach((key, value) -> merged.put(key, merge(base.map.get(key), value)));
        return YamlNode.map(over.pointer, merged);
    }

    /** A key written twice in one mapping: YAML forbids it, and Jackson's streaming parser passes it on. */
    private static final class DuplicateKey extends JsonParseException {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient JsonLocation first;
        final transient JsonLocation at;

        DuplicateKey(JsonParser p, String key, JsonLocation first, JsonLocation at) {
            super(p, "duplicate key \"" + key + "\"", at);
            this.key = key;
            this.first = first;
            this.at = at;
        }
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
                        throw new DuplicateKey(p, key, locations.get(child), p.currentTokenLocation());
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

    /** The line of the value the pointer names (as {@link #problem} finds it); 0 when unknown. */
    int line(String pointer) {
        return problem(pointer, "").line();
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

    /**
     * The entries of a mapping, after reporting keys that are not among {@code known}; null when it
     * is no mapping. A key that is a near miss of a known key the mapping lacks (titel, Title,
     * organization) is reported as that key's misspelling and its value is read as that key's, so
     * the rest of the file is checked as it was meant and the one typo is the one problem.
     */
    Map<String, YamlNode> object(YamlNode node, String... known) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.kind != YamlNode.Kind.MAP) {
            add(node.pointer, "schema.expected-mapping", node.pointer);
            return null;
        }
        List<String> allowed = Arrays.asList(known);
        Map<String, YamlNode> given = writtenAt(node.pointer);
        Map<String, YamlNode> out = null;
        for (Map.Entry<String, YamlNode> e : node.map.entrySet()) {
            String key = e.getKey();
            if (allowed.contains(key)) {
                continue;
            }
            String at = node.pointer + "/" + key;
            if (key.strip().length() < key.length()) {
                // U+3000 is no blank to YAML: "　size: A3" under "page:" is a key of its own
                add(at, "yaml.fullwidth-indent");
                continue;
            }
            String meant = nearest(key, allowed.stream().filter(k -> given == null || !given.containsKey(k)).toList());
            if (meant == null) {
                List<String> sorted = new ArrayList<>(allowed);
                sorted.sort(null);
                add(at, "schema.unknown-key", key, String.join(", ", sorted));
                continue;
            }
            add(at, "schema.misspelt-key", key, meant);
            if (out == null) {
                out = new LinkedHashMap<>(node.map);
            }
            out.put(meant, e.getValue());
            byPointer.putIfAbsent(node.pointer + "/" + meant, byPointer.get(at));
        }
        return out == null ? node.map : out;
    }

    /** The mapping the file itself has at {@code pointer} (before any merge), or null. */
    private Map<String, YamlNode> writtenAt(String pointer) {
        YamlNode n = written;
        for (String part : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            if (n == null) {
                return null;
            }
            n = switch (n.kind) {
                case MAP -> n.map.get(part);
                case LIST -> part.length() <= 9 && part.chars().allMatch(Character::isDigit)
                        && Integer.parseInt(part) < n.list.size() ? n.list.get(Integer.parseInt(part)) : null;
                default -> null;
            };
        }
        return n != null && n.kind == YamlNode.Kind.MAP ? n.map : null;
    }

    /**
     * The candidate a misspelt word most likely is: the only one at the smallest edit distance
     * (letters swapped, added, dropped or changed; case ignored), at most 1 for words of up to four
     * letters and 2 for longer ones. Null when none is that close, or two are equally close.
     */
    static String nearest(String word, List<String> candidates) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int limit = w.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = limit + 1;
        boolean tie = false;
        for (String c : candidates) {
            int d = EditDistance.between(w, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best == null || tie || bestDistance > limit ? null : best;
    }

    String string(Map<String, YamlNode> obj, String key) {
        YamlNode n = obj == null ? null : obj.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.kind != YamlNode.Kind.SCALAR) {
            // title: {kind}一覧 is a syntax error, but title: {kind} is a mapping of one key without a value
            boolean braces = n.kind == YamlNode.Kind.MAP && n.map.values().stream().allMatch(YamlNode::isNull);
            add(n.pointer, braces ? "schema.expected-text-braces" : "schema.expected-text", n.pointer);
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
        add(obj.get(key).pointer, "schema.expected-boolean", obj.get(key).pointer);
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
            add(obj.get(key).pointer, "schema.expected-number", obj.get(key).pointer);
            return null;
        }
    }

    Integer integer(Map<String, YamlNode> obj, String key) {
        Double d = number(obj, key);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            add(obj.get(key).pointer, "schema.expected-whole-number", obj.get(key).pointer);
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
            add(n.pointer, "schema.expected-list", n.pointer);
            return null;
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : n.list) {
            if (item.kind == YamlNode.Kind.SCALAR) {
                out.add(item.text);
            } else {
                add(item.pointer, "schema.expected-text", item.pointer);
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
            add(n.pointer, "schema.expected-mapping", n.pointer);
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
                add(v.pointer, "schema.expected-single-value", v.pointer);
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
            add(n.pointer, "schema.expected-mapping-list", n.pointer);
            return null;
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : n.list) {
            out.add(each.apply(item));
        }
        return out;
    }
}
