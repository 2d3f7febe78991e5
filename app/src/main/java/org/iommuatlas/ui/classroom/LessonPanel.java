package org.iommuatlas.ui.classroom;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.iommuatlas.lesson.LessonStep;
import org.iommuatlas.lesson.LessonTask;

/**
 * The side panel of a lesson: the step's title and text, the task, "Done!" once the check passes,
 * Back / Next, and buttons to trace the step's address and to export the step as a picture.
 */
final class LessonPanel extends VBox {
    private final Label title = new Label();
    private final Label stepTitle = new Label();
    private final Label text = new Label();
    private final Label task = new Label();
    private final Label done = new Label();
    final Button back = new Button("\u25c0 Back");
    final Button next = new Button("Next \u25b6");
    final Button trace = new Button("Trace this step");
    final Button export = new Button("Export step\u2026");

    LessonPanel() {
        setId("lesson-panel");
        setSpacing(10);
        setPadding(new Insets(12));
        title.setId("lesson-title");
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        title.setWrapText(true);
        stepTitle.setId("lesson-step");
        stepTitle.setStyle("-fx-font-weight: bold;");
        text.setId("lesson-text");
        text.setWrapText(true);
        task.setId("lesson-task");
        task.setWrapText(true);
        task.setStyle("-fx-font-style: italic;");
        done.setId("lesson-done");
        done.setWrapText(true);
        done.setStyle("-fx-text-fill: #1a7f37; -fx-font-weight: bold;");
        back.setId("lesson-back");
        next.setId("lesson-next");
        trace.setId("lesson-trace");
        export.setId("lesson-export");
        getChildren().addAll(title, stepTitle, text, task, done, new HBox(8, back, next), new HBox(8, trace, export));
    }

    void show(String lessonTitle, int index, int count, LessonStep step) {
        title.setText(lessonTitle);
        stepTitle.setText("Step " + (index + 1) + " of " + count + ": " + step.title());
        text.setText(step.text());
        task.setText(step.task().map(t -> "Your task: " + t.instruction()).orElse(""));
        trace.setDisable(step.traceAddress().isEmpty());
        back.setDisable(index == 0);
        next.setDisable(index == count - 1);
    }

    void showDone(LessonStep step, boolean passed) {
        done.setText(step.task().map(LessonTask::doneText).filter(t -> passed).orElse(""));
    }

    String doneText() {
        return done.getText();
    }
}
