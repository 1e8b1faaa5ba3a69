// The cost of validating one sheet of each layout in one process, once the code is compiled: the
// start-up and the JIT's warm-up a whole process also pays are left out, and the machine's drift
// falls on both layouts alike, as they take turns. Run with the goalsheet jar on the class path and
// the launcher's JIT and collector:
//   java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp target/goalsheet.jar bench/Layouts.java ENTRY_DIR PUBLISHED_DIR [ROUNDS]
// Each round validates every workbook of both folders on this thread (findings only, as `validate`
// does), one folder after the other, the first alternating; the first three rounds warm up. Prints
// the median over the other rounds of CPU time per workbook.
import io.goalsheet.check.Validator;
import io.goalsheet.model.Messages;
import io.goalsheet.read.ReadOptions;
import io.goalsheet.schema.SchemaLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

public class Layouts {
    private static final int WARM_UP = 3;

    public static void main(String[] args) throws Exception {
        List<Path> entry = files(Path.of(args[0]));
        List<Path> published = files(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Validator validator = Validator.findingsOnly(SchemaLoader.loadBuiltIn(), ReadOptions.defaults(),
                Messages.forLocale(Locale.ROOT));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> entryMs = new ArrayList<>();
        List<Double> publishedMs = new ArrayList<>();
        for (int r = 0; r < WARM_UP + rounds; r++) {
            for (int turn = 0; turn < 2; turn++) {
                boolean isEntry = (r + turn) % 2 == 0;
                List<Path> files = isEntry ? entry : published;
                long t0 = cpu.getCurrentThreadCpuTime();
                for (Path f : files) {
                    if (validator.validate(f, f.getFileName().toString()).result().findings().size() < 0) {
                        throw new AssertionError(); // keeps the result in use
                    }
                }
                double ms = (cpu.getCurrentThreadCpuTime() - t0) / 1e6 / files.size();
                if (r >= WARM_UP) {
                    (isEntry ? entryMs : publishedMs).add(ms);
                }
            }
        }
        double e = median(entryMs);
        double p = median(publishedMs);
        System.out.printf(Locale.ROOT, "in one process, compiled, median of %d rounds: entry %.3f ms, published %.3f ms CPU per workbook (%.2f×)%n",
                rounds, e, p, p / e);
    }

    static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
