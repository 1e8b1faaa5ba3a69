package io.goalsheet.render.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.goalsheet.model.Change;
import io.goalsheet.model.Comparison;
import io.goalsheet.model.Consolidation;
import io.goalsheet.model.DepartmentComparison;
import io.goalsheet.model.Totals;
import io.goalsheet.render.findings.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * {@code compare --format json}, for scripts: both periods, per department its counts, and every change
 * with its department, key (goalNo, initiativeNo, itemNo, target), field, previous and current value and,
 * for numbers, the change. Every key is always present (null where it does not apply); values are
 * numbers, ISO dates and texts as read, except 進捗度 and averages of it, which are to one decimal as
 * every output shows them (their changes are the differences of those).
 */
public final class JsonComparison {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public void write(Comparison c, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("previous", period(c.previous()));
        root.set("current", period(c.current()));
        root.put("newPlan", c.newPlan());
        ArrayNode departments = root.putArray("departments");
        for (DepartmentComparison d : c.departments()) {
            ObjectNode n = departments.addObject();
            n.put("department", d.department());
            n.put("status", d.previous() == null ? "added" : d.current() == null ? "dropped" : "both");
            n.set("goals", pair(d.previous() == null ? null : d.previous().goals().size(),
                    d.current() == null ? null : d.current().goals().size()));
            n.set("averageProgress", average(d.previousTotals(), d.currentTotals(), d.averageChange()));
            n.put("evaluationsUp", d.evaluationsUp());
            n.put("evaluationsDown", d.evaluationsDown());
            n.put("moved", d.moved());
            n.put("staleProgress", d.count(Change.Kind.STALE_PROGRESS));
            n.put("actualDecreased", d.count(Change.Kind.ACTUAL_DECREASED));
            n.put("added", d.count(Change.Kind.ADDED));
            n.put("dropped", d.count(Change.Kind.DROPPED));
        }
        ArrayNode changes = root.putArray("changes");
        for (Change ch : c.changes()) {
            ObjectNode n = changes.addObject();
            n.put("kind", ch.kind().code());
            n.put("severity", ch.kind().isWarning() ? "warning" : null);
            n.put("department", ch.department());
            key(n, ch.key());
            n.set("previousKey", ch.previousKey() == null ? null : key(MAPPER.createObjectNode(), ch.previousKey()));
            n.put("match", ch.match() == null ? null : ch.match().code());
            n.put("similarity", ch.match() == Change.Match.SIMILAR ? Math.round(ch.similarity() * 100) / 100.0 : null);
            n.put("field", ch.field());
            boolean rate = ch.field().equals("progressRate");
            value(n, "previous", ch.previous(), rate);
            value(n, "current", ch.current(), rate);
            n.put("change", ch.change());
            n.put("unit", ch.unit());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("departments", c.departments().size());
        summary.put("changes", c.changes().size());
        summary.put("warnings", c.warnings());
        JsonGenerator json = MAPPER.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(JsonRenderer.prettyPrinter());
        json.writeTree(root);
        json.flush();
        out.write('\n');
        out.flush();
    }

    private static ObjectNode period(Consolidation c) {
        return MAPPER.createObjectNode()
                .put("fiscalYear", c.fiscalYear())
                .put("asOf", c.asOf().toString())
                .put("reportKind", c.reportKind())
                .put("departments", c.departments().size())
                .put("indicators", c.indicatorCount());
    }

    private static ObjectNode pair(Integer before, Integer after) {
        return MAPPER.createObjectNode().put("previous", before).put("current", after);
    }

    private static ObjectNode average(Totals before, Totals after, Double change) {
        return MAPPER.createObjectNode()
                .put("previous", shown(before == null ? null : before.averageProgress()))
                .put("current", shown(after == null ? null : after.averageProgress()))
                .put("change", change);
    }

    private static ObjectNode key(ObjectNode n, Change.Key key) {
        n.put("goalNo", key == null ? null : key.goalNo());
        n.put("initiativeNo", key == null ? null : key.initiativeNo());
        n.put("itemNo", key == null ? null : key.itemNo());
        n.put("target", key == null ? null : key.target());
        return n;
    }

    /** A rate or an average as the memo and the reports show it, so that current − previous is the change. */
    private static Double shown(Double rate) {
        return rate == null ? null : Change.shownRate(rate);
    }

    private static void value(ObjectNode n, String name, Object v, boolean rate) {
        if (v instanceof Double d) {
            n.put(name, rate ? shown(d) : d);
        } else if (v instanceof Integer i) {
            n.put(name, i);
        } else if (v instanceof LocalDate d) {
            n.put(name, d.toString());
        } else {
            n.put(name, (String) v);
        }
    }
}
