package org.iommuatlas.ui.classroom;

import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.iommuatlas.picture.Lane;
import org.iommuatlas.trace.DmaTrace;
import org.iommuatlas.trace.TraceStep;
import org.iommuatlas.ui.AtlasWindow;
import org.iommuatlas.ui.canvas.AtlasCanvasView;

/**
 * The "Trace a DMA" tool window beside the main window: each step outlines the bank, map or
 * region it concerns on the picture and centres the view on its address. With "Pick in GPA lane"
 * on, a click in the GPA lane traces the address under the pointer instead of starting a drag.
 */
public final class TraceWindow {
    private final AtlasWindow window;
    /** Built when the tool is first opened: its list, toggle and field are not needed before. */
    private TracePanel panel;
    private Stage stage;

    public TraceWindow(AtlasWindow window) {
        this.window = window;
        AtlasCanvasView view = window.view();
        view.canvas().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (panel == null || !panel.pickToggle().isSelected() || view.axis() == null
                    || view.laneAt(e.getX()).filter(l -> l == Lane.GPA).isEmpty()) {
                return;
            }
            e.consume(); // picking, not dragging
            panel.trace(view.axis().addressAt(e.getY()));
        });
    }

    /** Shows the tool window (once) and brings it to the front. */
    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Trace a DMA");
            stage.initOwner(window.stage());
            stage.setScene(new Scene(panel(), 560, 520));
            if (window.stage().getScene() != null) {
                stage.getScene().getStylesheets().setAll(window.stage().getScene().getStylesheets());
            }
            stage.setOnHidden(e -> {
                panel.pickToggle().setSelected(false);
                panel.animateBox().setSelected(false);
                window.view().highlightedProperty().set(Set.of());
            });
        }
        stage.show();
        stage.toFront();
    }

    /** Shows the window and traces {@code gpa}. */
    public void trace(long gpa) {
        show();
        panel.trace(gpa);
    }

    private void showStep(TraceStep step) {
        window.view().highlightedProperty().set(
                TraceStepObjects.of(step, window.document().scenario(), window.analysis().maps()));
        if (step.address().isPresent()) {
            window.navigator().goTo(step.address().getAsLong());
        }
    }

    TracePanel panel() {
        if (panel == null) {
            panel = new TracePanel(gpa -> DmaTrace.trace(window.document().scenario(), gpa), this::showStep);
        }
        return panel;
    }

    Stage stage() {
        return stage;
    }
}
