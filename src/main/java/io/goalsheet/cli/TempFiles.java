package io.goalsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * POI's streaming writer keeps rows in temporary files. They go into one directory of this run's
 * own, and everything in it is deleted when the process ends, normally or by SIGTERM/SIGINT
 * (shutdown hooks), so an interrupted merge leaves nothing behind.
 */
final class TempFiles {

    private static boolean installed;

    private TempFiles() {}

    /** Once per process, by the commands that write workbooks (validate need not pay for it). */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            Path dir = Files.createTempDirectory("goalsheet-");
            // registered first, so deleted last: after the files POI registers in it
            dir.toFile().deleteOnExit();
            System.setProperty(DefaultTempFileCreationStrategy.DELETE_FILES_ON_EXIT, "true");
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
        } catch (IOException e) {
            // POI falls back to java.io.tmpdir; the outputs themselves are still written atomically
        }
    }
}
