package io.goalsheet.cli;

/** The output could not be written: printed as one line, exit code 3. */
final class OutputException extends RuntimeException {

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
