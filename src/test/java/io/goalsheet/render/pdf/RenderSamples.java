package io.goalsheet.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: writes the seed and a 30-department report to a folder, to look at them
 * ({@code pdftoppm -png -r 70}). Run with the test classpath: {@code java … RenderSamples DIR}.
 */
public final class RenderSamples {

    private RenderSamples() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/pdf-samples");
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        Files.write(dir.resolve("seed.pdf"), Reports.render(Reports.seed()));
        long t1 = System.nanoTime();
        Files.write(dir.resolve("thirty.pdf"), Reports.render(Reports.departments(30)));
        long t2 = System.nanoTime();
        Files.write(dir.resolve("many.pdf"), Reports.render(Reports.departments(45)));
        Files.write(dir.resolve("long.pdf"), Reports.render(Reports.longProgress(40)));
        Files.write(dir.resolve("skipped.pdf"), Reports.render(Reports.consolidate(
                java.util.List.of(Reports.SEED, Path.of("samples/invalid/政策企画部_原本.xlsx")), true)));
        System.out.printf("seed %.0f ms, 30 departments %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }
}
