package io.goalsheet.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What the CLI may touch outside itself: its output streams, the environment, whether each
 * stream is a terminal, and a way to ask for a password. Tests pass their own.
 */
public record Console(
        PrintWriter out,
        PrintWriter err,
        Map<String, String> env,
        boolean outIsTerminal,
        boolean errIsTerminal,
        PasswordPrompt passwordPrompt) {

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
