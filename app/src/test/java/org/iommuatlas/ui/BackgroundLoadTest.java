package org.iommuatlas.ui;

import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.engine.EnginePorts;
import org.iommuatlas.ui.port.InputLoader;
import org.iommuatlas.ui.port.Ports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening a large input runs off the FX thread: the window answers while the file is read, the
 * result arrives as one edit, and Cancel drops it.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundLoadTest {
    private static final int LINES = 200_000;
    private static Path large;

    private AtlasWindow window;
    /**
     * Holds every file read until the test lets it go: reading 200,000 lines takes a few tens of
     * milliseconds now, less than the robot needs to click Cancel, so the test keeps the load
     * running on purpose instead of hoping it is slow.
     */
    private final CountDownLatch readMayFinish = new CountDownLatch(1);

    /** 200,000 sysfs reserved_regions lines (4 KiB regions every 64 KiB from 8 GiB, above the guest's RAM) and the MSI window. */
    @BeforeAll
    static void writeLargeFile() throws Exception {
        large = Files.createTempFile("reserved_regions", "");
        StringBuilder text = new StringBuilder(LINES * 48);
        for (int i = 0; i < LINES; i++) {
            long start = 0x200000000L + (long) i * 0x10000L;
            text.append(String.format("0x%016x 0x%016x reserved%n", start, start + 0xfffL));
        }
        text.append("0x00000000fee00000 0x00000000feefffff msi\n");
        Files.writeString(large, text);
    }

    @Start
    void start(Stage stage) throws Exception {
        Ports real = EnginePorts.create();
        InputLoader input = real.input();
        InputLoader held = new InputLoader() {
            @Override
            public Scenario open(Path file, Scenario current) throws java.io.IOException,
                    org.iommuatlas.model.ParseException {
                Scenario read = input.open(file, current);
                try {
                    readMayFinish.await(180, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return read;
            }

            @Override
            public Scenario paste(String text, String name, Scenario current) throws org.iommuatlas.model.ParseException {
                return input.paste(text, name, current);
            }

            @Override
            public java.util.List<Sample> samples() {
                return input.samples();
            }

            @Override
            public Scenario loadThisMachine(Scenario current) throws java.io.IOException,
                    org.iommuatlas.model.ParseException {
                return input.loadThisMachine(current);
            }
        };
        Ports ports = new Ports(real.analysis(), held, real.store(), real.report(), real.explain(), real.presets());
        Path recoveryDir = Files.createTempDirectory("atlas-recovery-test");
        AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("/org/iommuatlas/ui-test-background"));
        prefs.saveGeometry(new AppPreferences.Geometry(0, 0, 1100, 720, false));
        prefs.saveTheme("light");
        window = new AtlasWindow(ports, TestScenarios.armGuestOnAmdHost(), prefs,
                new RecoveryStore(recoveryDir, ports.store()));
        window.show(stage);
    }

    private static boolean workerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("atlas-work") && t.isAlive());
    }

    @Test
    void aLargeFileIsReadWhileTheWindowKeepsAnsweringAndItsRegionsArrive(FxRobot robot) throws Exception {
        robot.interact(() -> window.commands().open(large));
        assertTrue(window.status().workShown(), "the status bar shows the read and its Cancel button");
        assertTrue(window.status().workText().startsWith("Reading " + large.getFileName()), window.status().workText());

        // The FX thread runs other work while the file is still being read...
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete(window.status().workShown()));
        assertTrue(answered.get(60, TimeUnit.SECONDS), "the FX thread answered while the load was still running");
        // ...and a menu accelerator still works (View > Side panels, F9).
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.sidePanelsProperty().get(), "F9 hid the side panels during the load");
        assertTrue(workerAlive(), "still loading");
        assertTrue(window.status().workShown(), "the read is still shown");

        readMayFinish.countDown();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !window.status().workShown());
        WaitForAsyncUtils.waitForFxEvents();
        Scenario loaded = window.document().scenario();
        assertEquals(LINES + 1, loaded.host().regions().size());
        assertEquals(0x200000000L, loaded.host().regions().stream().filter(r -> r.type().word().equals("reserved"))
                .mapToLong(r -> r.start()).min().orElseThrow());
        assertEquals("Open " + large.getFileName(), window.document().undoNameProperty().get());
        assertEquals(1, window.analysis().conflicts().stream()
                .filter(c -> c.severity() == org.iommuatlas.ui.port.Severity.ERROR).count(),
                "the MSI window still hits the 4 GiB bank; the regions above 8 GiB do not");
    }

    @Test
    void cancelDropsTheLoadAndLeavesTheDocumentAsItWas(FxRobot robot) throws Exception {
        Scenario before = window.document().scenario();
        robot.interact(() -> window.commands().open(large));
        assertTrue(window.status().workShown());
        robot.clickOn("#cancel-work");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.status().workShown(), "Cancel hides the progress at once");
        // The parser does not poll for interruption: let the worker end, then check nothing arrived.
        readMayFinish.countDown();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !workerAlive());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, window.document().scenario());
        assertFalse(window.document().isDirty());
    }

    @Test
    void unreadableGroupsAreExplainedAsAPermissionProblem() {
        String text = AtlasCommands.machineProblem(new AccessDeniedException("/sys/kernel/iommu_groups/12/reserved_regions"));
        assertTrue(text.startsWith("/sys/kernel/iommu_groups/12/reserved_regions: permission denied."), text);
    }
}
