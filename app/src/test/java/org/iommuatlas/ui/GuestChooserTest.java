package org.iommuatlas.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.engine.EnginePorts;
import org.iommuatlas.ui.port.Ports;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guest chooser and the guest bar's RAM field, driven as a user drives them. */
@ExtendWith(ApplicationExtension.class)
class GuestChooserTest {
    private AtlasWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Ports ports = EnginePorts.create();
        Path recoveryDir = Files.createTempDirectory("atlas-recovery-test");
        AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("/org/iommuatlas/ui-test-guest"));
        prefs.saveGeometry(new AppPreferences.Geometry(0, 0, 1100, 720, false));
        prefs.saveTheme("light");
        window = new AtlasWindow(ports, TestScenarios.armGuestOnAmdHost(), prefs,
                new RecoveryStore(recoveryDir, ports.store()));
        window.show(stage);
    }

    private DialogPane openChooser(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#preset-dialog").queryAs(DialogPane.class);
        assertNotNull(pane, "Ctrl+M opens the guest chooser");
        return pane;
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theChooserStartsFromTheCurrentGuestAndABadRamSizeIsNamedAndBlocksOk(FxRobot robot) {
        DialogPane pane = openChooser(robot);
        assertEquals("virt", robot.lookup("#preset-machine").queryAs(ChoiceBox.class).getValue());
        assertEquals("4G", robot.lookup("#preset-ram").queryAs(TextField.class).getText());

        type(robot, "#preset-ram", "4 gigs");
        Label error = robot.lookup("#preset-error").queryAs(Label.class);
        assertTrue(error.getText().startsWith("RAM: "), error.getText());
        assertTrue(pane.lookupButton(ButtonType.OK).isDisabled(), "OK stays disabled on a bad size");

        type(robot, "#preset-ram", "3054M");
        assertEquals("", error.getText());
        assertFalse(pane.lookupButton(ButtonType.OK).isDisabled());
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        assertEquals(0x100000000L, window.document().scenario().guest().totalRam(), "Cancel changes nothing");
    }

    @Test
    void choosingQ35WithAnAmdVcpuReplacesTheGuestAsOneUndoableEdit(FxRobot robot) {
        GuestLayout before = window.document().scenario().guest();
        DialogPane pane = openChooser(robot);
        robot.interact(() -> robot.lookup("#preset-machine").queryAs(ChoiceBox.class).setValue("q35"));
        robot.clickOn("#preset-cpu-amd");
        type(robot, "#preset-version", "7.0");
        type(robot, "#preset-ram", "1100G");
        Label spec = robot.lookup("#preset-spec").queryAs(Label.class);
        assertEquals("SPEC  q35:ram=1100G,version=7.0,cpu=amd", spec.getText());
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        GuestLayout after = window.document().scenario().guest();
        assertEquals("q35:ram=1100G,version=7.0,cpu=amd", after.spec());
        assertEquals(1100L << 30, after.totalRam());
        assertEquals("q35:ram=1100G,version=7.0,cpu=amd", robot.lookup("#guest-spec").queryAs(Label.class).getText());
        robot.interact(() -> window.commands().undo());
        assertEquals(before, window.document().scenario().guest(), "one undo restores the previous guest");
        assertFalse(window.document().isDirty());
    }

    @Test
    void qemusRefusalIsShownInTheChooser(FxRobot robot) {
        DialogPane pane = openChooser(robot);
        robot.interact(() -> robot.lookup("#preset-highmem").queryAs(ChoiceBox.class).setValue("off"));
        WaitForAsyncUtils.waitForFxEvents();
        Label problems = robot.lookup("#preset-problems").queryAs(Label.class);
        assertTrue(problems.getText().startsWith("QEMU would refuse this machine"), problems.getText());
        assertFalse(pane.lookupButton(ButtonType.OK).isDisabled(), "an impossible machine can still be drawn");
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
    }

    @Test
    void theRamFieldResizesThePresetAndNamesABadSize(FxRobot robot) {
        type(robot, "#quick-ram", "3054M");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        RamBank bank = window.document().scenario().guest().banks().get(0);
        assertEquals(0x40000000L, bank.start());
        assertEquals(3054L << 20, bank.size());
        assertTrue(window.analysis().clean(), "3054 MiB is the most that fits below the MSI window");
        assertEquals("virt:ram=3054M", window.document().scenario().guest().spec());

        type(robot, "#quick-ram", "lots");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.guestBar().messageText().startsWith("RAM: "), window.guestBar().messageText());
        assertEquals(3054L << 20, window.document().scenario().guest().totalRam(), "a bad size changes nothing");
    }
}
