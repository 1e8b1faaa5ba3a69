package io.goalsheet.render.findings;

import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.ValidationReport;
import java.io.IOException;
import java.io.Writer;

/**
 * For people: one block per file, blank lines between (a header with the path and department, then one line per
 * finding with its severity, {@code file:sheet!cell}, code and message, and an indented line with
 * the value found), then a one-line summary. Colours only when {@link RenderContext#color()}.
 *
 * <p>Only ASCII severity words are padded to line up: Japanese is two columns wide on a terminal,
 * so padding it by character count would misalign the lines it is meant to align.
 */
public final class TextRenderer extends AbstractFindingsRenderer {

    public static final String NAME = "text";

    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String GREEN = "\u001B[32m";
    private static final String DIM = "\u001B[2m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final String errorWord;
    private final String warningWord;
    private boolean wroteFile;

    public TextRenderer(Writer out, RenderContext ctx) {
        super(out, ctx);
        String error = texts.label("severity.error");
        String warning = texts.label("severity.warning");
        boolean ascii = isAscii(error) && isAscii(warning);
        int width = ascii ? Math.max(error.length(), warning.length()) : 0;
        this.errorWord = pad(error, width);
        this.warningWord = pad(warning, width);
    }

    @Override
    protected void onFile(FileResult result) throws IOException {
        if (result.findings().isEmpty() && ctx.quiet()) {
            return;
        }
        if (wroteFile) {
            line("");
        }
        wroteFile = true;
        String file = Clean.line(result.file());
        line(paint(BOLD, result.department() == null ? file
                : texts.label("file.department", file, Clean.line(result.department()))));
        if (result.findings().isEmpty()) {
            line("  " + paint(GREEN, texts.label("ok")));
            return;
        }
        for (Finding f : result.findings()) {
            String severity = f.isError() ? paint(RED, errorWord) : paint(YELLOW, warningWord);
            line("  " + severity + "  " + Clean.line(Places.location(result, f, texts.japanese()))
                    + "  " + f.code() + "  " + Clean.line(f.message()));
            if (f.value() != null && !f.value().isEmpty()) {
                line("    " + paint(DIM, texts.label("value", Clean.line(f.value()))));
            }
        }
    }

    @Override
    protected void onEnd(ValidationReport.Summary s) throws IOException {
        if (wroteFile) {
            line("");
        }
        line(texts.label(ctx.strict() ? "summary.strict" : "summary",
                s.files(), s.valid(), s.invalid(), s.errors(), s.warnings()));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private String paint(String colour, String text) {
        return ctx.color() ? colour + text + RESET : text;
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }

    private static String pad(String word, int width) {
        return word.length() >= width ? word : word + " ".repeat(width - word.length());
    }
}
