package org.iommuatlas.scenario;

import org.iommuatlas.model.ParseException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A parse offered to a pool thread that the caller runs itself if no pool thread has started it
 * by the time the caller wants the result. On a machine whose other core is busy the pool thread
 * may not be scheduled for milliseconds, and the caller, idle by then, would only wait for it
 * (issue #4: on two shared cores the load took about the sum of the guest scan and the parse).
 * Whoever claims the parse first runs it; the result and any ParseException are those of running
 * it in order.
 */
final class SharedParse<T> {
    /** The parse; a ParseException is its answer for bad input. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws ParseException;
    }

    private final Work<T> work;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private SharedParse(Work<T> work) {
        this.work = work;
    }

    /**
     * A thread of its own for offered parses, not the common pool: on two cores the common pool
     * has one worker, and a task of someone else's queued there (an analysis, a picture) would
     * hold the parse back until the caller ran it itself, in order.
     */
    private static final Executor PARSER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-host-parse");
        t.setDaemon(true);
        return t;
    });

    /** Offers {@code work} to the loader's parse thread and returns at once. */
    static <T> SharedParse<T> offer(Work<T> work) {
        return offer(work, PARSER);
    }

    /** Offers {@code work} to {@code pool} (tests choose when, or whether, a pool thread runs it). */
    static <T> SharedParse<T> offer(Work<T> work, Executor pool) {
        SharedParse<T> parse = new SharedParse<>(work);
        pool.execute(parse::runIfUnclaimed);
        return parse;
    }

    private void runIfUnclaimed() {
        if (claimed.compareAndSet(false, true)) {
            runInto();
        }
    }

    private void runInto() {
        try {
            result.complete(work.run());
        } catch (ParseException | RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    /** The result: computed here if no pool thread took the parse, else the pool thread's. */
    T join() throws ParseException {
        if (claimed.compareAndSet(false, true)) {
            return work.run();
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ParseException p) {
                throw p;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Drops the parse if no thread has started it (a guest format won); one already running finishes unread. */
    void drop() {
        claimed.set(true);
    }
}
