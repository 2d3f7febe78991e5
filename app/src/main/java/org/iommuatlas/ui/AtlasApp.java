package org.iommuatlas.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.port.Ports;
import org.iommuatlas.ui.engine.EnginePorts;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop application. {@link org.iommuatlas.Launcher} calls {@link #launchWith}. It opens the
 * default sample (the aarch64-on-x86 failure) with the real engine behind its ports.
 */
public class AtlasApp extends Application {
    private static volatile Ports ports;
    /** The engine and default scenario, prepared on another thread while the toolkit starts. */
    private static volatile CompletableFuture<Prepared> prepared;

    /** What the first window needs that does not need the toolkit. */
    private record Prepared(Ports engine, Scenario scenario, AppPreferences prefs) {
    }

    public static void launchWith(String[] args) {
        // WHY: loading Jackson and reading the default sample (about a second cold), and the first
        // analysis's class loading, do not need JavaFX; on a machine with two or more cores they
        // overlap with the toolkit's own start-up instead of following it.
        prepared = CompletableFuture.supplyAsync(AtlasApp::prepare);
        Application.launch(AtlasApp.class, args);
    }

    private static Prepared prepare() {
        // WHY on its own thread: java.util.prefs reads its XML file on the first look-up (a few
        // hundred XML classes, cold); the window reads the theme and geometry before its first frame.
        CompletableFuture<AppPreferences> prefs = CompletableFuture.supplyAsync(() -> {
            AppPreferences p = AppPreferences.forUser();
            p.theme();
            p.geometry();
            return p;
        });
        Ports engine = ports();
        Scenario scenario = EnginePorts.defaultScenario();
        // The first analysis runs while the FX thread builds the window's controls; the window asks
        // the engine's analysis port for the same scenario and gets this result (it waits for it
        // if it is still running) instead of analysing again.
        CompletableFuture.runAsync(() -> engine.analysis().analyze(scenario));
        return new Prepared(engine, scenario, prefs.join());
    }

    /** The prepared engine and scenario, or (no preparation, or it failed) prepared here and now. */
    private static Prepared preparedOrNow() {
        CompletableFuture<Prepared> p = prepared;
        if (p != null) {
            try {
                return p.join();
            } catch (RuntimeException e) {
                // Fall through: prepare again on this thread so the failure surfaces as it did before.
            }
        }
        return prepare();
    }

    /** The engine the window uses; tests may hand in another. */
    public static void setPorts(Ports engine) {
        ports = engine;
    }

    static Ports ports() {
        Ports p = ports;
        return p != null ? p : EnginePorts.create();
    }

    @Override
    public void start(Stage stage) {
        // WHY before waiting for the engine: the first control of the window loads JavaFX's own
        // stylesheet, which needs nothing from the engine; done here it overlaps with preparing it.
        Application.setUserAgentStylesheet(Application.STYLESHEET_MODENA);
        ControlClassPreload.start();
        Prepared ready = preparedOrNow();
        Ports engine = ready.engine();
        AtlasWindow window = new AtlasWindow(engine, ready.scenario(), ready.prefs(),
                new RecoveryStore(RecoveryStore.defaultDirectory(), engine.store()));
        window.show(stage);
        List<String> args = getParameters().getRaw();
        Path scenario = scenarioArgument(args);
        Platform.runLater(() -> {
            if (scenario != null) {
                window.commands().open(scenario);
            }
            window.commands().offerRecovery();
        });
    }

    /** {@code --scenario FILE}, {@code --scenario=FILE} or a bare file argument. */
    static Path scenarioArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--scenario=")) {
                return Path.of(a.substring("--scenario=".length()));
            }
            if (a.equals("--scenario") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (!a.startsWith("-")) {
                return Path.of(a);
            }
        }
        return null;
    }
}
