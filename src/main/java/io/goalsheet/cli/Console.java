package io.goalsheet.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the CLI may touch outside itself: its output streams, the environment, whether each
 * stream is a terminal, a way to ask for a password, and the clock (today's date decides which
 * fiscal years init takes). Tests pass their own; null is the system's clock, whose time zone is
 * looked up only when a date is asked for: the lookup loads the JDK's time-zone rules, some 30 ms
 * of every start-up, and most commands never ask.
 */
public record Console(
        PrintWriter out,
        PrintWriter err,
        Map<String, String> env,
        boolean outIsTerminal,
        boolean errIsTerminal,
        PasswordPrompt passwordPrompt,
        Clock clock) {

    /** With the system clock. */
    public Console(PrintWriter out, PrintWriter err, Map<String, String> env, boolean outIsTerminal,
                   boolean errIsTerminal, PasswordPrompt passwordPrompt) {
        this(out, err, env, outIsTerminal, errIsTerminal, passwordPrompt, null);
    }

    public LocalDate today() {
        return LocalDate.now(clock != null ? clock : Clock.systemDefaultZone());
    }

    /** Asks the person at the terminal; null when there is no terminal. */
    public interface PasswordPrompt {
        char[] ask(String prompt);
    }

    public String env(String name) {
        return env.get(name);
    }

    /** Colours only on a terminal, and never when NO_COLOR is set (no-color.org) or TERM=dumb. */
    public boolean colorOn(boolean terminal) {
        return terminal && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
    }
}
