package io.goalsheet.render.xlsx;

import io.goalsheet.schema.Field;
import io.goalsheet.schema.FieldType;

/** Column widths (in characters) that fit a field's kind of content. */
final class ColumnWidths {

    private ColumnWidths() {}

    static int of(Field f) {
        if (f.type() == FieldType.DATE) {
            return 11;
        }
        if (f.type() == FieldType.INTEGER || !f.constraints().enumValues().isEmpty()) {
            return 7;
        }
        if (f.type() == FieldType.NUMBER) {
            return 10;
        }
        Integer max = f.constraints().maxLength();
        if (max != null && max <= 20) {
            return 8;
        }
        return max != null && max > 800 ? 44 : 30;
    }
}
