package org.iommuatlas.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.port.Ports;
import org.iommuatlas.ui.engine.EnginePorts;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop application. {@link org.iommuatlas.Launcher} calls {@link #launchWith}. It opens the
 * default sample (the aarch64-on-x86 failure) with the real engine behind its ports.
 */
public class AtlasApp extends Application {
    private static volatile Ports ports;

    public static void launchWith(String[] args) {
        Application.launch(AtlasApp.class, args);
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
        Ports engine = ports();
        AtlasWindow window = new AtlasWindow(engine, EnginePorts.defaultScenario(), AppPreferences.forUser(),
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
