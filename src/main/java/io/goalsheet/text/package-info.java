/**
 * Reading Japanese office text: trimming, normalisation, numbers, percents, ordinals, marks,
 * eras, dates and fiscal years.
 *
 * <p>Everything here is a pure function on strings (final classes, static methods, no state, no
 * I/O, JDK only), so every rule can be pinned down by a table of examples. Whether a value is
 * required, or what to report, is decided by callers; these classes only say what a text means,
 * or that it means nothing ({@code Optional*.empty()}, {@link io.goalsheet.text.DateParse.NotADate}).
 */
package io.goalsheet.text;
