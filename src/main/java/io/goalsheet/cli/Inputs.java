package io.goalsheet.cli;

import io.goalsheet.model.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workbooks named on the command line: files as given, directories read recursively for
 * .xlsx/.xlsm/.xls (Excel's lock files ~$… skipped), in path order whatever order the shell gave.
 */
final class Inputs {

    /** One input: the real path and the name shown to the user (as they wrote it, with forward slashes). */
    record Input(Path path, String displayName) implements Comparable<Input> {
        /** By the name shown. */
        @Override
        public int compareTo(Input o) {
            return displayName.compareTo(o.displayName);
        }
    }

    private Inputs() {}

    static List<Input> collect(List<Path> args, Messages messages) {
        Map<Path, Input> found = new LinkedHashMap<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                List<Path> files = walk(arg);
                if (files.isEmpty()) {
                    throw new UsageException(messages.get("cli.no-workbooks", arg));
                }
                for (Path f : files) {
                    add(found, f, display(arg.resolve(arg.relativize(f))));
                }
            } else if (Files.exists(arg)) {
                // a file named explicitly is read whatever its extension: the reader judges its content
                add(found, arg, display(arg));
            } else {
                throw new UsageException(messages.get("cli.no-such-path", arg));
            }
        }
        List<Input> inputs = new ArrayList<>(found.values());
        inputs.sort(null);
        return inputs;
    }

    private static void add(Map<Path, Input> found, Path file, String display) {
        Path key;
        try {
            key = file.toRealPath();
        } catch (IOException e) {
            key = file.toAbsolutePath().normalize();
        }
        found.putIfAbsent(key, new Input(file, display));
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(Inputs::isWorkbookName).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isWorkbookName(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".")
                && (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls"));
    }

    /** A path as goalsheet shows it: normalised, with forward slashes on every system. */
    static String display(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }

    /** True when {@code output} is the same file as one of the inputs. */
    static boolean isInput(Path output, List<Input> inputs) {
        Path out = output.toAbsolutePath().normalize();
        for (Input in : inputs) {
            try {
                if (Files.exists(output) && Files.isSameFile(output, in.path())) {
                    return true;
                }
            } catch (IOException e) {
                // fall through to the path comparison
            }
            if (in.path().toAbsolutePath().normalize().equals(out)) {
                return true;
            }
        }
        return false;
    }
}
