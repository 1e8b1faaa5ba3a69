package io.goalsheet.schema;

import java.util.Arrays;
import java.util.Optional;

/** Field types: Frictionless names where Frictionless has one, plus goalsheet's fiscalYear. */
public enum FieldType {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    DATE("date"),
    /** Extension: 令和7年度, R7, 2025年度, 2025, FY2025 all mean FY2025. Metadata only. */
    FISCAL_YEAR("fiscalYear");

    private final String yamlName;

    FieldType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<FieldType> of(String yamlName) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(yamlName)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(FieldType::yamlName).toList());
    }
}
