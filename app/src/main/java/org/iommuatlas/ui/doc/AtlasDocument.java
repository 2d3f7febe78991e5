package org.iommuatlas.ui.doc;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.iommuatlas.model.Scenario;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The scenario being edited, with its history. Every state is an immutable {@link Scenario}, so an
 * undo step is just the previous value: undo restores the exact previous layout by construction.
 * Dirty means "differs from what was last saved or opened", so undoing back to it is clean again.
 */
public final class AtlasDocument {
    /** One step of history: what the menu calls it and the state before it. */
    private record Step(String name, Scenario before, Scenario after) {
    }

    private static final int HISTORY_LIMIT = 500;

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Scenario saved;

    public AtlasDocument(Scenario initial) {
        load(initial, null);
    }

    /** Replaces the whole document (open, new, sample): history starts afresh, not dirty. */
    public void load(Scenario newScenario, Path from) {
        Objects.requireNonNull(newScenario, "scenario");
        undo.clear();
        redo.clear();
        saved = newScenario;
        file.set(from);
        show(newScenario);
    }

    /**
     * Restores unsaved work (the recovery file) as an edit of what is on screen, so it shows as
     * unsaved and one undo returns to the start-up picture.
     */
    public void recover(Scenario recovered) {
        apply("Recover unsaved work", recovered);
    }

    /** One undoable edit. Does nothing when the state does not change. */
    public void apply(String editName, Scenario next) {
        Objects.requireNonNull(next, "scenario");
        Scenario before = scenario.get();
        if (next.equals(before)) {
            return;
        }
        undo.push(new Step(editName, before, next));
        if (undo.size() > HISTORY_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        show(next);
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Step step = undo.pop();
        redo.push(step);
        show(step.before());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Step step = redo.pop();
        undo.push(step);
        show(step.after());
    }

    /** Records that the current state is what {@code where} now holds. */
    public void markSaved(Path where) {
        saved = scenario.get();
        file.set(where);
        refresh();
    }

    /**
     * Makes {@code next} current. Dirty flag and history names are updated first, so listeners of
     * the scenario (the recovery copy among them) already see whether the new state is unsaved.
     */
    private void show(Scenario next) {
        refresh(next);
        scenario.set(next);
    }

    private void refresh() {
        refresh(scenario.get());
    }

    private void refresh(Scenario current) {
        dirty.set(!current.equals(saved));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
