package io.goalsheet.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The usual {@code validate} command lines, run without picocli. Building picocli's model of a
 * command (reflection over its annotations, a few hundred classes) takes longer than validating a
 * workbook, so a line made only of paths and {@code validate}'s own options, each given once and
 * spelled out ({@code -q}, {@code --format json}, {@code --format=json}), is parsed here. Anything
 * else — help, a typo, clustered flags ({@code -qv}), {@code --}, an {@code @file}, a repeated
 * option, a value that looks like an option, a path that is not one — goes to picocli, which owns
 * every message about the command line. A test runs lines both ways and compares what they print.
 */
final class DirectValidate {

    /** Every spelling accepted here, to the option's long name. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("--format", "--format"),
            Map.entry("-o", "--output"), Map.entry("--output", "--output"),
            Map.entry("--strict", "--strict"),
            Map.entry("--schema", "--schema"),
            Map.entry("--lang", "--lang"),
            Map.entry("--password", "--password"),
            Map.entry("-q", "--quiet"), Map.entry("--quiet", "--quiet"),
            Map.entry("-v", "--verbose"), Map.entry("--verbose", "--verbose"));

    private static final Set<String> WITH_VALUE = Set.of("--format", "--output", "--schema", "--lang");

    private DirectValidate() {}

    /** The command with its options set as picocli would set them, or null when picocli must parse {@code args}. */
    static ValidateCommand parse(String[] args, Console console) {
        if (args.length < 2 || !args[0].equals("validate") || picocliConfigured()) {
            return null;
        }
        ValidateCommand command = new ValidateCommand(console);
        CommonOptions common = new CommonOptions();
        command.common = common;
        command.format = "text";
        List<Path> paths = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.charAt(0) == '@') {
                return null;
            }
            if (arg.charAt(0) != '-') {
                Path path = path(arg);
                if (path == null) {
                    return null;
                }
                paths.add(path);
                continue;
            }
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String option = OPTIONS.get(eq < 0 ? arg : arg.substring(0, eq));
            if (option == null || !seen.add(option)) {
                return null;
            }
            String value = null;
            if (WITH_VALUE.contains(option)) {
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                }
                if (value == null || value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@') {
                    return null;
                }
            } else if (eq >= 0) {
                return null;
            }
            switch (option) {
                case "--format" -> command.format = value;
                case "--output" -> {
                    command.output = path(value);
                    if (command.output == null) {
                        return null;
                    }
                }
                case "--strict" -> command.strict = true;
                case "--schema" -> {
                    common.schema = path(value);
                    if (common.schema == null) {
                        return null;
                    }
                }
                case "--lang" -> common.lang = value;
                case "--password" -> common.askPassword = true;
                case "--quiet" -> common.quiet = true;
                case "--verbose" -> common.verbose = true;
                default -> throw new IllegalStateException(option);
            }
        }
        if (paths.isEmpty()) {
            return null;
        }
        command.paths = paths;
        return command;
    }

    /** Runs the command as picocli's execute would: its exit code, or the one its failure gives. */
    static int execute(ValidateCommand command, Console console) {
        try {
            return command.call();
        } catch (Exception e) {
            return Failures.report(console, e, command.common.verbose, command.common.lang);
        }
    }

    /** As picocli converts a Path; null when it would refuse the text. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** System properties such as picocli.trimQuotes change how picocli reads a line; then it reads it. */
    private static boolean picocliConfigured() {
        for (Object key : System.getProperties().keySet()) {
            if (key instanceof String s && s.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }
}
