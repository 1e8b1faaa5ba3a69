package io.goalsheet.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One department's rows as kept in a TSV under src/test/resources/io/goalsheet/samples: the
 * source the sample workbooks are generated from. Every row carries all its values (goal, initiative
 * … repeated); the layout decides whether to merge or repeat them.
 */
record DepartmentData(String department, List<Row> rows) {

    /** The schema's columns, in the TSV's order. */
    static final List<String> FIELDS = List.of("goalNo", "goal", "evaluation", "initiativeNo", "initiative", "itemNo",
            "item", "target", "baseline", "targetValue", "actual", "unit", "deadline", "progress", "progressRate");

    record Row(List<String> values) {
        String get(String field) {
            return values.get(FIELDS.indexOf(field));
        }

        Row with(String field, String value) {
            List<String> v = new ArrayList<>(values);
            v.set(FIELDS.indexOf(field), value);
            return new Row(v);
        }
    }

    static DepartmentData load(String department) {
        String resource = "/io/goalsheet/samples/" + department + ".tsv";
        try (InputStream in = DepartmentData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample data " + resource);
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != FIELDS.size()) {
                    throw new IllegalArgumentException(resource + ": " + cells.length + " columns in " + line);
                }
                List<String> values = new ArrayList<>();
                for (String c : cells) {
                    values.add(c.replace("\\n", "\n"));
                }
                rows.add(new Row(values));
            }
            return new DepartmentData(department, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DepartmentData withRows(List<Row> newRows) {
        return new DepartmentData(department, newRows);
    }
}
