package io.goalsheet.cli;

import io.goalsheet.model.Messages;
import java.time.Instant;

/**
 * The creation time written outputs record: SOURCE_DATE_EPOCH (reproducible-builds.org) when set,
 * so that the same inputs give byte-identical files; otherwise now.
 */
final class SourceDate {

    private SourceDate() {}

    static Instant of(Console console, Messages messages) {
        String epoch = console.env("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
        } catch (NumberFormatException e) {
            throw new UsageException(messages.get("cli.bad-source-date-epoch", epoch));
        }
    }
}
