package org.iommuatlas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.ui.canvas.AtlasCanvasView;
import org.iommuatlas.ui.canvas.BankDragController;
import org.iommuatlas.ui.canvas.OverviewStrip;
import org.iommuatlas.ui.canvas.ViewNavigator;
import org.iommuatlas.ui.doc.AppPreferences;
import org.iommuatlas.ui.doc.AtlasDocument;
import org.iommuatlas.ui.doc.RecoveryStore;
import org.iommuatlas.ui.panels.ConflictsPanel;
import org.iommuatlas.ui.panels.InspectorPanel;
import org.iommuatlas.ui.panels.LegendPanel;
import org.iommuatlas.ui.panels.StatusBar;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.port.Ports;
import org.iommuatlas.ui.theme.Theme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The main window: menu bar, the picture with its overview strip, the conflicts list, the
 * inspector and legend, and the status bar. It wires document changes to the analysis and the
 * analysis to the views; commands live in {@link AtlasCommands}, menus in {@link AtlasMenus}.
 */
public final class AtlasWindow {
    private final Ports ports;
    private final AtlasDocument document;
    private final AppPreferences prefs;
    private final RecoveryStore recovery;
    private final AtlasCanvasView view = new AtlasCanvasView();
    private final ViewNavigator navigator = new ViewNavigator(view);
    private final ConflictsPanel conflicts = new ConflictsPanel();
    private final InspectorPanel inspector;
    private final LegendPanel legend = new LegendPanel();
    private final StatusBar status = new StatusBar();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<AnalysisView> analysis = new SimpleObjectProperty<>(AnalysisView.EMPTY);
    private final BankDragController drag;
    private final AtlasCommands commands;
    private Stage stage;
    private Scene scene;

    public AtlasWindow(Ports ports, Scenario initial, AppPreferences prefs, RecoveryStore recovery) {
        this.ports = ports;
        this.prefs = prefs;
        this.recovery = recovery;
        this.document = new AtlasDocument(initial);
        this.drag = new BankDragController(view, document, ports.analysis());
        this.commands = new AtlasCommands(this);
        this.inspector = new InspectorPanel(commands::editSelectedBank);
        view.setId("atlas-canvas");
        wire();
    }

