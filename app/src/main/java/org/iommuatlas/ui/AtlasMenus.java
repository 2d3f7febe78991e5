package org.iommuatlas.ui;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.WindowEvent;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.port.InputLoader;
import org.iommuatlas.ui.theme.Theme;

import java.nio.file.Path;

/** The menu bar; every frequent command has an accelerator, shown next to it. */
final class AtlasMenus {
    private final AtlasCommands commands;
    private final AtlasWindow window;

    AtlasMenus(AtlasCommands commands, AtlasWindow window) {
        this.commands = commands;
        this.window = window;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view(), window.classroom().lessonsMenu(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        recent.getItems().add(new MenuItem("(none)"));
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : commands.recentFiles()) {
                recent.getItems().add(item(p.toString(), null, a -> commands.open(p)));
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        // WHY: reading the packaged samples for their titles is file and JSON work the first frame
        // need not wait for; the list is filled the first time the menu opens (it has no shortcuts).
        Menu samples = new Menu("Samples");
        samples.setId("menu-samples");
        MenuItem reading = new MenuItem("(reading\u2026)");
        reading.setDisable(true);
        samples.getItems().add(reading);
        samples.setOnShowing(e -> {
            if (samples.getItems().get(0) == reading) {
                fillSamples(samples);
            }
        });
        MenuItem svg = item("Export SVG\u2026", "Shortcut+Shift+E", a -> commands.exportSvg());
        MenuItem quit = item("Quit", "Shortcut+Q", a -> window.stage().fireEvent(
                new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = menu("File",
                item("Open\u2026", "Shortcut+O", a -> commands.openDialog()),
                recent, samples,
                item("Load this machine", "Shortcut+Shift+L", a -> commands.loadThisMachine()),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", a -> commands.save()),
                item("Save As\u2026", "Shortcut+Shift+S", a -> commands.saveAs()),
                new SeparatorMenuItem(),
                item("Export PNG\u2026", "Shortcut+E", a -> commands.exportPng()),
                svg,
                item("Export Markdown report\u2026", "Shortcut+Shift+M", a -> commands.exportMarkdown()),
                item("Copy picture", "Shortcut+Shift+C", a -> commands.copyPicture()),
                new SeparatorMenuItem(),
                quit);
        // Opening File starts reading the samples on a worker, so they are usually ready by the
        // time the pointer reaches Samples (which waits for them otherwise); not done at start-up,
        // where the reading competed with the first frame for the processor.
        file.setOnShowing(e -> {
            if (samples.getItems().get(0) == reading) {
                java.util.concurrent.CompletableFuture.runAsync(() -> window.ports().input().samples());
            }
        });
        return file;
    }

    /** One item per packaged sample, in the index's order. */
    void fillSamples(Menu samples) {
        samples.getItems().clear();
        for (InputLoader.Sample s : window.ports().input().samples()) {
            samples.getItems().add(item(s.title(), null, a -> commands.loadSample(s)));
        }
    }

    private Menu edit() {
        var doc = window.document();
        MenuItem undo = item("Undo", "Shortcut+Z", a -> commands.undo());
        undo.setId("menu-undo");
        undo.disableProperty().bind(doc.canUndoProperty().not());
        undo.textProperty().bind(doc.undoNameProperty().map(n -> n.isEmpty() ? "Undo" : "Undo " + n));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", a -> commands.redo());
        redo.disableProperty().bind(doc.canRedoProperty().not());
        redo.textProperty().bind(doc.redoNameProperty().map(n -> n.isEmpty() ? "Redo" : "Redo " + n));
        return menu("Edit", undo, redo, new SeparatorMenuItem(),
                item("Paste data", "Shortcut+V", a -> commands.paste()),
                new SeparatorMenuItem(),
                item("Add bank", "Shortcut+Shift+N", a -> commands.addBank()),
                item("Remove bank", "Shortcut+DELETE", a -> commands.removeSelectedBank()),
                item("Edit bank\u2026", "F2", a -> commands.editSelectedBank()),
                new SeparatorMenuItem(),
                item("Choose guest machine\u2026", "Shortcut+M", a -> commands.chooseGuest()),
                item("Guest RAM size", "Shortcut+R", a -> window.focusGuestRam()));
    }

    private Menu view() {
        var nav = window.navigator();
        var canvas = window.view();
        CheckMenuItem linear = new CheckMenuItem("Linear scale");
        linear.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        linear.selectedProperty().bindBidirectional(canvas.linearProperty());
        Menu snap = new Menu("Snap to");
        ToggleGroup snaps = new ToggleGroup();
        long[] steps = {4 * Sizes.KIB, 2 * Sizes.MIB, Sizes.GIB};
        for (long step : steps) {
            RadioMenuItem r = new RadioMenuItem(Sizes.exact(step));
            r.setToggleGroup(snaps);
            r.setSelected(step == window.drag().alignmentProperty().get());
            r.setOnAction(a -> window.drag().alignmentProperty().set(step));
            snap.getItems().add(r);
        }
        Menu themes = new Menu("Theme");
        ToggleGroup themeGroup = new ToggleGroup();
        String[] keys = {"Shortcut+Shift+1", "Shortcut+Shift+2", "F5"};
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t == Theme.PRESENTATION ? "Presentation mode" : t.label());
            r.setToggleGroup(themeGroup);
            r.setAccelerator(KeyCombination.keyCombination(keys[t.ordinal()]));
            r.setSelected(window.theme().get() == t);
            r.setOnAction(a -> window.theme().set(t));
            window.theme().addListener((o, old, now) -> r.setSelected(now == t));
            themes.getItems().add(r);
        }
        CheckMenuItem panels = new CheckMenuItem("Side panels");
        panels.setId("menu-side-panels");
        panels.setAccelerator(KeyCombination.keyCombination("F9"));
        panels.selectedProperty().bindBidirectional(window.sidePanelsProperty());
        MenuItem full = item("Full screen", "F11", a -> window.stage().setFullScreen(!window.stage().isFullScreen()));
        return menu("View",
                item("Zoom in", "Shortcut+EQUALS", a -> nav.zoomIn()),
                item("Zoom out", "Shortcut+MINUS", a -> nav.zoomOut()),
                item("Zoom to fit", "Shortcut+DIGIT0", a -> nav.zoomToFit()),
                item("Go to address\u2026", "Shortcut+G", a -> commands.goToAddress()),
                new SeparatorMenuItem(), linear, snap, new SeparatorMenuItem(), themes, panels, full);
    }

    private Menu help() {
        return menu("Help",
                item("Keyboard and mouse", "F1", a -> info("Keyboard and mouse", """
                        Drag a RAM bank to move it; drag its top or bottom edge to resize.
                        Drags snap to the View \u25b8 Snap to grid; hold Alt or Shift to drag freely.
                        Up / Down nudge the selected bank by one snap step.
                        Wheel: zoom around the pointer.  Drag the background: pan.
                        Ctrl+drag: zoom to a box.  + / - / 0: zoom in, out, to fit.
                        Ctrl+G: go to an address.  Ctrl+Z / Ctrl+Shift+Z: undo / redo.
                        Drop or paste sysfs reserved_regions lines or a scenario to load them.""")),
                item("About IOMMU Atlas", null, a -> info("About IOMMU Atlas",
                        "Draws a VFIO guest's GPA, IOVA and HPA spaces side by side against the host IOMMU's "
                                + "reserved regions and predicts QEMU's vfio_dma_map(...) = -22 failure.")));
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(window.stage());
        alert.setHeaderText(title);
        alert.show();
    }

    private static Menu menu(String name, MenuItem... items) {
        Menu m = new Menu(name);
        m.getItems().addAll(items);
        return m;
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }
}
