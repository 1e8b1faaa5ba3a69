package io.goalsheet.cli;

import io.goalsheet.model.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workbooks named on the command line: files as given, directories read recursively for
 * .xlsx/.xlsm/.xls (Excel's lock files ~$… skipped), in path order whatever order the shell gave.
 */
final class Inputs {

    /**
     * One input: the real path and the name shown to the user (as they wrote it, with forward slashes).
     * {@code unlisted} is why a folder met on the way could not be listed (no permission, a lost network
     * drive): it is reported as an unreadable input, since the workbooks in it are unknown; null otherwise.
     */
    record Input(Path path, String displayName, IOException unlisted) implements Comparable<Input> {

        Input(Path path, String displayName) {
            this(path, displayName, null);
        }

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
                // a folder named through a link is the folder it links to; links to folders inside are
                // not followed (one may point back up the tree)
                Path dir = realPath(arg);
                List<Found> files = walk(dir);
                if (files.isEmpty()) {
                    throw new UsageException(messages.get("cli.no-workbooks", arg));
                }
                for (Found f : files) {
                    // the walk enters no linked folder, so a file that is no link is at its real path
                    Path key = f.link() ? realPath(f.path()) : f.path();
                    found.putIfAbsent(key, new Input(f.path(), display(arg.resolve(dir.relativize(f.path()))), f.unlisted()));
                }
            } else if (Files.exists(arg)) {
                // a file named explicitly is read whatever its extension: the reader judges its content
                found.putIfAbsent(realPath(arg), new Input(arg, display(arg)));
            } else {
                throw new UsageException(messages.get("cli.no-such-path", arg));
            }
        }
        List<Input> inputs = new ArrayList<>(found.values());
        inputs.sort(null);
        return inputs;
    }

    /** The same file however it was named (through links, "..", a relative path): what tells duplicates. */
    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** A workbook found in a folder and whether it is a link to a file elsewhere; or a folder that could not be listed. */
    private record Found(Path path, boolean link, IOException unlisted) {}

    /** The workbooks under {@code dir}, in path order, with the attributes the walk read (no second look per file). */
    private static List<Found> walk(Path dir) {
        List<Found> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // anything named as a workbook but a folder is read, and the reader says what is wrong with
                    // a link whose target is gone or a pipe: a submission must never drop out unseen
                    if (isWorkbookName(file) && !(attrs.isSymbolicLink() && Files.isDirectory(file))) {
                        files.add(new Found(file, attrs.isSymbolicLink(), null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** A folder that cannot be opened is an input of its own, reported as unreadable: the rest go on. */
                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    files.add(new Found(file, false, e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(Found::path));
        return files;
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
