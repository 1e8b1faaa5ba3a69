package io.goalsheet.cli;

/**
 * Keeps POI's logging silent. POI logs through the Log4j API; with no Log4j implementation on the
 * class path the API would print "StatusLogger" warnings. The same settings are in
 * log4j2.component.properties; setting them here too makes them hold before any POI class loads.
 */
final class Quiet {

    private Quiet() {}

    static void apply() {
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        System.setProperty("log4j2.simplelogLevel", "OFF");
    }
}
