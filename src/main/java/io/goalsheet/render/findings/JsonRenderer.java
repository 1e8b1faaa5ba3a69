package io.goalsheet.render.findings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.ValidationReport;
import java.io.IOException;
import java.io.Writer;

/**
 * For scripts: the JSON document of PRODUCT.md §3, streamed one file at a time. Every key is
 * always present (null where it does not apply), in the order shown there; pretty-printed with
 * characters as they are (no {@code \\u} escapes beyond what JSON requires).
 */
public final class JsonRenderer extends AbstractFindingsRenderer {

    public static final String NAME = "json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonGenerator json;

    public JsonRenderer(Writer out, RenderContext ctx) {
        super(out, ctx);
    }

    /** Two-space indents, "key": value, "\n" line ends on every platform; shared with SARIF. */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    @Override
    protected void onStart(String schemaName) throws IOException {
        json = MAPPER.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(prettyPrinter());
        json.writeStartObject();
        json.writeStringField("schema", schemaName);
        json.writeArrayFieldStart("files");
    }

    @Override
    protected void onFile(FileResult result) throws IOException {
        ObjectNode file = MAPPER.createObjectNode();
        file.put("file", result.file());
        file.put("valid", result.valid(ctx.strict()));
        file.put("department", result.department());
        ArrayNode findings = file.putArray("findings");
        for (Finding f : result.findings()) {
            findings.addObject()
                    .put("severity", f.severity().label())
                    .put("code", f.code())
                    .put("sheet", f.sheet())
                    .put("cell", f.cell())
                    .put("row", f.row())
                    .put("column", f.column())
                    .put("line", f.line())
                    .put("field", f.field())
                    .put("value", f.value())
                    .put("message", f.message());
        }
        json.writeTree(file);
    }

    @Override
    protected void onEnd(ValidationReport.Summary s) throws IOException {
        json.writeEndArray();
        ObjectNode summary = MAPPER.createObjectNode()
                .put("files", s.files())
                .put("valid", s.valid())
                .put("invalid", s.invalid())
                .put("errors", s.errors())
                .put("warnings", s.warnings());
        json.writeFieldName("summary");
        json.writeTree(summary);
        json.writeEndObject();
        json.close();
        out.write('\n');
    }
}
