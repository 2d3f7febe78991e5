package org.iommuatlas.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.iommuatlas.lesson.Lessons;
import org.iommuatlas.lesson.PackagedSamples;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.ReservedType;
import org.iommuatlas.trace.Outcome;
import org.iommuatlas.trace.Space;
import org.iommuatlas.ui.AtlasWindow;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.engine.EnginePorts;
import org.iommuatlas.ui.port.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The trace tool and a lesson in the real window, headless (Monocle), driven through TestFX. */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {
    private AtlasWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Ports ports = EnginePorts.create();
        Path recoveryDir = Files.createTempDirectory("atlas-classroom-test");
        AppPreferences prefs = new AppPreferences(Preferences.userRoot().node("/org/iommuatlas/ui-test"));
        prefs.saveGeometry(new AppPreferences.Geometry(0, 0, 1100, 720, false));
        window = new AtlasWindow(ports, PackagedSamples.load("aarch64-guest-on-amd-host-fails-at-4g.json"), prefs,
                new RecoveryStore(recoveryDir, ports.store()));
        window.show(stage);
    }

    private static void key(TracePanel panel, KeyCode code) {
        panel.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    @Test
    void traceStepsForwardAndBackWithTheKeysAndOutlinesTheMsiWindow(FxRobot robot) {
        TraceWindow tracer = window.classroom().tracer();
        TracePanel panel = tracer.panel();
        robot.interact(() -> tracer.trace(0xfee00000L));
        assertEquals(0, panel.stepper().indexProperty().get());
        assertEquals(Space.GPA, panel.stepper().current().space());

        robot.interact(() -> key(panel, KeyCode.RIGHT));
        assertEquals(1, panel.stepper().indexProperty().get());
        assertEquals(Space.IOVA, panel.stepper().current().space());
        robot.interact(() -> key(panel, KeyCode.PAGE_DOWN));
        assertEquals(Outcome.INTERRUPT_REMAPPING, panel.stepper().current().outcome());
        assertTrue(window.view().highlightedProperty().get().stream()
                .anyMatch(o -> o instanceof ReservedRegion r && r.type() == ReservedType.MSI),
                "the IRQ step outlines the MSI window");
        assertTrue(panel.stepper().atEnd());
        robot.interact(() -> key(panel, KeyCode.RIGHT));
        assertEquals(2, panel.stepper().indexProperty().get(), "stays on the last step");

        robot.interact(() -> key(panel, KeyCode.LEFT));
        robot.interact(() -> key(panel, KeyCode.PAGE_UP));
        assertEquals(0, panel.stepper().indexProperty().get());
        assertTrue(window.view().highlightedProperty().get().stream().anyMatch(o -> o instanceof RamBank),
                "the GPA step outlines the RAM bank");
    }

    @Test
    void typedAddressIsTracedAndTheNextButtonSteps(FxRobot robot) {
        TraceWindow tracer = window.classroom().tracer();
        robot.interact(tracer::show);
        robot.clickOn("#trace-address").write("0xfd00000000").type(KeyCode.ENTER);
        TracePanel panel = tracer.panel();
        assertEquals(0xfd00000000L, panel.stepper().traceProperty().get().gpa());
        assertEquals(Outcome.FAULT, panel.stepper().traceProperty().get().outcome());
        robot.clickOn("#trace-next");
        assertEquals(1, panel.stepper().indexProperty().get());
    }

    @Test
    void pickingInTheGpaLaneTracesTheAddressUnderThePointerWithoutMovingTheBank(FxRobot robot) {
        TraceWindow tracer = window.classroom().tracer();
        robot.interact(tracer::show);
        robot.interact(() -> tracer.panel().pickToggle().setSelected(true));
        robot.interact(() -> window.navigator().zoomTo(new org.iommuatlas.model.AddressRange(0x40000000L, 0x13fffffffL)));
        robot.interact(() -> { }); // let the zoom lay out before reading the axis
        RamBank before = window.document().scenario().guest().bank("ram").orElseThrow();
        var view = window.view();
        double x = view.lanesSpan()[0] + 20;
        double y = view.axis().yOf(0x80000000L);
        robot.moveTo(view.canvas().localToScreen(x, y)).press(javafx.scene.input.MouseButton.PRIMARY)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        var trace = tracer.panel().stepper().traceProperty().get();
        assertTrue(trace != null && before.range().contains(trace.gpa()), "a GPA inside the bank was traced");
        assertEquals(before, window.document().scenario().guest().bank("ram").orElseThrow(), "no drag happened");
    }

    @Test
    void lessonCheckFlipsToDoneAfterTheLearnersEdit(FxRobot robot) {
        LessonWindow lessons = window.classroom().lessons();
        robot.interact(() -> lessons.open(Lessons.find("s390-dma-window").orElseThrow()));
        assertEquals("s390-ccw-virtio", window.document().scenario().guest().machine(), "the lesson's sample is loaded");
        robot.interact(() -> lessons.panel().next.fire());
        assertEquals(1, lessons.session().indexProperty().get());
        assertFalse(lessons.session().doneProperty().get());
        assertEquals("", lessons.panel().doneText());

        RamBank ram = window.document().scenario().guest().bank("ram").orElseThrow();
        robot.interact(() -> window.commands().replaceBank(ram.movedTo(0x100000000L)));
        assertTrue(lessons.session().doneProperty().get());
        assertTrue(lessons.panel().doneText().startsWith("Done!"), lessons.panel().doneText());

        robot.interact(() -> window.document().undo());
        assertFalse(lessons.session().doneProperty().get(), "undoing the edit undoes the success");
    }

    @Test
    void openingAnotherLessonStopsTheFirstOnesCheck(FxRobot robot) {
        LessonWindow lessons = window.classroom().lessons();
        robot.interact(() -> lessons.open(Lessons.find("s390-dma-window").orElseThrow()));
        robot.interact(() -> lessons.panel().next.fire());
        LessonSession first = lessons.session();
        assertFalse(first.doneProperty().get());
        robot.interact(() -> lessons.open(Lessons.find("amd-1tib-hole").orElseThrow()));
        robot.interact(() -> lessons.panel().next.fire());
        RamBank high = window.document().scenario().guest().bank("ram-above-4g").orElseThrow();
        robot.interact(() -> window.commands().replaceBank(high.movedTo(0x10000000000L)));
        assertTrue(lessons.session().doneProperty().get());
        assertTrue(lessons.panel().doneText().startsWith("Done! That is the 7.1 relocation"), lessons.panel().doneText());
        assertFalse(first.doneProperty().get(), "the closed s390 session no longer checks the document (its check would pass here)");
    }

    @Test
    void lessonStepExportsAsAPicture(FxRobot robot) throws Exception {
        LessonWindow lessons = window.classroom().lessons();
        robot.interact(() -> lessons.open(Lessons.find("arm-its-two-stage").orElseThrow()));
        Path png = dir.resolve("step.png");
        lessons.exportStep(png);
        assertEquals(2800, ImageIO.read(png.toFile()).getWidth(), "1400 logical pixels at scale 2");
    }
}
