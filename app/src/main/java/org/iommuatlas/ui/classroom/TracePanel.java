package org.iommuatlas.ui.classroom;

import java.util.function.Consumer;
import java.util.function.LongFunction;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.iommuatlas.model.Address;
import org.iommuatlas.trace.Trace;
import org.iommuatlas.trace.TraceStep;
import org.iommuatlas.trace.TraceText;

/**
 * Type an address (or pick one in the GPA lane) and step through what happens to a DMA there:
 * the steps listed, the current one's caption below, Left/Right or PageUp/PageDown to step, and an
 * Animate box that steps on a timer.
 */
final class TracePanel extends VBox {
    static final Duration ANIMATION_STEP = Duration.seconds(1.6);

    private final TraceStepper stepper = new TraceStepper();
    private final TextField address = new TextField();
    private final ToggleButton pick = new ToggleButton("Pick in GPA lane");
    private final CheckBox animate = new CheckBox("Animate");
    private final Label outcome = new Label();
    private final Label caption = new Label();
    private final ListView<TraceStep> steps = new ListView<>();
    private final Timeline timer = new Timeline(new KeyFrame(ANIMATION_STEP, e -> advanceOrStop()));
    private final LongFunction<Trace> tracer;

    TracePanel(LongFunction<Trace> tracer, Consumer<TraceStep> onStep) {
        this.tracer = tracer;
        setId("trace-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        address.setId("trace-address");
        address.setPromptText("GPA, e.g. 0xfee00000");
        address.setOnAction(e -> traceTyped());
        Button go = new Button("Trace");
        go.setId("trace-go");
        go.setOnAction(e -> traceTyped());
        pick.setId("trace-pick");
        HBox top = new HBox(8, new Label("GPA"), address, go, pick);
        HBox.setHgrow(address, Priority.ALWAYS);

        steps.setId("trace-steps");
        steps.setCellFactory(v -> new StepCell());
        steps.setPrefHeight(200);
        outcome.setId("trace-outcome");
        outcome.setStyle("-fx-font-weight: bold;");
        caption.setId("trace-caption");
        caption.setWrapText(true);
        caption.setMinHeight(80);

        Button back = new Button("\u25c0 Back");
        back.setId("trace-back");
        back.setOnAction(e -> stepper.back());
        Button next = new Button("Next \u25b6");
        next.setId("trace-next");
        next.setOnAction(e -> stepper.next());
        animate.setId("trace-animate");
        animate.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                timer.setCycleCount(Timeline.INDEFINITE);
                timer.playFromStart();
            } else {
                timer.stop();
            }
        });
        HBox nav = new HBox(8, back, next, animate);
        getChildren().addAll(top, outcome, steps, caption, nav,
                new Label("Left / Right or PageUp / PageDown step through the trace."));
        VBox.setVgrow(steps, Priority.ALWAYS);

        stepper.indexProperty().addListener((o, a, i) -> {
            TraceStep s = stepper.current();
            if (s == null) {
                return;
            }
            steps.getSelectionModel().select(i.intValue());
            steps.scrollTo(i.intValue());
            caption.setText(s.caption());
            onStep.accept(s);
        });
        steps.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0 && i.intValue() != stepper.indexProperty().get()) {
                stepper.indexProperty().set(i.intValue());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::stepKeys);
    }

    /** Traces {@code gpa}: shows its address in the field and the first step. */
    void trace(long gpa) {
        address.setText(Address.hex(gpa));
        Trace t = tracer.apply(gpa);
        steps.getItems().setAll(t.steps());
        outcome.setText("Outcome: " + TraceText.outcomeLine(t));
        stepper.show(t);
        steps.requestFocus(); // so Left / Right step rather than move the caret in the address field
    }

    private void traceTyped() {
        String text = address.getText().strip();
        try {
            trace(Address.parseHex(text));
        } catch (NumberFormatException e) {
            outcome.setText("Not an address: " + e.getMessage());
        }
    }

    private void stepKeys(KeyEvent e) {
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN -> {
                if (!typing || e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN) {
                    stepper.next();
                    e.consume();
                }
            }
            case LEFT, PAGE_UP -> {
                if (!typing || e.getCode() == javafx.scene.input.KeyCode.PAGE_UP) {
                    stepper.back();
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    private void advanceOrStop() {
        if (!stepper.next()) {
            animate.setSelected(false);
        }
    }

    TraceStepper stepper() {
        return stepper;
    }

    ToggleButton pickToggle() {
        return pick;
    }

    CheckBox animateBox() {
        return animate;
    }

    /** One line per step: number, space, address, handler, outcome. */
    private final class StepCell extends ListCell<TraceStep> {
        @Override
        protected void updateItem(TraceStep s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : (getIndex() + 1) + ". " + s.space() + " " + s.addressText() + "  "
                    + s.handler() + "  [" + s.outcome().word() + "]");
        }
    }
}
