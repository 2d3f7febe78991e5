package org.iommuatlas.ui;

import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
class DebounceTest {
    @Start
    void start(Stage stage) {
        // The toolkit only: Debounce runs its action on the JavaFX thread.
    }

    @Test
    void requestsInQuickSuccessionRunOnlyTheLastOnceTheyStop(FxRobot robot) throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        Debounce[] holder = new Debounce[1];
        robot.interact(() -> {
            holder[0] = new Debounce(Duration.millis(50));
            holder[0].request(() -> ran.add("first"));
            holder[0].request(() -> ran.add("second"));
            // Both asked within one event: nothing has run yet.
            assertEquals(List.of(), ran);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ran.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("second"), ran);
    }

    @Test
    void aRequestWithinTheIntervalPutsTheActionOff(FxRobot robot) throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        Debounce[] holder = new Debounce[1];
        robot.interact(() -> {
            holder[0] = new Debounce(Duration.millis(1000));
            holder[0].request(() -> ran.add("early"));
        });
        Thread.sleep(300);
        robot.interact(() -> holder[0].request(() -> ran.add("late")));
        // 1.1 s after the first request the second is about 0.8 s old: the interval is not over.
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), ran);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ran.isEmpty());
        assertEquals(List.of("late"), ran);
    }

    @Test
    void cancelDropsTheWaitingAction(FxRobot robot) throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            Debounce debounce = new Debounce(Duration.millis(50));
            debounce.request(() -> ran.add("dropped"));
            debounce.cancel();
            // A later request on another debounce shows when the first one's interval is long past.
            new Debounce(Duration.millis(200)).request(() -> ran.add("later"));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ran.isEmpty());
        assertEquals(List.of("later"), ran);
    }
}
