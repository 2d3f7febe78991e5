package org.iommuatlas.ui.classroom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import org.iommuatlas.lesson.Lesson;
import org.iommuatlas.lesson.LessonStep;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.ParseException;
import org.iommuatlas.ui.doc.AtlasDocument;

/**
 * A lesson in progress on the window's document: which step shows, whether its task is done.
 * Moving to a step on another sample loads that sample as the document; steps on the same sample
 * keep the learner's edits. The check runs after every change of the document.
 */
final class LessonSession {
    private final Lesson lesson;
    private final AtlasDocument document;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done", false);
    private final ChangeListener<Scenario> onEdit = (o, a, s) -> check();
    private String loadedSample;

    LessonSession(Lesson lesson, AtlasDocument document) {
        this.lesson = lesson;
        this.document = document;
        document.scenarioProperty().addListener(onEdit);
    }

    /** Stops checking the document (another lesson was opened). */
    void close() {
        document.scenarioProperty().removeListener(onEdit);
    }

    /** Shows step {@code i} (0-based), loading its sample when it differs from the one on screen. */
    void goTo(int i) throws ParseException {
        String sample = lesson.sampleOf(i);
        if (!sample.equals(loadedSample)) {
            Scenario start = lesson.scenarioOf(i);
            loadedSample = sample;
            document.load(start, null);
        }
        index.set(i);
        check();
    }

    boolean next() throws ParseException {
        if (index.get() >= lesson.steps().size() - 1) {
            return false;
        }
        goTo(index.get() + 1);
        return true;
    }

    boolean back() throws ParseException {
        if (index.get() <= 0) {
            return false;
        }
        goTo(index.get() - 1);
        return true;
    }

    /** Runs the current step's check; a step without a task counts as done. */
    private void check() {
        if (index.get() < 0) {
            return;
        }
        done.set(step().task().map(t -> t.isDone(document.scenario())).orElse(true));
    }

    LessonStep step() {
        return lesson.steps().get(index.get());
    }

    Lesson lesson() {
        return lesson;
    }

    IntegerProperty indexProperty() {
        return index;
    }

    BooleanProperty doneProperty() {
        return done;
    }
}
