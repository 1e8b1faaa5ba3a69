package io.goalsheet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version: from the jar's manifest, or (classes not in a jar) a resource Maven fills in at build time. */
final class Version {

    private Version() {}

    static String get() {
        // from the jar's manifest, which the class-data-sharing archive keeps: no resource to read
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        // through the module, which looks on the class path only (the class loader asks the JDK's modules first)
        try (InputStream in = Version.class.getModule().getResourceAsStream("io/goalsheet/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
