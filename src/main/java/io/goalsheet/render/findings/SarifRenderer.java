package io.goalsheet.render.findings;

import io.goalsheet.model.FindingCodes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Severity;
import io.goalsheet.model.ValidationReport;
import io.goalsheet.render.findings.SarifLog.ArtifactLocation;
import io.goalsheet.render.findings.SarifLog.Location;
import io.goalsheet.render.findings.SarifLog.PhysicalLocation;
import io.goalsheet.render.findings.SarifLog.Region;
import io.goalsheet.render.findings.SarifLog.Result;
import io.goalsheet.render.findings.SarifLog.Text;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For code scanning (GitHub and other SARIF viewers): a SARIF 2.1.0 log with one rule per code
 * found and one result per finding, built as a {@link SarifLog} and serialized by Jackson in
 * {@code end}. Row is {@code startLine} and the column's index {@code startColumn}; sheet, cell
 * and value are in the message (a viewer shows only that) and in {@code properties}.
 *
 * <p>A finding without a row (file- or sheet-level) gets {@code region.startLine = 1} and no
 * column: GitHub documents {@code region.startLine} as required for every location, and a
 * workbook has no "whole file" region to point at instead.
 */
public final class SarifRenderer extends AbstractFindingsRenderer {

    public static final String NAME = "sarif";
    public static final String FINGERPRINT = "goalsheet/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Pending(FileResult file, Finding finding) {}

    private final List<Pending> pending = new ArrayList<>();

    public SarifRenderer(Writer out, RenderContext ctx) {
        super(out, ctx);
    }

    @Override
    protected void onFile(FileResult result) {
        result.findings().forEach(f -> pending.add(new Pending(result, f)));
    }

    @Override
    protected void onEnd(ValidationReport.Summary summary) throws IOException {
        Map<String, Severity> codes = new TreeMap<>();
        pending.forEach(p -> codes.putIfAbsent(p.finding().code(), p.finding().severity()));
        List<String> ruleIds = List.copyOf(codes.keySet());
        List<SarifLog.Rule> rules = ruleIds.stream().map(code -> new SarifLog.Rule(code,
                        ruleName(code), new Text(texts.title(code)),
                        new Text(texts.description(code)), new Text(texts.description(code)),
                        new SarifLog.Configuration(
                                FindingCodes.defaultSeverity(code, codes.get(code)).label())))
                .toList();
        List<Result> results = pending.stream()
                .map(p -> result(p.file(), p.finding(), ruleIds.indexOf(p.finding().code())))
                .toList();
        SarifLog.Driver driver = new SarifLog.Driver(
                "goalsheet", ctx.toolVersion(), null, rules); // no informationUri: the project names no web address
        SarifLog log = new SarifLog(SarifLog.SCHEMA, SarifLog.VERSION,
                List.of(new SarifLog.Run(new SarifLog.Tool(driver), results)));
        out.write(MAPPER.writer(JsonRenderer.prettyPrinter()).writeValueAsString(log));
        out.write('\n');
    }

    private Result result(FileResult file, Finding f, int ruleIndex) {
        String path = Places.slashes(Places.file(file, f));
        Region region = f.row() == null ? new Region(1, null)
                : new Region(f.row(), Places.columnIndex(f.column()));
        Location location = new Location(new PhysicalLocation(
                new ArtifactLocation(Places.uri(path)), region));
        Map<String, String> properties = new LinkedHashMap<>();
        putIfPresent(properties, "sheet", f.sheet());
        putIfPresent(properties, "cell", f.cell());
        putIfPresent(properties, "line", f.line() == null ? null : f.line().toString());
        putIfPresent(properties, "field", f.field());
        putIfPresent(properties, "value", f.value());
        return new Result(f.code(), ruleIndex, f.severity().label(), new Text(message(f)),
                List.of(location), Map.of(FINGERPRINT, fingerprint(f, path)), properties);
    }

    /** "sheet!cell: message (value: …)": the message is all a viewer shows. */
    private String message(Finding f) {
        String where = f.place(texts.japanese());
        String text = where == null ? f.message() : where + ": " + f.message();
        return f.value() == null ? text : texts.label("message.value", text, f.value());
    }

    /** SHA-256 of code|file|sheet|cell|value: GitHub cannot fingerprint a workbook's lines. */
    static String fingerprint(Finding f, String path) {
        String key = String.join("|", f.code(), path, orEmpty(f.sheet()), orEmpty(f.cell()),
                orEmpty(f.value()));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** "invalid-date" → "InvalidDate", the identifier-like name SARIF suggests for a rule. */
    static String ruleName(String code) {
        StringBuilder sb = new StringBuilder();
        for (String part : code.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
