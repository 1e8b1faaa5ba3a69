package io.goalsheet.cli;

import io.goalsheet.model.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The -o path of a command: checks made before any work, so that a refusal leaves nothing behind,
 * and the words its messages use for it — always the path the user gave, never the temporary file
 * an output is written to first.
 */
final class OutputPath {

    private OutputPath() {}

    /** An existing directory where a file is to be written is a usage error. */
    static void requireFile(Path output, Messages messages) {
        if (Files.isDirectory(output)) {
            throw new UsageException(messages.get("cli.output-is-directory", Inputs.display(output)));
        }
    }

    /** The extension of the file name, lower case with its dot (".xlsx"), or "" without one. */
    static String extension(Path p) {
        Path name = p.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot);
    }

    /** How the messages say what {@code p} is named: "is named .pdf" or "has no extension" (in Japanese, what follows 「p」). */
    static String named(Path p, Messages messages) {
        String ext = extension(p);
        return ext.isEmpty() ? messages.get("cli.no-extension") : messages.get("cli.named", ext);
    }

    /** What a file with the extension is, "an Excel workbook" for .xlsx; null for one the messages do not name. */
    static String kind(String extension, Messages messages) {
        String key = "cli.kind." + extension.replace(".", "");
        return extension.isEmpty() || !messages.has(key) ? null : messages.get(key);
    }

    /** {@code p} with its extension replaced ("x.xlsx" → "x.pdf"), to suggest a name. */
    static String withExtension(Path p, String extension) {
        String display = Inputs.display(p);
        String ext = extension(p);
        return (ext.isEmpty() ? display : display.substring(0, display.length() - ext.length())) + extension;
    }

    /** Why writing failed, without the temporary file's name that some exceptions carry. */
    static String reason(IOException e, Messages messages) {
        if (e instanceof AccessDeniedException) {
            return messages.get("cli.write-denied");
        }
        if (e instanceof FileAlreadyExistsException f && f.getFile() != null) {
            // Files.createDirectories met a file where a directory of the path should be
            return messages.get("cli.write-file-in-the-way", f.getFile());
        }
        if (e instanceof FileSystemException f) {
            // Without a reason its message is only the file's name: the temporary file's, for a folder
            // where no file can be made (/proc, or a folder removed after it was made)
            return f.getReason() != null ? f.getReason() : messages.get("cli.write-cannot-create");
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
