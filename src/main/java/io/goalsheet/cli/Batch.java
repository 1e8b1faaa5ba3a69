package io.goalsheet.cli;

import io.goalsheet.check.Validator;
import io.goalsheet.check.Validator.Validation;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Validates many files on all cores and hands the results on in input order, each as soon as it
 * and all before it are done, so output streams while the batch runs.
 */
final class Batch {

    private Batch() {}

    /** One input's validation; a folder that could not be listed is an unreadable input. */
    static Validation validate(Validator validator, Inputs.Input in) {
        if (in.unlisted() == null) {
            return validator.validate(in.path(), in.displayName());
        }
        return in.unlisted() instanceof AccessDeniedException
                ? validator.unreadable(in.displayName(), "unreadable.folder-access-denied")
                : validator.unreadable(in.displayName(), "unreadable.folder-io-error", String.valueOf(in.unlisted().getMessage()));
    }

    static void validate(Validator validator, List<Inputs.Input> inputs, Progress progress, Consumer<Validation> sink) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        if (threads == 1) {
            for (Inputs.Input in : inputs) {
                sink.accept(validate(validator, in));
                progress.step();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "goalsheet-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Validation>> futures = new ArrayList<>(inputs.size());
            for (Inputs.Input in : inputs) {
                futures.add(pool.submit(() -> validate(validator, in)));
            }
            for (Future<Validation> f : futures) {
                sink.accept(f.get());
                progress.step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
