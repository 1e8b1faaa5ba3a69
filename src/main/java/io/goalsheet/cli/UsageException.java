package io.goalsheet.cli;

/** A usage problem already worded for the user: printed as one line, exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
