package io.goalsheet.schema;

import java.util.List;
import java.util.Map;

/**
 * One column of the table.
 *
 * @param titles      the column title followed by its aliases; a header cell matching any of them is this column
 * @param format      "default", or an extension: "ordinal" (integer written ①, (1) …), "percent" (number in percent points)
 * @param lookalikes  extension: text people type, mapped to the allowed value before checking (〇 → ○)
 * @param freeTextDates extension: dates inside the text (9月30日, 8/7) must exist
 * @param period      extension: "fiscalYear" to warn about dates outside the report's fiscal year, else null
 */
public record Field(
        String name,
        List<String> titles,
        String description,
        FieldType type,
        String format,
        Constraints constraints,
        Map<String, String> lookalikes,
        boolean freeTextDates,
        String period) {

    public Field {
        titles = List.copyOf(titles);
        lookalikes = Map.copyOf(lookalikes);
    }

    /** The main title, as shown in the header row. */
    public String title() {
        return titles.get(0);
    }

    public boolean isOrdinal() {
        return "ordinal".equals(format);
    }

    public boolean isPercent() {
        return "percent".equals(format);
    }
}
