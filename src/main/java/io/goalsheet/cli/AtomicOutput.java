package io.goalsheet.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

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
        Path tmp = createTemp(dir, target);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            readableLikeAnyNewFile(tmp, target);
            commit(tmp, target);
        } finally {
            discard(tmp);
        }
    }

    // Temporary files being written, deleted by a shutdown hook when the process is stopped (SIGTERM,
    // SIGINT). Creating, moving and deleting them happen under one lock with the hook, so that a
    // signal never falls between a file's creation and its registration, nor lets a move happen after
    // the hook has cleaned up (other threads keep running while shutdown hooks run).

    private static final Set<Path> PENDING = new HashSet<>();
    private static boolean hooked;
    private static boolean stopping;

    private static synchronized Path createTemp(Path dir, Path target) throws IOException {
        if (!hooked) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::stop, "goalsheet-cleanup"));
                hooked = true;
            } catch (IllegalStateException shutdownInProgress) {
                stopping = true;
            }
        }
        if (stopping) {
            throw new InterruptedIOException("stopped");
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        PENDING.add(tmp);
        return tmp;
    }

    private static synchronized void commit(Path tmp, Path target) throws IOException {
        if (stopping) {
            throw new InterruptedIOException("stopped");
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        PENDING.remove(tmp);
    }

    private static synchronized void discard(Path tmp) throws IOException {
        if (PENDING.remove(tmp)) {
            Files.deleteIfExists(tmp);
        }
    }

    private static synchronized void stop() {
        stopping = true;
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more can be done while the process ends
            }
        }
        PENDING.clear();
    }
}
