package io.goalsheet.schema;

import java.util.List;

/**
 * One thing wrong with a schema file, where it is (1-based line and column; 0 when unknown), and
 * a message key of the {@code io.goalsheet.messages} bundle with its arguments.
 */
public record SchemaProblem(String file, int line, int column, String key, List<Object> args) {

    public SchemaProblem {
        args = List.copyOf(args);
    }

    /** "file:3:7" as editors and compilers print it. */
    public String location() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
