package io.goalsheet.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One department's goals in the published layout (the seed document's own table: one row per goal,
 * each cell many lines with ① / (1) / ・ markers), as kept in a text file under
 * src/test/resources/io/goalsheet/samples/published. The format is described at the top of
 * published/政策企画部.txt: {@code @goal <number> <mark> <title>}, then the three cells, each
 * after its heading line ({@code @具体的な重点取組項目（箇条書き）}, {@code @期限・数値目標等},
 * {@code @進捗状況・進捗度}), one cell line per file line, nothing trimmed.
 */
public record PublishedData(String department, List<Goal> goals) {

    /** The headings of the three cells, in the file's and the sheet's order. */
    public static final List<String> CELLS = List.of("具体的な重点取組項目（箇条書き）", "期限・数値目標等", "進捗状況・進捗度");

    /** One goal: its title row (number, title, 自己評価 mark) and the lines of its three cells. */
    public record Goal(int number, String title, String mark, List<String> initiatives, List<String> targets,
                       List<String> progress) {

        public Goal {
            initiatives = List.copyOf(initiatives);
            targets = List.copyOf(targets);
            progress = List.copyOf(progress);
        }

        /** The three cells' lines in column order (B, C, D). */
        public List<List<String>> cells() {
            return List.of(initiatives, targets, progress);
        }

        Goal withProgress(List<String> lines) {
            return new Goal(number, title, mark, initiatives, targets, lines);
        }
    }

    public PublishedData {
        goals = List.copyOf(goals);
    }

    /** The data of {@code published/<department>.txt}. */
    public static PublishedData load(String department) {
        String resource = "/io/goalsheet/samples/published/" + department + ".txt";
        try (InputStream in = PublishedData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no published sample data " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(department, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the format above; any line it does not expect is an error, so a slip in the file shows. */
    static PublishedData parse(String department, List<String> lines) {
        List<Goal> goals = new ArrayList<>();
        String[] head = null;
        List<List<String>> cells = new ArrayList<>();
        List<String> current = null;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@goal ")) {
                if (head != null) {
                    goals.add(goal(head, cells, n));
                }
                head = line.substring("@goal ".length()).split(" ", 3);
                if (head.length != 3 || head[2].isEmpty()) {
                    throw new IllegalArgumentException("line " + n + ": want @goal <number> <mark> <title>: " + line);
                }
                cells = new ArrayList<>();
                current = null;
            } else if (line.startsWith("@")) {
                String want = head == null ? "@goal" : cells.size() < CELLS.size() ? "@" + CELLS.get(cells.size())
                        : "@goal";
                if (!line.equals(want)) {
                    throw new IllegalArgumentException("line " + n + ": want " + want + ": " + line);
                }
                current = new ArrayList<>();
                cells.add(current);
            } else {
                if (current == null) {
                    throw new IllegalArgumentException("line " + n + ": a cell line outside a cell: " + line);
                }
                current.add(line);
            }
        }
        if (head != null) {
            goals.add(goal(head, cells, n));
        }
        return new PublishedData(department, goals);
    }

    private static Goal goal(String[] head, List<List<String>> cells, int line) {
        if (cells.size() != CELLS.size()) {
            throw new IllegalArgumentException("goal " + head[0] + " (before line " + line + "): "
                    + cells.size() + " of its " + CELLS.size() + " cells");
        }
        return new Goal(Integer.parseInt(head[0]), head[2], head[1], cells.get(0), cells.get(1), cells.get(2));
    }

    /**
     * The seed (政策企画部) with its three slips corrected, as a careful office would have sent it:
     * 9月31日 in goal 4's LINE progress line becomes 9月30日; goal 1's progress gets the missing (2) as a
     * line of its own before 「・協議会開催（7/29）、評価検証を実施」 (which so moves from (1) to (2)), and goal
     * 4's the missing ② before 「職員を対象とした広報活動研修会を実施（4月）」. Each correction must find its
     * line exactly once, so an edit of the data file that moves one fails here rather than silently.
     */
    public PublishedData fixed() {
        List<Goal> out = new ArrayList<>();
        for (Goal g : goals) {
            out.add(switch (g.number()) {
                case 1 -> g.withProgress(insertBefore(g.progress(), "・協議会開催（7/29）、評価検証を実施", "(2)"));
                case 4 -> g.withProgress(insertBefore(
                        replaceOnce(g.progress(), l -> l.replace("（9月31日現在）", "（9月30日現在）")),
                        "職員を対象とした広報活動研修会を実施（4月）", "②"));
                default -> g;
            });
        }
        return new PublishedData(department, out);
    }

    private static List<String> insertBefore(List<String> lines, String anchor, String inserted) {
        int at = lines.indexOf(anchor);
        if (at < 0 || lines.lastIndexOf(anchor) != at) {
            throw new IllegalStateException("want exactly one line " + anchor);
        }
        List<String> out = new ArrayList<>(lines);
        out.add(at, inserted);
        return out;
    }

    private static List<String> replaceOnce(List<String> lines, UnaryOperator<String> change) {
        List<String> out = lines.stream().map(change).toList();
        int changed = 0;
        for (int i = 0; i < lines.size(); i++) {
            changed += lines.get(i).equals(out.get(i)) ? 0 : 1;
        }
        if (changed != 1) {
            throw new IllegalStateException("want exactly one line changed, got " + changed);
        }
        return out;
    }
}
