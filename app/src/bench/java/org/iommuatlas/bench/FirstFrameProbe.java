package org.iommuatlas.bench;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.iommuatlas.Launcher;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Child-process entry point of the start-up benchmark: runs either the real application
 * ({@code app}, through {@link Launcher} exactly as the jar does) or {@link BareLabelApp}
 * ({@code bare}) or {@link ControlsWindowApp} ({@code controls}), and prints {@link #MARKER} when the first window has rendered its first frame,
 * then halts. The probe watches every window from outside, so neither application needs a hook:
 * the list of windows can be observed before the toolkit starts, and JavaFX's scene performance
 * tracker is told by the renderer when a frame of that scene has been drawn.
 */
public final class FirstFrameProbe {
    public static final String MARKER = "FIRST-FRAME-RENDERED";
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private FirstFrameProbe() {
    }

    public static void main(String[] args) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    watch(w);
                }
            }
        });
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (args.length > 0 && args[0].equals("bare")) {
            Application.launch(BareLabelApp.class, rest);
        } else if (args.length > 0 && args[0].equals("controls")) {
            Application.launch(ControlsWindowApp.class, rest);
        } else {
            Launcher.main(rest);
        }
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            track(window.getScene());
        }
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                track(scene);
            }
        });
    }

    private static void track(Scene scene) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            if (DONE.compareAndSet(false, true)) {
                System.out.println(MARKER);
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        });
    }
}
