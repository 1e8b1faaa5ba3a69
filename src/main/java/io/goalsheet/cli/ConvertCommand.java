package io.goalsheet.cli;

import io.goalsheet.check.Validator;
import io.goalsheet.check.Validator.Validation;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.FileResult;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Messages;
import io.goalsheet.model.Severity;
import io.goalsheet.render.entry.CarryForward;
import io.goalsheet.render.entry.EntryContent;
import io.goalsheet.render.entry.EntryWorkbook;
import io.goalsheet.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = GoalsheetCommand.VersionProvider.class)
final class ConvertCommand implements Callable<Integer> {

    /** A file name longer than this (in UTF-8 bytes, before .xlsx) is cut: room for the temporary file's name. */
    static final int MAX_NAME_BYTES = 200;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private final Console console;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR|OUT.xlsx")
    Path output;

    @Option(names = "--force")
    boolean force;

    ConvertCommand(Console console) {
        this.console = console;
    }

    /** A report to write, and where. */
    private record Target(DepartmentReport report, Path path) {}

    @Override
    public Integer call() throws IOException {
        Messages messages = common.messages();
        Schema schema = common.loadSchema(messages, console);
        List<Inputs.Input> inputs = Inputs.collect(paths, messages);
        if (Inputs.isInput(output, inputs)) {
            throw new UsageException(messages.get("cli.output-is-input", output));
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean toFile = name.endsWith(".xlsx") && !Files.isDirectory(output);
        if (!toFile) {
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw new UsageException(messages.get("convert.not-a-directory", output));
            }
            if (name.endsWith(".xls") || name.endsWith(".xlsm")) {
                throw new UsageException(messages.get("convert.not-xlsx", Inputs.display(output),
                        OutputPath.named(output, messages), OutputPath.withExtension(output, ".xlsx")));
            }
        } else if (inputs.size() > 1) {
            // each input holds at least one department's report
            throw new UsageException(messages.get("convert.one-file", output));
        }

        Validator validator = new Validator(schema, common.readOptions(messages, console), messages);
        List<Validation> validations = new ArrayList<>();
        try (Progress progress = Progress.of(console, inputs.size(), common.quiet())) {
            Batch.validate(validator, inputs, progress, validations::add);
        }
        if (toFile) {
            int reports = validations.stream().mapToInt(v -> Math.max(1, v.reports().size())).sum();
            if (reports != 1) {
                throw new UsageException(messages.get("convert.one-file", output));
            }
        }

        // where each report of a valid input goes; a second report for the same file is an error, not an overwrite
        List<Target> targets = new ArrayList<>();
        List<FileResult> results = new ArrayList<>();
        List<FileResult> invalid = new ArrayList<>();
        Map<String, Target> byName = new HashMap<>();
        for (Validation v : validations) {
            FileResult result = v.result();
            if (result.errors() > 0) {
                invalid.add(result);
                results.add(result);
                continue;
            }
            List<Finding> findings = new ArrayList<>(result.findings());
            for (DepartmentReport r : v.reports()) {
                Path path = toFile ? output : output.resolve(fileName(r.department(), result.file()) + ".xlsx");
                Target t = new Target(r, path);
                Target first = byName.putIfAbsent(key(path), t);
                if (first == null) {
                    targets.add(t);
                } else {
                    findings.add(new Finding(Severity.ERROR, "duplicate-department", r.file(), r.sheet(), null, null,
                            null, null, r.department(), messages.get("convert.duplicate", r.department(),
                            first.report().file() + "（" + first.report().sheet() + "）",
                            r.file() + "（" + r.sheet() + "）", Inputs.display(path))));
                }
            }
            results.add(new FileResult(result.file(), result.department(), findings));
        }

        List<String> refused = new ArrayList<>();
        for (Target t : targets) {
            if (Inputs.isInput(t.path(), inputs)) {
                throw new UsageException(messages.get("cli.output-is-input", Inputs.display(t.path())));
            }
            OutputPath.requireFile(t.path(), messages);
            if (Files.exists(t.path()) && !force) {
                refused.add(messages.get("init.exists", Inputs.display(t.path())));
            }
        }
        if (!refused.isEmpty()) {
            throw new UsageException(String.join(System.lineSeparator(), refused));
        }

        Consolidate.printFindings(results, schema, messages, common, console);
        for (FileResult r : invalid) {
            console.err().println(messages.get("convert.not-converted", r.file(), r.errors()));
        }
        console.err().flush();

        for (Target t : targets) {
            EntryContent content = CarryForward.content(t.report(), CarryForward.Keep.ALL,
                    InitCommand.DEFAULT_ROWS_AFTER_FROM);
            try {
                AtomicOutput.write(t.path(), out -> EntryWorkbook.write(schema, content, out));
            } catch (IOException e) {
                throw new OutputException(messages.get("cli.cannot-write", Inputs.display(t.path()),
                        OutputPath.reason(e, messages)), e);
            }
            if (!common.quiet()) {
                console.out().println(messages.get("convert.written", t.report().department(),
                        Inputs.display(t.path())));
                console.out().flush();
            }
        }
        boolean errors = results.stream().anyMatch(r -> r.errors() > 0);
        return errors ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }

    /**
     * The file name (without extension) for a department: its name, with what no file system takes
     * (/ \ : * ? " < > |, control characters, a leading dot or ~$, trailing dots and spaces, Windows'
     * device names) replaced, cut to {@link #MAX_NAME_BYTES}. Without a name, the input's own.
     */
    static String fileName(String department, String inputName) {
        String name = department;
        if (name == null || name.isBlank()) {
            String file = Path.of(inputName).getFileName().toString();
            int dot = file.lastIndexOf('.');
            name = dot > 0 ? file.substring(0, dot) : file;
        }
        StringBuilder sb = new StringBuilder();
        name.strip().codePoints().forEach(c -> sb.appendCodePoint(unsafe(c) ? '_' : c));
        String safe = cut(sb.toString());
        int end = safe.length();
        while (end > 0 && (safe.charAt(end - 1) == '.' || Character.isWhitespace(safe.charAt(end - 1)))) {
            end--;
        }
        safe = safe.substring(0, end);
        if (safe.isEmpty()) {
            return "_";
        }
        if (safe.startsWith(".") || safe.startsWith("~$")) {
            safe = "_" + safe.substring(1);
        }
        int dot = safe.indexOf('.');
        if (RESERVED.contains((dot < 0 ? safe : safe.substring(0, dot)).toUpperCase(Locale.ROOT))) {
            safe = "_" + safe;
        }
        return safe;
    }

    private static boolean unsafe(int c) {
        return "/\\:*?\"<>|".indexOf(c) >= 0 || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    }

    /** At most {@link #MAX_NAME_BYTES} bytes of UTF-8, whole code points. */
    private static String cut(String s) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return s;
        }
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes + n > MAX_NAME_BYTES) {
                break;
            }
            bytes += n;
            i += Character.charCount(c);
        }
        return s.substring(0, i);
    }

    /** Names that are the same file on a case-insensitive or normalising file system (Windows, macOS). */
    private static String key(Path path) {
        return Normalizer.normalize(path.toAbsolutePath().normalize().toString(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }
}
