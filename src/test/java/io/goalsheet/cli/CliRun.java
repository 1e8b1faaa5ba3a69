package io.goalsheet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Runs the whole CLI in-process and keeps what it printed. */
final class CliRun {

    /** The day the runs happen, in the fiscal year of the samples (令和7年度), so that no test depends on the date it runs. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    final int code;
    final String out;
    final String err;

    private CliRun(int code, String out, String err) {
        this.code = code;
        this.out = out;
        this.err = err;
    }

    static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    static CliRun run(Map<String, String> env, String... args) {
        return run(TODAY, env, args);
    }

    static CliRun run(Clock today, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> e = new HashMap<>(env);
        Console console = new Console(new PrintWriter(out), new PrintWriter(err), e, false, false, null, today);
        int code = new Main(console).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
