package org.iommuatlas.ui.canvas;

import javafx.application.Platform;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.doc.AtlasDocument;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.ui.port.AnalysisPort;
import org.iommuatlas.ui.port.AnalysisView;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Moves and resizes RAM banks with the mouse and the arrow keys (the CalendarFX pattern: a
 * controller apart from the view). The cursor says what a press would do: a bank's ends resize,
 * its middle moves. Dragging changes only a preview copy, snapped to the chosen alignment (Alt or
 * Shift drags freely); every drag event asks the prepared probe for the copy's conflicts and the
 * view shows them live. The release, handled on the Scene so it is never lost, commits one
 * undoable edit.
 *
 * <p>A drop is analysed and its picture indexed off the JavaFX thread first, while the preview
 * stays where the bank was dropped; then the edit is committed and the picture laid out from what
 * was prepared. With 100,000 host regions that work took about 0.35 s, and on the JavaFX thread
 * it froze the window at every drop. Presses and nudges wait until the drop is committed.
 */
public final class BankDragController {
    /** Pixels the pointer must travel before a press becomes a drag (a click only selects). */
    private static final double DRAG_THRESHOLD = 3;
    /** Where drops are prepared: one daemon thread, so that drops are committed in order. */
    private static final Executor DROP_WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-drop");
        t.setDaemon(true);
        return t;
    });

    private final AtlasCanvasView view;
    private final AtlasDocument document;
    private final AnalysisPort analysis;
    private final LongProperty alignment = new SimpleLongProperty(this, "alignment", 2 * Sizes.MIB);

    private RamBank original;
    private CanvasHit.Zone zone;
    private long anchor;
    private double pressY;
    private boolean dragging;
    private AnalysisPort.DragProbe probe;
    private Executor dropWorker = DROP_WORKER;
    private boolean dropPending;

    private final EventHandler<MouseEvent> onRelease = this::released;

    public BankDragController(AtlasCanvasView view, AtlasDocument document, AnalysisPort analysis) {
        this.view = view;
        this.document = document;
        this.analysis = analysis;
        view.canvas().addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        view.canvas().addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.canvas().addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::nudge);
        view.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(MouseEvent.MOUSE_RELEASED, onRelease);
            }
            if (scene != null) {
                scene.addEventFilter(MouseEvent.MOUSE_RELEASED, onRelease);
            }
        });
    }

    /** Where drops are prepared (tests run that work when they choose). */
    public void setDropWorker(Executor worker) {
        dropWorker = worker;
    }

    /** Whether a dropped bank is still being prepared, not yet committed. */
    public boolean dropPending() {
        return dropPending;
    }

    /** The snap grid for drags and nudges (4 KiB, 2 MiB or 1 GiB; any power of two). */
    public LongProperty alignmentProperty() {
        return alignment;
    }

    private void moved(MouseEvent e) {
        if (original != null) {
            return;
        }
        Cursor cursor = view.hitTest(e.getX(), e.getY()).map(h -> switch (h.zone()) {
            case MOVE -> Cursor.MOVE;
            case RESIZE_START -> Cursor.N_RESIZE;
            case RESIZE_END -> Cursor.S_RESIZE;
            default -> Cursor.HAND;
        }).orElse(Cursor.DEFAULT);
        view.setCursor(cursor);
    }

    private void pressed(MouseEvent e) {
        if (dropPending) {
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY || e.isControlDown()) {
            return;
        }
        view.requestFocus();
        var hit = view.hitTest(e.getX(), e.getY());
        if (hit.isEmpty()) {
            view.selectedProperty().set(null);
            return;
        }
        view.selectedProperty().set(hit.get().source());
        if (!(hit.get().source() instanceof RamBank bank)) {
            e.consume();
            return;
        }
        original = bank;
        zone = hit.get().zone();
        pressY = e.getY();
        anchor = view.axis().addressAt(e.getY());
        dragging = false;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (original == null) {
            return;
        }
        e.consume();
        if (!dragging) {
            if (Math.abs(e.getY() - pressY) < DRAG_THRESHOLD) {
                return;
            }
            dragging = true;
            view.freezeLayout(true);
            probe = analysis.probe(document.scenario(), original.id());
        }
        boolean free = e.isAltDown() || e.isShiftDown();
        RamBank candidate = candidate(view.axis().addressAt(e.getY()), free);
        if (!candidate.equals(view.previewProperty().get())) {
            view.liveConflictsProperty().set(probe.conflictsFor(candidate));
            view.previewProperty().set(candidate);
        }
    }

    /** The preview copy for the pointer at {@code target}: moved or resized by target - anchor, snapped. */
    RamBank candidate(long target, boolean free) {
        BigInteger delta = AddressWindow.unsigned(target).subtract(AddressWindow.unsigned(anchor));
        BigInteger align = free ? BigInteger.ONE : AddressWindow.unsigned(alignment.get());
        BigInteger space = AddressWindow.SPACE;
        BigInteger start = AddressWindow.unsigned(original.start());
        BigInteger size = AddressWindow.unsigned(original.size());
        BigInteger end = start.add(size);
        BigInteger minSize = align.max(BigInteger.valueOf(4096));
        switch (zone) {
            case RESIZE_END -> {
                BigInteger newEnd = snap(end.add(delta), align).max(start.add(minSize)).min(space);
                return original.resized(newEnd.subtract(start).longValue());
            }
            case RESIZE_START -> {
                BigInteger newStart = snap(start.add(delta), align).max(BigInteger.ZERO).min(end.subtract(minSize));
                return original.withRange(newStart.longValue(), end.subtract(newStart).longValue());
            }
            default -> {
                BigInteger newStart = snap(start.add(delta), align).max(BigInteger.ZERO).min(space.subtract(size));
                return original.movedTo(newStart.longValue());
            }
        }
    }

    private static BigInteger snap(BigInteger value, BigInteger align) {
        return value.add(align.shiftRight(1)).divide(align).multiply(align);
    }

    private void released(MouseEvent e) {
        if (original == null) {
            return;
        }
        RamBank result = view.previewProperty().get();
        boolean wasDrag = dragging;
        String editName = (zone == CanvasHit.Zone.MOVE ? "Move " : "Resize ") + (result == null ? "" : result.id());
        original = null;
        dragging = false;
        probe = null;
        Scenario base = document.scenario();
        if (wasDrag && result != null && changes(base, result)) {
            Scenario next = base.withGuest(base.guest().withBank(result));
            dropPending = true;
            CompletableFuture.supplyAsync(() -> prepare(next), dropWorker)
                    .whenComplete((prepared, error) -> Platform.runLater(
                            () -> finishDrop(base, next, editName, result, error == null ? prepared : null)));
            return;
        }
        endPreview();
        view.freezeLayout(false);
    }

    /** What a drop's commit needs, made off the JavaFX thread: the analysis and the indexed picture. */
    private record PreparedDrop(AnalysisView analysis, PictureInput picture) {
    }

    private PreparedDrop prepare(Scenario next) {
        AnalysisView a = analysis.analyze(next);
        return new PreparedDrop(a, AtlasCanvasView.preparedPicture(next, a));
    }

    /**
     * Commits a prepared drop. If the guest changed meanwhile (an undo from the menu), the dropped
     * bank is applied to it as it is now, and the picture made from it as usual; so it is when the
     * preparation failed (the commit then fails, or not, as it would have). If the scenario was
     * replaced meanwhile (a file opened: another host), the drop belonged to the one before and is
     * not applied.
     */
    private void finishDrop(Scenario base, Scenario next, String editName, RamBank result, PreparedDrop prepared) {
        dropPending = false;
        endPreview();
        Scenario now = document.scenario();
        // Committed while the layout is still frozen, so that unfreezing lays out only the new picture.
        if (now == base && prepared != null) {
            view.usePrepared(next, prepared.analysis(), prepared.picture());
            document.apply(editName, next);
            view.selectedProperty().set(result);
        } else if (now.host() == base.host()) {
            commit(editName, result);
        }
        view.freezeLayout(false);
    }

    private void endPreview() {
        view.previewProperty().set(null);
        view.liveConflictsProperty().set(List.of());
    }

    /** Whether {@code bank} differs from the bank of its id in {@code s} (false when there is none). */
    private static boolean changes(Scenario s, RamBank bank) {
        return !s.guest().bank(bank.id()).map(bank::equals).orElse(true);
    }

    private void commit(String editName, RamBank changed) {
        Scenario s = document.scenario();
        if (!changes(s, changed)) {
            return;
        }
        document.apply(editName, s.withGuest(s.guest().withBank(changed)));
        view.selectedProperty().set(changed);
    }

    /** Up/Down move the selected bank by one alignment step towards lower/higher addresses. */
    private void nudge(KeyEvent e) {
        if (dropPending || e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN) {
            return;
        }
        if (!(view.selectedProperty().get() instanceof RamBank selected)) {
            return;
        }
        RamBank bank = document.scenario().guest().bank(selected.id()).orElse(null);
        if (bank == null) {
            return;
        }
        long step = alignment.get();
        long base = Address.alignDown(bank.start(), step);
        long newStart;
        if (e.getCode() == KeyCode.UP) {
            newStart = base != bank.start() ? base : (Address.lessThan(bank.start(), step) ? 0 : bank.start() - step);
        } else {
            newStart = base + step;
            if (Address.lessThan(newStart + bank.size() - 1, newStart)) {
                return; // would pass 2^64
            }
        }
        commit("Nudge " + bank.id(), bank.movedTo(newStart));
        e.consume();
    }
}
