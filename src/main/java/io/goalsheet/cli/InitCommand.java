package io.goalsheet.cli;

import io.goalsheet.check.Validator;
import io.goalsheet.model.DepartmentReport;
import io.goalsheet.model.Finding;
import io.goalsheet.model.Messages;
import io.goalsheet.render.entry.CarryForward;
import io.goalsheet.render.entry.EntryContent;
import io.goalsheet.render.entry.EntryWorkbook;
import io.goalsheet.schema.Schema;
import io.goalsheet.text.DateParse;
import io.goalsheet.text.Eras;
import io.goalsheet.text.FiscalYears;
import io.goalsheet.text.JapaneseDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "init", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = GoalsheetCommand.VersionProvider.class)
final class InitCommand implements Callable<Integer> {

    /** Empty rows prepared when --rows is not given: a blank workbook, and below carried-forward rows. */
    static final int DEFAULT_ROWS = 50;
    static final int DEFAULT_ROWS_AFTER_FROM = 10;
    static final int MAX_ROWS = 10_000;

    /**
     * The fiscal years init writes a workbook for, around this fiscal year: a typo such as R77 for R7
     * (2095) is refused. The validator has no such rule for 年度 in sheets — FiscalYears.parse takes
     * 1869–9998, which R77 is in — so this one is init's own: from redoing a past year's workbook to
     * preparing the next ones.
     */
    static final int FISCAL_YEARS_BACK = 10;
    static final int FISCAL_YEARS_AHEAD = 2;

    private final Console console;

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xlsx")
    Path output;

    @Option(names = "--department", paramLabel = "NAME")
    String department;

    @Option(names = "--fiscal-year", paramLabel = "FY")
    String fiscalYear;

    @Option(names = "--as-of", paramLabel = "DATE")
    String asOf;

    @Option(names = "--rows", paramLabel = "N")
    Integer rows;

    @Option(names = "--from", paramLabel = "FILE")
    Path from;

    @Option(names = "--force")
    boolean force;

    InitCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Messages messages = common.messages();
        OutputPath.requireFile(output, messages);
        Integer fy = fiscalYear == null ? null : parseFiscalYear(messages);
        LocalDate date = asOf == null ? null : parseAsOf(messages);
        if (fy != null && date != null && FiscalYears.of(date) != fy) {
            throw new UsageException(messages.get("init.as-of-outside-fiscal-year", asOf, fiscalYear,
                    FiscalYears.label(fy), day(FiscalYears.start(fy), messages), day(FiscalYears.end(fy), messages)));
        }
        int emptyRows = rows == null ? (from == null ? DEFAULT_ROWS : DEFAULT_ROWS_AFTER_FROM) : rows;
        if (emptyRows < 0 || emptyRows > MAX_ROWS) {
            throw new UsageException(messages.get("init.bad-rows", String.valueOf(rows), String.valueOf(MAX_ROWS)));
        }
        if (!OutputPath.extension(output).equals(".xlsx")) {
            throw new UsageException(messages.get("init.not-xlsx", Inputs.display(output),
                    OutputPath.named(output, messages), OutputPath.withExtension(output, ".xlsx")));
        }
        Schema schema = common.loadSchema(messages, console);
        if (from != null) {
            if (!Files.exists(from)) {
                throw new UsageException(messages.get("cli.no-such-path", from));
            }
            if (Inputs.isInput(output, List.of(new Inputs.Input(from, from.toString())))) {
                throw new UsageException(messages.get("init.output-is-from", output));
            }
        }
        if (Files.exists(output) && !force) {
            throw new UsageException(messages.get("init.exists", output));
        }

        EntryContent carried = EntryContent.blank(null, null, null, emptyRows);
        if (from != null) {
            DepartmentReport report = carry(schema, messages);
            if (report == null) {
                return ExitCodes.INVALID_INPUT;
            }
            carried = CarryForward.content(report, CarryForward.Keep.PLAN, emptyRows);
        }
        if (fy == null && date != null) {
            // the period reported on decides, also when carrying a 期末報告 into the next year
            fy = FiscalYears.of(date);
        }
        if (fy == null) {
            fy = carried.fiscalYear();
        }
        String dept = department != null ? department : carried.department();
        EntryContent content = new EntryContent(dept, fy, date, carried.reportKind(), carried.rows(), emptyRows);
        try {
            AtomicOutput.write(output, out -> EntryWorkbook.write(schema, content, out));
        } catch (IOException e) {
            throw new OutputException(messages.get("cli.cannot-write", output, OutputPath.reason(e, messages)), e);
        }
        if (!common.quiet()) {
            console.out().println(messages.get("init.written", output, carried.rows().size(), emptyRows));
            console.out().flush();
        }
        return ExitCodes.OK;
    }

    /**
     * Reads the --from workbook. Unreadable (or without the table): its findings on stderr and null.
     * Read with errors: what was read is carried, and a warning with the count says so.
     */
    private DepartmentReport carry(Schema schema, Messages messages) {
        String name = from.toString();
        Validator validator = new Validator(schema, common.readOptions(messages, console), messages);
        Validator.Validation v = validator.validate(from, name);
        if (v.reports().isEmpty()) {
            for (Finding f : v.result().findings()) {
                if (f.isError()) {
                    console.err().println(messages.get("init.from-failed", f.location(), f.message()));
                }
            }
            console.err().flush();
            return null;
        }
        long errors = v.result().errors();
        if (errors > 0) {
            console.err().println(messages.get("init.from-errors", name, errors));
        }
        DepartmentReport report = v.reports().get(0);
        if (v.reports().size() > 1) {
            console.err().println(messages.get("init.from-sheets", name, v.reports().size(),
                    report.sheet()));
        }
        console.err().flush();
        return report;
    }

    private Integer parseFiscalYear(Messages messages) {
        OptionalInt fy = FiscalYears.parse(fiscalYear);
        if (fy.isEmpty()) {
            throw new UsageException(messages.get("init.bad-fiscal-year", fiscalYear));
        }
        requirePlausible("init.implausible-fiscal-year", fiscalYear, fy.getAsInt(), messages);
        return fy.getAsInt();
    }

    private LocalDate parseAsOf(Messages messages) {
        DateParse p = JapaneseDates.parse(asOf);
        if (p instanceof DateParse.Valid v) {
            requirePlausible("init.implausible-as-of", asOf, FiscalYears.of(v.date()), messages);
            return v.date();
        }
        throw new UsageException(messages.get(p instanceof DateParse.Invalid ? "init.invalid-as-of" : "init.bad-as-of",
                asOf));
    }

    /** A usage error, giving the range, for a fiscal year outside {@link #FISCAL_YEARS_BACK}…{@link #FISCAL_YEARS_AHEAD}. */
    private void requirePlausible(String key, String given, int fy, Messages messages) {
        int now = FiscalYears.of(console.today());
        int first = now - FISCAL_YEARS_BACK;
        int last = now + FISCAL_YEARS_AHEAD;
        if (fy < first || fy > last) {
            // years as text: a number argument would be written 2,095
            throw new UsageException(messages.get(key, given, FiscalYears.label(fy), String.valueOf(fy),
                    FiscalYears.label(first), String.valueOf(first), FiscalYears.label(last), String.valueOf(last),
                    FISCAL_YEARS_BACK, FISCAL_YEARS_AHEAD));
        }
    }

    /** A day as the messages write it: 令和7年4月1日 in Japanese, 2025-04-01 in English. */
    private static String day(LocalDate d, Messages messages) {
        return messages.japanese() ? Eras.wareki(d) : d.toString();
    }
}
