package io.goalsheet.schema;

/**
 * Extension: one aligned text column of the published layout ({@link Outline}) and the numbers and
 * date its lines may state. A line 「LINE友だち登録者数 17,913人→20,000人」 gives {@code from} 17,913,
 * {@code to} 20,000 and {@code unit} 人; the rate of 「進捗度 60%」 goes to {@code rate}; a line of the
 * {@code date} field's title (or an alias) and a date alone, 「期限 令和8年3月31日」, gives that field.
 * Each is a field name, or null.
 */
public record OutlineColumn(String field, String from, String to, String unit, String rate, String date) {}
