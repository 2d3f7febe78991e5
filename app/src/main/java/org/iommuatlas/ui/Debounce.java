package org.iommuatlas.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs the last requested action once requests have stopped for a quiet interval (on the JavaFX
 * thread). The conflicts list follows a drag this way: rebuilding a list costs more than a frame
 * on the software pipeline, so it is brought up to date when the pointer rests, while the picture
 * and the status bar follow every mouse event (decision record 0005).
 */
final class Debounce {
    private final PauseTransition quiet;
    private Runnable pending;

    Debounce(Duration interval) {
        quiet = new PauseTransition(interval);
        quiet.setOnFinished(e -> {
            Runnable next = pending;
            pending = null;
            if (next != null) {
                next.run();
            }
        });
    }

    /** Replaces any waiting action with {@code action} and restarts the quiet interval. */
    void request(Runnable action) {
        pending = action;
        quiet.playFromStart();
    }

    /** Drops a waiting action (the caller shows the final state itself). */
    void cancel() {
        pending = null;
        quiet.stop();
    }
}
