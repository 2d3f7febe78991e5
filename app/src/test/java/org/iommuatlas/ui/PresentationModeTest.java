package org.iommuatlas.ui;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.engine.EnginePorts;
import org.iommuatlas.ui.port.Ports;
import org.iommuatlas.ui.theme.Theme;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presentation mode (F5) hides the side panels; F9 toggles them; leaving restores what was shown. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    private AtlasWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Ports ports = EnginePorts.create();
        Path recoveryDir = Files.createTempDirectory("atlas-recovery-test");
        AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("/org/iommuatlas/ui-test-presentation"));
        prefs.saveGeometry(new AppPreferences.Geometry(0, 0, 1100, 720, false));
        prefs.saveTheme("light");
        window = new AtlasWindow(ports, TestScenarios.armGuestOnAmdHost(), prefs,
                new RecoveryStore(recoveryDir, ports.store()));
        window.show(stage);
    }

    @Test
    void presentationModeHidesTheSidePanelsAndLeavingItBringsThemBack(FxRobot robot) {
        assertTrue(window.conflicts().getScene() != null, "the conflicts list is shown at first");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.PRESENTATION, window.theme().get());
        assertFalse(window.sidePanelsProperty().get());
        assertNull(window.conflicts().getScene(), "the conflicts list is out of the window");
        // The picture uses the room and stays inside the window (large type must not widen the scene).
        assertTrue(window.view().getWidth() <= stage.getScene().getWidth(), "picture within the window");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.LIGHT, window.theme().get());
        assertTrue(window.sidePanelsProperty().get(), "the panels come back with the light theme");
        assertTrue(window.conflicts().getScene() != null, "the conflicts list is back");
    }

    @Test
    void f9TogglesTheSidePanels(FxRobot robot) {
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.sidePanelsProperty().get());
        double wide = window.view().localToScene(window.view().getWidth(), 0).getX();
        assertTrue(wide >= stage.getScene().getWidth() - 20, "the picture takes the panel's room: ends at " + wide);
        assertEquals(window.view().getWidth(), window.view().canvas().getWidth(), 1.0, "the canvas follows the view");
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.sidePanelsProperty().get());
        // The picture gives the room back: it ends left of the side panel (at least 300 px wide).
        double right = window.view().localToScene(window.view().getWidth(), 0).getX();
        assertTrue(right <= stage.getScene().getWidth() - 300, "picture ends at " + right);
        assertEquals(window.view().getWidth(), window.view().canvas().getWidth(), 1.0, "the canvas follows the view");
    }

    @Test
    void aGuestWithAVIommuShowsTheBannerInTheIovaLane(FxRobot robot) {
        assertFalse(window.view().viommuBanner().isVisible());
        robot.interact(() -> window.document().apply("vIOMMU",
                window.document().scenario().withGuest(window.document().scenario().guest().withViommu(true))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.view().viommuBanner().isVisible());
        assertTrue(window.view().viommuBanner().getText().startsWith("Guest has a vIOMMU: IOVA is chosen by the guest driver"));
        double x = window.view().viommuBanner().getLayoutX() + 10;
        assertEquals(org.iommuatlas.picture.Lane.IOVA, window.view().laneAt(x).orElseThrow(), "the banner sits in the IOVA lane");
    }
}
