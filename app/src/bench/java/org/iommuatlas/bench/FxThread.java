package org.iommuatlas.bench;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs work on the JavaFX application thread from the benchmark thread and waits for it. */
public final class FxThread {
    private FxThread() {
    }

    /**
     * Starts the toolkit unless something (TestFX in the smoke test) already has, and keeps it
     * running when the benchmark's window closes.
     */
    public static void ensureStarted() throws Exception {
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(60, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // Started before: fine.
        }
        Platform.setImplicitExit(false);
    }

    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    public static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }
}
