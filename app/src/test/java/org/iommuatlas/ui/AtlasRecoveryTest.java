package org.iommuatlas.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.port.Ports;
import org.iommuatlas.ui.engine.EnginePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unsaved work left by a crashed run is offered back when the window opens again. */
@ExtendWith(ApplicationExtension.class)
class AtlasRecoveryTest {
    private AtlasWindow window;
    private Scenario leftBehind;

    @Start
    void start(Stage stage) throws Exception {
        Ports ports = EnginePorts.create();
        Path dir = Files.createTempDirectory("atlas-recovery-offer");
        leftBehind = TestScenarios.bigQ35OnAmdHost();
        RecoveryStore crashed = new RecoveryStore(dir, ports.store());
        crashed.save(leftBehind);
        crashed.flush();
        AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("/org/iommuatlas/ui-test"));
        prefs.saveGeometry(new AppPreferences.Geometry(0, 0, 1100, 720, false));
        window = new AtlasWindow(ports, TestScenarios.armGuestOnAmdHost(), prefs, new RecoveryStore(dir, ports.store()));
        window.show(stage);
    }

    @Test
    void theRecoveryFileIsOfferedAndRecoverRestoresItAsUnsavedWork(FxRobot robot) {
        Platform.runLater(() -> window.commands().offerRecovery());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#recovery-dialog").queryAs(DialogPane.class);
        assertNotNull(dialog, "the recovery question");
        ButtonType recover = dialog.getButtonTypes().stream().filter(b -> b.getText().equals("Recover")).findFirst()
                .orElseThrow();
        robot.interact(() -> ((Button) dialog.lookupButton(recover)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(leftBehind, window.document().scenario());
        assertTrue(window.document().isDirty());
    }
}
