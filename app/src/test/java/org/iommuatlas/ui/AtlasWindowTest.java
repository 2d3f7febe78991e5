package org.iommuatlas.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.canvas.AddressWindow;
import org.iommuatlas.ui.canvas.AtlasCanvasView;
import org.iommuatlas.ui.canvas.ViewAxis;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Ports;
import org.iommuatlas.ui.port.Severity;
import org.iommuatlas.ui.engine.EnginePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real window on Monocle's headless platform, driven by the TestFX robot: what a user sees
 * and does, checked through the conflicts panel and the document.
 */
@ExtendWith(ApplicationExtension.class)
class AtlasWindowTest {
    private static final long MSI_START = 0xfee00000L;

    private AtlasWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Ports ports = EnginePorts.create();
        Path recoveryDir = Files.createTempDirectory("atlas-recovery-test");
        AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("/org/iommuatlas/ui-test"));
        // Monocle's headless screen is 1280x800; a larger window overflows its framebuffer.
        prefs.saveGeometry(new AppPreferences.Geometry(0, 0, 1100, 720, false));
        window = new AtlasWindow(ports, TestScenarios.armGuestOnAmdHost(), prefs,
                new RecoveryStore(recoveryDir, ports.store()));
        window.show(stage);
    }

    /** Waits until a released drag is committed (a drop is prepared off the FX thread first). */
    private void settleDrop() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.drag().dropPending());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the drop was not committed within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<ConflictView> errorsShown() {
        return window.conflicts().shown().stream().filter(c -> c.severity() == Severity.ERROR).toList();
    }

    private RamBank bank() {
        return window.document().scenario().guest().bank("ram").orElseThrow();
    }

    /** Puts the bank at a clean place (2 GiB from 0x40000000) as one edit, as the Edit bank dialog does. */
    private void makeBankClean(FxRobot robot) {
        robot.interact(() -> window.commands().replaceBank(bank().resized(2 * Sizes.GIB)));
        assertTrue(errorsShown().isEmpty());
    }

    /** Screen point of {@code address} in the GPA lane, at the bank's horizontal middle. */
    private Point2D screenPoint(double x, long address) {
        AtlasCanvasView view = window.view();
        ViewAxis axis = view.axis();
        return view.canvas().localToScreen(x, axis.yOf(address));
    }

    private double bankX() {
        return window.view().centreOf(bank()).orElseThrow()[0];
    }

    @Test
    void theWindowOpensShowingTheMsiConflictOfTheDefaultScenario(FxRobot robot) {
        List<ConflictView> errors = errorsShown();
        assertEquals(1, errors.size());
        assertEquals(AddressRange.of(MSI_START, 0xfeefffffL), errors.get(0).overlap());
        assertTrue(window.status().verdictText().contains("Region mach-virt.ram: vfio_dma_map(<container>, 0x40000000, 0x100000000, <vaddr>) = -22 (Invalid argument)"),
                window.status().verdictText());
    }

    @Test
    void draggingTheBankOntoTheMsiWindowShowsAConflictAndDraggingItOffRemovesIt(FxRobot robot) {
        makeBankClean(robot);
        RamBank clean = bank();
        double x = bankX();
        // Grab the bank's middle and move it down by 0x80000000: [0xc0000000, 0x13fffffff] covers the MSI window.
        long grab = clean.start() + clean.size() / 2;
        robot.drag(screenPoint(x, grab), MouseButton.PRIMARY).moveTo(screenPoint(x, grab + 0x80000000L))
                .release(MouseButton.PRIMARY);
        settleDrop();
        assertEquals(1, errorsShown().size(), "conflict after dragging onto the MSI window");
        assertTrue(bank().range().contains(MSI_START), bank().range().toString());
        // The pointer rests on the moved bank: its tooltip names the new range, not the old one.
        assertTrue(window.view().tooltipText().contains(bank().range().toString()), window.view().tooltipText());

        RamBank onMsi = bank();
        long grab2 = onMsi.start() + onMsi.size() / 2;
        robot.drag(screenPoint(x, grab2), MouseButton.PRIMARY).moveTo(screenPoint(x, grab2 - 0x80000000L))
                .release(MouseButton.PRIMARY);
        settleDrop();
        assertTrue(errorsShown().isEmpty(), "no conflict after dragging off: " + bank().range());
    }

    @Test
    void whileDraggingTheLiveConflictIsPaintedOverThePictureAndTheListCatchesUpWhenThePointerRests(FxRobot robot)
            throws Exception {
        makeBankClean(robot);
        RamBank clean = bank();
        double x = bankX();
        long grab = clean.start() + clean.size() / 2;
        AtlasCanvasView view = window.view();
        javafx.scene.Node preview = view.lookup("#drag-preview");
        robot.drag(screenPoint(x, grab), MouseButton.PRIMARY).moveTo(screenPoint(x, grab + 0x80000000L));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(clean, bank(), "nothing is committed before the release");
            assertTrue(window.status().verdictText().contains("would fail here"), window.status().verdictText());
            assertTrue(preview.isVisible(), "the preview is drawn");
            // The hover before the press started the tooltip's timer: it must not pop up over the drag.
            Thread.sleep(1000);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(view.tooltipShowing(), "no tooltip while dragging: " + view.tooltipText());
            // The live band reaches from the bank into the IOVA lane at the MSI window.
            Bounds box = preview.getBoundsInParent();
            double msiY = view.axis().yOf(MSI_START);
            double[] lanes = view.lanesSpan();
            double iovaX = (lanes[0] + lanes[1]) / 2; // the middle lane
            assertTrue(box.getMinY() <= msiY && msiY <= box.getMaxY(), box + " at y " + msiY);
            assertTrue(box.getMinX() <= lanes[0] && box.getMaxX() >= iovaX, box + " from " + lanes[0] + " past " + iovaX);
            // The list follows once the pointer rests.
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.conflicts().heading().startsWith("Conflicts while dragging"));
            assertEquals(1, errorsShown().size());
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
        settleDrop();
        assertFalse(preview.isVisible(), "the preview is gone after the release");
        assertTrue(window.conflicts().heading().startsWith("Conflicts: "), window.conflicts().heading());
        assertEquals(1, errorsShown().size());
    }

    @Test
    void aDropIsCommittedOnlyWhenItsAnalysisAndPictureArePreparedAndMeanwhileThePreviewStays(FxRobot robot) {
        makeBankClean(robot);
        RamBank clean = bank();
        java.util.List<Runnable> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> window.drag().setDropWorker(held::add));
        double x = bankX();
        long grab = clean.start() + clean.size() / 2;
        javafx.scene.Node preview = window.view().lookup("#drag-preview");
        robot.drag(screenPoint(x, grab), MouseButton.PRIMARY).moveTo(screenPoint(x, grab + 0x80000000L))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.drag().dropPending(), "the drop waits for its preparation");
        assertEquals(clean, bank(), "nothing committed yet");
        assertTrue(preview.isVisible(), "the preview stays where the bank was dropped");
        assertEquals(1, held.size());
        // A press meanwhile starts nothing: the bank is not grabbed again before the drop is committed.
        robot.press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(clean, bank());
        held.get(0).run(); // the preparation, on this (non-FX) thread
        settleDrop();
        assertFalse(preview.isVisible(), "the preview is gone once committed");
        assertTrue(bank().range().contains(MSI_START), bank().range().toString());
        assertEquals(1, errorsShown().size(), "the committed analysis is shown");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(clean, bank(), "the drop is one undoable edit");
    }

    /** Drags the clean bank onto the MSI window with the drop held back; returns the held preparation. */
    private List<Runnable> dragOntoMsiHeld(FxRobot robot) {
        List<Runnable> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> window.drag().setDropWorker(held::add));
        double x = bankX();
        long grab = bank().start() + bank().size() / 2;
        robot.drag(screenPoint(x, grab), MouseButton.PRIMARY).moveTo(screenPoint(x, grab + 0x80000000L))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.drag().dropPending());
        return held;
    }

    @Test
    void anUndoWhileADropIsPreparedLeavesTheDropAppliedToTheGuestAsItIsThen(FxRobot robot) {
        makeBankClean(robot);
        List<Runnable> held = dragOntoMsiHeld(robot);
        // Undo the clean-up edit meanwhile: the bank is 4 GiB again.
        robot.interact(() -> window.document().undo());
        assertEquals(4 * Sizes.GIB, bank().size());
        held.get(0).run();
        settleDrop();
        assertTrue(bank().range().contains(MSI_START), bank().range().toString());
        assertEquals(2 * Sizes.GIB, bank().size(), "the dropped bank, as it was dragged");
    }

    @Test
    void aDropPreparedWhileTheScenarioIsReplacedIsNotAppliedToTheNewOne(FxRobot robot) {
        makeBankClean(robot);
        List<Runnable> held = dragOntoMsiHeld(robot);
        Scenario opened = EnginePorts.defaultScenario(); // another host object, as a file opened meanwhile
        robot.interact(() -> window.document().apply("Open", opened));
        held.get(0).run();
        settleDrop();
        assertSame(opened, window.document().scenario(), "the drop belonged to the scenario before");
    }

    @Test
    void resizingTheBankPastTheMsiWindowShowsAConflictAndShrinkingItRemovesIt(FxRobot robot) {
        makeBankClean(robot);
        double x = bankX();
        long end = bank().last() + 1;
        // The bottom edge: a few pixels above the bank's end is the resize zone.
        Point2D edge = screenPoint(x, end).subtract(0, 2);
        robot.drag(edge, MouseButton.PRIMARY).moveTo(screenPoint(x, 0xff000000L)).release(MouseButton.PRIMARY);
        settleDrop();
        assertEquals(0x40000000L, bank().start(), "resizing the end keeps the start");
        assertTrue(bank().range().contains(MSI_START), bank().range().toString());
        assertEquals(1, errorsShown().size());

        Point2D edge2 = screenPoint(x, bank().last() + 1).subtract(0, 2);
        robot.drag(edge2, MouseButton.PRIMARY).moveTo(screenPoint(x, 0xc0000000L)).release(MouseButton.PRIMARY);
        settleDrop();
        assertTrue(errorsShown().isEmpty(), bank().range().toString());
    }

    @Test
    void undoAfterADragRestoresTheExactPreviousBank(FxRobot robot) {
        makeBankClean(robot);
        RamBank before = bank();
        double x = bankX();
        long grab = before.start() + before.size() / 2;
        robot.drag(screenPoint(x, grab), MouseButton.PRIMARY).moveTo(screenPoint(x, grab + 0x80000000L))
                .release(MouseButton.PRIMARY);
        settleDrop();
        assertFalse(before.equals(bank()), "the drag moved the bank");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, bank());
        assertTrue(errorsShown().isEmpty());
    }

    @Test
    void arrowKeysNudgeTheSelectedBankByOneSnapStepAsOneUndoableEdit(FxRobot robot) {
        makeBankClean(robot);
        RamBank before = bank();
        double[] centre = window.view().centreOf(before).orElseThrow();
        robot.clickOn(window.view().canvas().localToScreen(centre[0], centre[1]));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.movedTo(0x40000000L + 2 * Sizes.MIB), bank());
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, bank());
    }

    @Test
    void choosingAConflictZoomsToItAndHighlightsBothSides(FxRobot robot) {
        ConflictView conflict = errorsShown().get(0);
        robot.interact(() -> window.conflicts().choose(conflict));
        AddressWindow shown = window.view().windowProperty().get();
        assertFalse(shown.isFull());
        assertTrue(shown.range().contains(conflict.overlap()), shown.range().toString());
        assertTrue(window.view().highlightedProperty().get().contains(conflict.map()));
        assertTrue(window.view().highlightedProperty().get().contains(conflict.hostRegion()));
        assertTrue(window.view().highlightedProperty().get().contains(bank()));
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowAndTheWork(FxRobot robot) {
        makeBankClean(robot);
        assertTrue(window.document().isDirty());
        Stage stage = window.stage();
        javafx.application.Platform.runLater(() -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
        assertNotNull(dialog, "the unsaved-changes question");
        robot.interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertTrue(window.document().isDirty());
        assertEquals(2 * Sizes.GIB, bank().size());
    }

    @Test
    void aMalformedFileShowsAnErrorDialogAndLeavesTheDocumentUntouched(FxRobot robot) throws Exception {
        Scenario before = window.document().scenario();
        Path bad = Files.createTempFile("regions", ".txt");
        Files.writeString(bad, "0x00000000fee00000 0x00000000feefffff msi\nthis is not a region\n");
        robot.interact(() -> window.commands().open(bad));
        // The file is read off the FX thread; the error dialog comes when the read ends.
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertNotNull(dialog);
        assertTrue(dialog.getContentText().contains(bad.getFileName() + ":2"), dialog.getContentText());
        assertSame(before, window.document().scenario());
        assertFalse(window.document().isDirty());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }
}
