package org.iommuatlas.ui.doc;

import org.iommuatlas.model.ParseException;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.ui.port.ScenarioStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a copy of unsaved work on disk so a crash loses nothing: written after edits (off the FX
 * thread, latest state wins), deleted after a save or an explicit discard, offered back on the
 * next start.
 *
 * <p>The directory is {@code atlas.recovery.dir} when set (tests), else
 * {@code $XDG_CONFIG_HOME/iommu-atlas/recovery} or {@code ~/.config/iommu-atlas/recovery}.
 */
public final class RecoveryStore {
    static final String FILE_NAME = "unsaved.atlas.json";

    private final Path dir;
    private final ScenarioStore store;
    private final AtomicReference<Scenario> pending = new AtomicReference<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-recovery-writer");
        t.setDaemon(true);
        return t;
    });

    public RecoveryStore(Path dir, ScenarioStore store) {
        this.dir = dir;
        this.store = store;
    }

    public static Path defaultDirectory() {
        String override = System.getProperty("atlas.recovery.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("iommu-atlas").resolve("recovery");
    }

    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    /** Schedules a write of {@code scenario}; bursts of edits collapse into one write of the last state. */
    public void save(Scenario scenario) {
        if (pending.getAndSet(scenario) == null) {
            writer.execute(this::writePending);
        }
    }

    private void writePending() {
        Scenario latest = pending.getAndSet(null);
        if (latest == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            store.write(latest, file());
        } catch (IOException | RuntimeException e) {
            // Recovery is best effort: a failed write must never disturb editing.
            System.err.println("iommu-atlas: could not write the recovery file " + file() + ": " + e.getMessage());
        }
    }

    /** Removes the recovery file (after a save or an explicit discard). */
    public void clear() {
        pending.set(null);
        writer.execute(() -> {
            try {
                Files.deleteIfExists(file());
            } catch (IOException e) {
                System.err.println("iommu-atlas: could not delete " + file() + ": " + e.getMessage());
            }
        });
    }

    /** Waits until queued writes are on disk (on exit, and in tests). */
    public void flush() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The unsaved work left by an earlier run, if any and readable. */
    public Optional<Scenario> find() {
        Path f = file();
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(store.read(f));
        } catch (IOException | ParseException e) {
            System.err.println("iommu-atlas: ignoring unreadable recovery file " + f + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
