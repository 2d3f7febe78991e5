package org.iommuatlas.ui;

import javafx.concurrent.Task;
import javafx.scene.control.ProgressIndicator;
import org.iommuatlas.ui.panels.StatusBar;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (reading a large file, this machine's IOMMU groups, writing an export) on a
 * daemon thread, with its message, a progress bar and a Cancel button in the status bar, so the
 * window keeps answering. One job at a time: a second is refused while the first runs, since two
 * loads racing to replace the same half of the scenario would be confusing.
 *
 * <p>Cancel drops the job's result: the parsers do not poll for interruption, so the worker may
 * finish its file in the background, but nothing it produces reaches the document.
 */
final class BackgroundWork {
    private final StatusBar status;
    private Task<?> running;

    BackgroundWork(StatusBar status) {
        this.status = status;
    }

    /** True while a job runs. */
    boolean busy() {
        return running != null;
    }

    /**
     * Starts {@code work} off the FX thread; {@code done} gets its result and {@code failed} its
     * exception, both on the FX thread; nothing is called after Cancel.
     *
     * @return false when another job is still running (nothing was started)
     */
    <T> boolean start(String message, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (running != null) {
            return false;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running = task;
        status.showWork(message, ProgressIndicator.INDETERMINATE_PROGRESS, () -> cancel(task));
        task.setOnSucceeded(e -> {
            finish(task);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish(task);
            failed.accept(task.getException());
        });
        Thread worker = new Thread(task, "atlas-work");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    private void cancel(Task<?> task) {
        task.cancel(true);
        finish(task);
    }

    private void finish(Task<?> task) {
        if (running == task) {
            running = null;
            status.hideWork();
        }
    }
}
