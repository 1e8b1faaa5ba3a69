package io.goalsheet.cli;

/** The process exit codes (PRODUCT.md §2), listed in --help. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The input data has errors, including unreadable or unsupported files. */
    public static final int INVALID_INPUT = 1;
    /** Bad option, unreadable or invalid schema or template file. */
    public static final int USAGE = 2;
    /** The output could not be written, or an internal fault. */
    public static final int OUTPUT_OR_INTERNAL = 3;

    private ExitCodes() {}
}
