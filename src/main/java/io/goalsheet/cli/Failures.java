package io.goalsheet.cli;

import io.goalsheet.model.Messages;
import java.util.Locale;

/** What a command that failed prints: one line on stderr, the stack trace only with --verbose. */
final class Failures {

    private Failures() {}

    /**
     * @param locale the language of the messages
     * @return the exit code
     */
    static int report(Console console, Exception ex, boolean verbose, Locale locale) {
        int code;
        if (ex instanceof UsageException) {
            console.err().println(ex.getMessage());
            code = ExitCodes.USAGE;
        } else if (ex instanceof OutputException) {
            console.err().println(ex.getMessage());
            code = ExitCodes.OUTPUT_OR_INTERNAL;
        } else {
            console.err().println(Messages.forLocale(locale).get("cli.internal-error", ex));
            code = ExitCodes.OUTPUT_OR_INTERNAL;
        }
        if (verbose) {
            ex.printStackTrace(console.err());
        }
        console.err().flush();
        return code;
    }
}
