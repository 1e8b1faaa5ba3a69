package io.goalsheet.schema;

import java.util.List;

/** A schema file that cannot be used, with every problem found in it. */
public final class SchemaException extends Exception {

    private final List<SchemaProblem> problems;

    public SchemaException(List<SchemaProblem> problems) {
        super(problems.isEmpty() ? "invalid schema" : problems.get(0).location() + ": " + problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    public List<SchemaProblem> problems() {
        return problems;
    }
}
