package org.iommuatlas.ui.panels;

import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tooltip's text is kept until the pointer first enters its control; then the popup is built with it. */
@ExtendWith(ApplicationExtension.class)
class HoverTooltipTest {
    @Start
    void start(Stage stage) {
        // The toolkit only: the controls below need it, not a window.
    }

    private static void enter(Label label) {
        Event.fireEvent(label, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    @Test
    void theTooltipIsBuiltWhenThePointerFirstEnters(FxRobot robot) {
        Label label = new Label("msi");
        robot.interact(() -> HoverTooltip.set(label, "MSI window: device writes here are interrupts"));

        assertNull(label.getTooltip(), "no popup before the pointer comes");
        assertEquals("MSI window: device writes here are interrupts", HoverTooltip.text(label));

        robot.interact(() -> enter(label));

        assertNotNull(label.getTooltip());
        assertEquals("MSI window: device writes here are interrupts", label.getTooltip().getText());
    }

    @Test
    void aBuiltTooltipFollowsNewTextAtOnce(FxRobot robot) {
        Label label = new Label("qemu");
        robot.interact(() -> {
            HoverTooltip.set(label, "vfio_dma_map(0x40000000, 0x100000000) = -22");
            enter(label);
            HoverTooltip.set(label, "vfio_dma_map(0x40000000, 0xbee00000) = -22");
        });

        assertEquals("vfio_dma_map(0x40000000, 0xbee00000) = -22", label.getTooltip().getText());
    }

    @Test
    void noTextRemovesTheTooltipAndTextAfterwardsComesBackOnTheNextEntry(FxRobot robot) {
        Label label = new Label("fits");
        robot.interact(() -> {
            HoverTooltip.set(label, "3054 MiB would fit");
            enter(label);
            HoverTooltip.set(label, null);
        });
        assertNull(label.getTooltip());
        assertNull(HoverTooltip.text(label));

        robot.interact(() -> {
            HoverTooltip.set(label, "2 GiB would fit");
            enter(label);
        });
        assertEquals("2 GiB would fit", label.getTooltip().getText());
    }

    @Test
    void aWrappedTooltipWrapsAtItsWidth(FxRobot robot) {
        Label label = new Label("R1  ram overlaps msi");
        robot.interact(() -> {
            HoverTooltip.setWrapped(label, "Hardware MSI window: device writes here are interrupts.", 460);
            enter(label);
        });
        assertTrue(label.getTooltip().isWrapText());
        assertEquals(460, label.getTooltip().getMaxWidth());
    }

    @Test
    void enteringAControlWithoutTextBuildsNothing(FxRobot robot) {
        Label label = new Label("pointer");
        robot.interact(() -> {
            HoverTooltip.set(label, null);
            enter(label);
        });
        assertNull(label.getTooltip());
    }
}
