package org.iommuatlas.ui.classroom;

import java.io.IOException;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.iommuatlas.lesson.Lesson;
import org.iommuatlas.lesson.LessonPicture;
import org.iommuatlas.lesson.LessonStep;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.picture.Drawing;
import org.iommuatlas.picture.Palette;
import org.iommuatlas.picture.PictureExporter;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.ui.AtlasWindow;

/**
 * A lesson beside the main window: opening it loads the lesson's sample as the document; each
 * step zooms to its range; the task's check runs after every edit and the panel says "Done!".
 */
public final class LessonWindow {
    private final AtlasWindow window;
    private final TraceWindow tracer;
    private final LessonPanel panel = new LessonPanel();
    private LessonSession session;
    private Stage stage;

    public LessonWindow(AtlasWindow window, TraceWindow tracer) {
        this.window = window;
        this.tracer = tracer;
        panel.back.setOnAction(e -> move(-1));
        panel.next.setOnAction(e -> move(1));
        panel.trace.setOnAction(e -> session.step().traceAddress().ifPresent(tracer::trace));
        panel.export.setOnAction(e -> exportDialog());
    }

    /** Opens {@code lesson} at its first step (after asking about unsaved work). */
    public void open(Lesson lesson) {
        if (!window.commands().confirmDiscard()) {
            return;
        }
        if (session != null) {
            session.close();
        }
        LessonSession opened = new LessonSession(lesson, window.document());
        opened.doneProperty().addListener((o, a, d) -> panel.showDone(opened.step(), d));
        session = opened;
        go(0);
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(window.stage());
            stage.setScene(new Scene(panel, 420, 520));
        }
        stage.setTitle("Lesson: " + lesson.title());
        stage.show();
        stage.toFront();
    }

    private void move(int delta) {
        go(session.indexProperty().get() + delta);
    }

    private void go(int index) {
        try {
            session.goTo(index);
        } catch (ParseException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            alert.initOwner(window.stage());
            alert.show();
            return;
        }
        LessonStep step = session.step();
        panel.show(session.lesson().title(), index, session.lesson().steps().size(), step);
        panel.showDone(step, session.doneProperty().get());
        step.view().ifPresentOrElse(window.navigator()::zoomTo, window.navigator()::zoomToFit);
    }

    private void exportDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export lesson step");
        chooser.setInitialFileName(session.lesson().name() + "-step-" + (session.indexProperty().get() + 1) + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        var file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                exportStep(file.toPath());
            } catch (IOException | RuntimeException e) {
                new Alert(Alert.AlertType.ERROR, file + ": " + e.getMessage(), ButtonType.OK).show();
            }
        }
    }

    /** The current step on the learner's scenario, as {@code render --lesson} draws it, at twice the size. */
    void exportStep(Path file) throws IOException {
        Lesson lesson = session.lesson();
        int index = session.indexProperty().get();
        PictureInput input = LessonPicture.input(lesson, index, window.document().scenario());
        Palette palette = window.view().themeProperty().get().palette();
        Drawing drawing = PictureExporter.exportDrawing(input, LessonPicture.viewport(lesson.steps().get(index), input),
                palette);
        PictureExporter.writePng(drawing, palette, file, 2.0);
    }

    LessonSession session() {
        return session;
    }

    LessonPanel panel() {
        return panel;
    }
}
