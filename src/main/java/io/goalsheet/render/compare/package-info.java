/**
 * The outputs of {@code goalsheet compare} that are not workbooks: the memo ({@link TextMemo}) and the
 * JSON document ({@link JsonComparison}); {@link Wording} holds the words both use and the workbooks'
 * 前回からの変化 sheet uses too.
 */
package io.goalsheet.render.compare;
