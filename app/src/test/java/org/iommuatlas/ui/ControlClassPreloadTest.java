package org.iommuatlas.ui;

import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.TreeViewSkin;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up class loading on a second thread names public JavaFX classes only and leaves the controls usable. */
@ExtendWith(ApplicationExtension.class)
class ControlClassPreloadTest {
    @Start
    void start(Stage stage) {
        // The toolkit runs, as it does when the app starts the loading.
    }

    @Test
    void itNamesTheWindowsControlsAndSkinsFromPublicJavaFxPackagesOnly() {
        assertTrue(ControlClassPreload.classes().containsAll(java.util.List.of(
                MenuBar.class, TextField.class, TreeView.class, TreeViewSkin.class)));
        for (Class<?> c : ControlClassPreload.classes()) {
            String pkg = c.getPackageName();
            assertTrue(pkg.equals("javafx.scene.control") || pkg.equals("javafx.scene.control.skin"), c.getName());
        }
    }

    @Test
    void loadingOffTheFxThreadLeavesTheControlsUsableOnIt(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> loaded = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            ControlClassPreload.loadAll();
            loaded.complete(javafx.application.Platform.isFxApplicationThread());
        });
        loader.start();
        assertFalse(loaded.get(60, TimeUnit.SECONDS), "loaded on a thread of its own");

        TreeView<String>[] tree = new TreeView[1];
        robot.interact(() -> {
            tree[0] = new TreeView<>(new javafx.scene.control.TreeItem<>("findings"));
            tree[0].setSkin(new TreeViewSkin<>(tree[0]));
        });
        assertNotNull(tree[0].getSkin());
        assertEquals("findings", tree[0].getRoot().getValue());
    }
}
