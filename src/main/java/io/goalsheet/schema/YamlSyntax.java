package io.goalsheet.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error as someone who edits the file can act on it. SnakeYAML (behind Jackson's
 * YAML parser) says what its grammar expected, in English, and Jackson's location is often where
 * the enclosing value started; the common mistakes — a tab or a full-width space in the
 * indentation, an unclosed quote or bracket, a misaligned line, a missing or stray colon — get a
 * message key of their own at SnakeYAML's own mark. Anything else keeps SnakeYAML's text as the
 * detail of {@code schema.yaml-syntax}.
 */
final class YamlSyntax {

    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+)' that cannot start any token.*",
            Pattern.DOTALL);
    private static final Pattern FOUND = Pattern.compile("expected .*, but found '(.+)'");

    private YamlSyntax() {}

    static SchemaProblem problem(JsonProcessingException e, String text, String file) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            return translate(m, text, file);
        }
        JsonLocation loc = e.getLocation();
        return new SchemaProblem(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                "schema.yaml-syntax", List.of(String.valueOf(e.getOriginalMessage())));
    }

    private static SchemaProblem translate(MarkedYAMLException m, String text, String file) {
        String context = m.getContext() == null ? "" : m.getContext();
        String problem = m.getProblem() == null ? "" : m.getProblem().strip();
        Mark at = m.getProblemMark();
        Mark from = m.getContextMark() != null ? m.getContextMark() : at;
        int fullWidth = fullWidthIndent(text, at.getLine());
        if (fullWidth >= 0) {
            // SnakeYAML reads U+3000 as text, so its message is about whatever that made of the line
            return new SchemaProblem(file, at.getLine() + 1, fullWidth + 1, "yaml.fullwidth-indent", List.of());
        }
        if (problem.startsWith("found character '\\t(TAB)'")) {
            return at(file, at, "yaml.tab");
        }
        Matcher cannot = CANNOT_START.matcher(problem);
        if (cannot.matches()) {
            return at(file, at, "yaml.cannot-start", cannot.group(1));
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return at(file, from, "yaml.unclosed-quote", charAt(text, from));
        }
        if (problem.startsWith("found unknown escape character")) {
            return at(file, at, "yaml.bad-escape", charAt(text, at));
        }
        if (problem.equals("mapping values are not allowed here")) {
            return at(file, at, "yaml.colon-here");
        }
        if (context.contains("simple key") && problem.startsWith("could not find expected ':'")) {
            return at(file, from, "yaml.missing-colon");
        }
        if (context.contains("flow sequence") && problem.startsWith("expected ','")) {
            return at(file, from, "yaml.unclosed-bracket", "[", "]");
        }
        if (context.contains("flow mapping") && problem.startsWith("expected ','")) {
            return at(file, from, "yaml.unclosed-bracket", "{", "}");
        }
        Matcher found = FOUND.matcher(problem);
        if (found.matches()) {
            String what = found.group(1);
            if (what.equals("]") || what.equals("}")) {
                return at(file, at, "yaml.unmatched-bracket", what);
            }
            if (what.equals("<scalar>")) {
                // title: {kind}一覧 — a value that starts with a bracket is a mapping or a list to YAML
                char before = lastBefore(text, at);
                return at(file, at, before == '}' || before == ']' ? "yaml.text-after-bracket" : "yaml.text-after-value");
            }
            if (problem.startsWith("expected <block end>")) {
                return at(file, at, "yaml.indent");
            }
        }
        String detail = context.isEmpty() ? problem : context + ": " + problem;
        return at(file, at, "schema.yaml-syntax", detail);
    }

    private static SchemaProblem at(String file, Mark mark, String key, Object... args) {
        return new SchemaProblem(file, mark.getLine() + 1, mark.getColumn() + 1, key, List.of(args));
    }

    /** The column (0-based) of a full-width space among the leading blanks of a line, or -1. */
    private static int fullWidthIndent(String text, int line) {
        int start = 0;
        for (int i = 0; i < line && start >= 0; i++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0) {
            return -1;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000') {
                return i - start;
            }
            if (c != ' ' && c != '\t') {
                return -1;
            }
        }
        return -1;
    }

    /** The last character before the mark on its line that is no blank, or a space. */
    private static char lastBefore(String text, Mark mark) {
        int[] cps = text.lines().skip(mark.getLine()).findFirst().orElse("").codePoints().toArray();
        for (int i = Math.min(mark.getColumn(), cps.length) - 1; i >= 0; i--) {
            if (cps[i] != ' ' && cps[i] != '\t') {
                return cps[i] < Character.MIN_SUPPLEMENTARY_CODE_POINT ? (char) cps[i] : ' ';
            }
        }
        return ' ';
    }

    private static String charAt(String text, Mark mark) {
        int[] cps = text.lines().skip(mark.getLine()).findFirst().orElse("").codePoints().toArray();
        return mark.getColumn() < cps.length ? Character.toString(cps[mark.getColumn()]) : "";
    }
}
