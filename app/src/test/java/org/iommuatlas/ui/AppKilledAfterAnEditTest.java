package org.iommuatlas.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.engine.EnginePorts;
import org.iommuatlas.ui.port.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Losing work (issue #5): the real window, in its own JVM, makes an edit and is then killed with
 * SIGKILL; the recovery file it kept holds that edit, ready to be offered on the next start
 * (AtlasRecoveryTest shows the offer and the restore).
 */
class AppKilledAfterAnEditTest {
    /** Runs in the child JVM (its own toolkit, so no mixing with TestFX in this one). */
    public static final class EditThenWait {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            Platform.startup(() -> { });
            Platform.runLater(() -> {
              try {
                Ports ports = EnginePorts.create();
                AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("/org/iommuatlas/ui-kill-test"));
                prefs.saveGeometry(new AppPreferences.Geometry(0, 0, 1100, 720, false));
                AtlasWindow window = new AtlasWindow(ports, EnginePorts.defaultScenario(), prefs,
                        new RecoveryStore(dir, ports.store()));
                window.show(new Stage());
                String problem = window.commands().resizeGuestRam("3054M");
                if (problem != null) {
                    System.out.println("refused: " + problem);
                }
              } catch (Throwable t) {
                t.printStackTrace(System.out);
              }
            });
            Path file = dir.resolve("unsaved.atlas.json");
            while (!Files.exists(file)) {
                Thread.sleep(20);
            }
            System.out.println("edited");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void anEditSurvivesTheAppBeingKilled(@TempDir Path dir) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", "-Dprism.order=sw", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", EditThenWait.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        // Watchdog: a child that never gets to its edit is killed, which ends the read below.
        CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS).execute(app::destroyForcibly);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream()));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.equals("edited")) {
                seen.append(line).append('\n'); // log lines of the child (preferences, toolkit)
            }
            assertEquals("edited", line, "the app did not make its edit; it printed:\n" + seen);
            // Let the writer finish the file it has started, as a user's next seconds would.
            Thread.sleep(500);
        } finally {
            app.destroyForcibly();
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the killed app did not exit");
        }
        Optional<Scenario> found = new RecoveryStore(dir, EnginePorts.create().store()).find();
        assertTrue(found.isPresent(), "the recovery file is readable after the kill");
        assertEquals(3054 * Sizes.MIB, found.get().guest().totalRam());
        assertEquals(EnginePorts.defaultScenario().host(), found.get().host());
    }
}
