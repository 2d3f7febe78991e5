package org.iommuatlas.ui;

import javafx.application.Platform;
import javafx.util.Duration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the last requested action once requests have stopped for a quiet interval (on the JavaFX
 * thread). The conflicts list and the status bar's words follow a drag this way: rebuilding a list
 * costs more than a frame on the software pipeline, so it is brought up to date when the pointer
 * rests, while the picture and the verdict follow every mouse event (decision record 0005).
 *
 * <p>WHY a timer thread and not a {@code PauseTransition}: a transition is an animation, and
 * while one runs JavaFX pulses 60 times a second, each pulse a CSS, layout and bounds pass over the
 * whole window; restarted on every drag event, it kept them going for the whole drag, in between
 * the frames the drag needs.
 */
final class Debounce {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "atlas-debounce");
        t.setDaemon(true);
        return t;
    });

    private final long intervalNanos;
    private Runnable pending;
    private long lastRequest;
    private boolean checkScheduled;

    Debounce(Duration interval) {
        intervalNanos = (long) (interval.toMillis() * 1_000_000);
    }

    /** Replaces any waiting action with {@code action} and restarts the quiet interval. */
    void request(Runnable action) {
        pending = action;
        lastRequest = System.nanoTime();
        if (!checkScheduled) {
            checkAfter(intervalNanos);
        }
    }

    /** Drops a waiting action (the caller shows the final state itself). */
    void cancel() {
        pending = null;
    }

    private void checkAfter(long nanos) {
        checkScheduled = true;
        TIMER.schedule(() -> Platform.runLater(this::check), nanos, TimeUnit.NANOSECONDS);
    }

    /** On the JavaFX thread: runs the action if requests have been quiet long enough, else waits on. */
    private void check() {
        checkScheduled = false;
        if (pending == null) {
            return;
        }
        long quiet = System.nanoTime() - lastRequest;
        if (quiet < intervalNanos) {
            checkAfter(intervalNanos - quiet);
            return;
        }
        Runnable next = pending;
        pending = null;
        next.run();
    }
}
