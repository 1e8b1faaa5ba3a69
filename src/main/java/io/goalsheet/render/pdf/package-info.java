/**
 * The publishable PDF report ({@link io.goalsheet.render.pdf.PdfReport}), set with OpenPDF in the
 * layout of the published 重点目標一覧表.
 *
 * <p>How it is made: {@code Sections} adds the cover, the summary (table and JFreeChart chart drawn
 * through OpenPDF's Graphics2D), the departments and the appendix to one document;
 * {@code GoalTable} sets a goal as rows that keep ①/(1) level across the columns, and
 * {@code Sections} chooses where a goal's table breaks across pages; {@code PageDecorations} draws
 * the running header and "n / N" and keeps the outline. All text goes through {@code Typo}, which
 * uses the one embedded font and {@link io.goalsheet.render.pdf.JapaneseLineBreak}. {@code
 * DocumentId} makes the file identifier a digest of the document, so the same inputs give the same
 * bytes.
 */
package io.goalsheet.render.pdf;