    private void wire() {
        document.scenarioProperty().addListener((o, old, s) -> {
            scenarioChanged(s);
            keepRecoveryCopy();
        });
        document.dirtyProperty().addListener((o, a, dirty) -> updateTitle());
        document.fileProperty().addListener((o, a, b) -> updateTitle());
        analysis.addListener((o, a, result) -> {
            view.analysisProperty().set(result);
            status.show(result);
            if (view.previewProperty().get() == null) {
                conflicts.show(result.conflicts(), null);
            }
            inspector.show(view.selectedProperty().get(), result);
        });
        view.selectedProperty().addListener((o, a, sel) -> inspector.show(sel, analysis.get()));
        view.previewProperty().addListener((o, a, preview) -> showConflicts());
        view.liveConflictsProperty().addListener((o, a, live) -> showConflicts());
        conflicts.onChosenProperty().set(this::conflictChosen);
        view.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            var axis = view.axis();
            var lane = view.laneAt(e.getX());
            status.showPointer(axis == null || lane.isEmpty() || e.getY() < axis.top() || e.getY() > axis.bottom() ? ""
                    : lane.get() + " " + Address.hex16(axis.addressAt(e.getY())));
        });
        theme.addListener((o, a, t) -> applyTheme(t));
        scenarioChanged(document.scenario());
    }

    private void scenarioChanged(Scenario s) {
        view.scenarioProperty().set(s);
        analysis.set(ports.analysis().analyze(s));
        // Selection follows the bank through edits (same id), so the inspector keeps describing it.
        if (view.selectedProperty().get() instanceof RamBank b) {
            view.selectedProperty().set(s.guest().bank(b.id()).orElse(null));
        }
        view.highlightedProperty().set(Set.of());
    }

    /**
     * Unsaved work goes to the recovery file after each change; a clean document needs none. Not
     * run for the start-up scenario, so a recovery file left by a crash survives until offered.
     */
    private void keepRecoveryCopy() {
        if (document.isDirty()) {
            recovery.save(document.scenario());
        } else {
            recovery.clear();
        }
    }

    private void showConflicts() {
        RamBank preview = view.previewProperty().get();
        if (preview == null) {
            conflicts.show(analysis.get().conflicts(), null);
            status.show(analysis.get());
            return;
        }
        status.showLive(preview.id(), view.liveConflictsProperty().get());
        List<ConflictView> others = analysis.get().conflicts().stream()
                .filter(c -> !preview.id().equals(c.bankId())).toList();
        List<ConflictView> all = new java.util.ArrayList<>(others);
        all.addAll(view.liveConflictsProperty().get());
        conflicts.show(all, preview.id());
    }

    /** A finding was clicked: zoom to it and outline both sides (the bank and map, and the host region). */
    void conflictChosen(ConflictView c) {
        navigator.zoomTo(c.overlap());
        Set<Object> both = new HashSet<>();
        if (c.map() != null) {
            both.add(c.map());
        }
        if (c.hostRegion() != null) {
            both.add(c.hostRegion());
        }
        if (c.bankId() != null) {
            document.scenario().guest().bank(c.bankId()).ifPresent(both::add);
        }
        view.highlightedProperty().set(both);
        inspector.show(c, analysis.get());
    }

    /** Builds the scene into {@code stage} and shows it. */
    public void show(Stage target) {
        this.stage = target;
        BorderPane root = new BorderPane();
        root.setTop(new AtlasMenus(commands, this).build());
        HBox picture = new HBox(new OverviewStrip(view), view);
        HBox.setHgrow(view, Priority.ALWAYS);
        VBox side = new VBox(inspector, legend);
        side.getStyleClass().add("side-panel");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(300);
        SplitPane upper = new SplitPane(picture, sideScroll);
        upper.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(sideScroll, false);
        SplitPane main = new SplitPane(upper, conflicts);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(conflicts, false);
        root.setCenter(main);
        root.setBottom(status);
        var geometry = prefs.geometry();
        scene = new Scene(root, geometry.map(AppPreferences.Geometry::width).orElse(1400.0),
                geometry.map(AppPreferences.Geometry::height).orElse(900.0));
        geometry.ifPresent(g -> {
            target.setX(g.x());
            target.setY(g.y());
            target.setMaximized(g.maximized());
        });
        theme.set(Theme.fromKey(prefs.theme()));
        applyTheme(theme.get());
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (done) {
                commands.open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(done);
            e.consume();
        });
        target.setScene(scene);
        for (int size : new int[]{16, 32, 64, 256}) {
            var icon = AtlasWindow.class.getResource("/org/iommuatlas/ui/icons/atlas-" + size + ".png");
            if (icon != null) {
                target.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        target.setOnCloseRequest(e -> {
            if (!commands.confirmClose()) {
                e.consume();
            } else {
                saveGeometry();
            }
        });
        updateTitle();
        target.show();
        view.requestFocus();
    }

    private void applyTheme(Theme t) {
        view.themeProperty().set(t);
        legend.show(t);
        if (scene != null) {
            scene.getRoot().getStyleClass().removeIf(c -> c.startsWith("theme-"));
            scene.getRoot().getStyleClass().add("theme-" + t.key());
            scene.getStylesheets().setAll(t.stylesheet(),
                    AtlasWindow.class.getResource("/org/iommuatlas/ui/atlas-ui.css").toExternalForm());
        }
        prefs.saveTheme(t.key());
    }

    private void saveGeometry() {
        if (stage != null) {
            prefs.saveGeometry(new AppPreferences.Geometry(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
    }

    private void updateTitle() {
        if (stage == null) {
            return;
        }
        String name = document.file() != null ? document.file().getFileName().toString() : document.scenario().title();
        stage.setTitle((document.isDirty() ? "\u2022 " : "") + name + " \u2014 IOMMU Atlas");
    }

    Ports ports() {
        return ports;
    }

    public AtlasDocument document() {
        return document;
    }

    AppPreferences prefs() {
        return prefs;
    }

    RecoveryStore recovery() {
        return recovery;
    }

    public AtlasCanvasView view() {
        return view;
    }

    ViewNavigator navigator() {
        return navigator;
    }

    BankDragController drag() {
        return drag;
    }

    public ConflictsPanel conflicts() {
        return conflicts;
    }

    StatusBar status() {
        return status;
    }

    ObjectProperty<Theme> theme() {
        return theme;
    }

    public AnalysisView analysis() {
        return analysis.get();
    }

    Stage stage() {
        return stage;
    }

    public AtlasCommands commands() {
        return commands;
    }
}
