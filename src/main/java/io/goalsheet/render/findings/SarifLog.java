package io.goalsheet.render.findings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The part of SARIF 2.1.0 goalsheet writes, as plain data for Jackson. Null members are left
 * out; the properties GitHub code scanning requires are never null.
 */
@JsonPropertyOrder({"$schema", "version", "runs"})
record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "2.1.0";

    record Run(Tool tool, List<Result> results) {}

    record Tool(Driver driver) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Driver(String name, String version, String informationUri, List<Rule> rules) {}

    record Rule(
            String id,
            String name,
            Text shortDescription,
            Text fullDescription,
            Text help,
            Configuration defaultConfiguration) {}

    record Text(String text) {}

    record Configuration(String level) {}

    record Result(
            String ruleId,
            int ruleIndex,
            String level,
            Text message,
            List<Location> locations,
            Map<String, String> partialFingerprints,
            Map<String, String> properties) {}

    record Location(PhysicalLocation physicalLocation) {}

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

    record ArtifactLocation(String uri) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Region(int startLine, Integer startColumn) {}
}
