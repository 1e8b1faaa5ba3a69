package io.goalsheet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output to a temporary file beside the target and moves it into place only when
 * complete, so a failure (or an interruption) never leaves a half-written file under the real name.
 */
final class AtomicOutput {

    /** Writes the content of an output stream; may throw IOException. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {}

    /** A temporary file is private (600); the output should have the permissions a new file or the old one had. */
    private static void readableLikeAnyNewFile(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        // removed on an abrupt exit (SIGTERM/SIGINT run shutdown hooks) before the move
        tmp.toFile().deleteOnExit();
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            readableLikeAnyNewFile(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
