package org.iommuatlas.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.iommuatlas.ui.classroom.ClassroomMenus;
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
import org.iommuatlas.ui.preset.GuestBar;
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
    /** The list catches up with a drag when the pointer rests; the picture and status bar follow every event. */
    private final Debounce liveList = new Debounce(javafx.util.Duration.millis(150));
    private final InspectorPanel inspector;
    private final LegendPanel legend = new LegendPanel();
    private final StatusBar status = new StatusBar();
    private final BackgroundWork work = new BackgroundWork(status);
    private final GuestBar guestBar;
    private final BooleanProperty sidePanels = new SimpleBooleanProperty(true);
    private boolean sidePanelsBeforePresentation = true;
    private SplitPane upper;
    private SplitPane main;
    private ScrollPane sideScroll;
    /** An analysis computed off the FX thread for a scenario about to be shown (a loaded file). */
    private Scenario preparedFor;
    private AnalysisView prepared;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<AnalysisView> analysis = new SimpleObjectProperty<>(AnalysisView.EMPTY);
    private final BankDragController drag;
    private final AtlasCommands commands;
    private final ClassroomMenus classroom;
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
        this.guestBar = new GuestBar(commands::resizeGuestRam, commands::chooseGuest);
        view.setId("atlas-canvas");
        this.classroom = new ClassroomMenus(this);
        wire();
    }

    private void wire() {
        document.scenarioProperty().addListener((o, old, s) -> {
            scenarioChanged(s);
            keepRecoveryCopy();
        });
        document.dirtyProperty().addListener((o, a, dirty) -> {
            updateTitle();
            if (!dirty) {
                recovery.clear(); // saved: nothing left to recover
            }
        });
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
        theme.addListener((o, a, t) -> {
            presentationChanged(a, t);
            applyTheme(t);
        });
        sidePanels.addListener((o, a, shown) -> layoutPanels());
        scenarioChanged(document.scenario());
    }

    private void scenarioChanged(Scenario s) {
        guestBar.show(s.guest());
        status.showViommu(s.guest().viommu());
        AnalysisView ready = s == preparedFor ? prepared : null;
        preparedFor = null;
        prepared = null;
        AnalysisView result = ready != null ? ready : ports.analysis().analyze(s);
        // The picture rebuilds once for both (AtlasCanvasView coalesces its scenario and analysis).
        view.scenarioProperty().set(s);
        analysis.set(result);
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
            liveList.cancel();
            conflicts.show(analysis.get().conflicts(), null);
            status.show(analysis.get());
            return;
        }
        List<ConflictView> live = view.liveConflictsProperty().get();
        status.showLive(preview.id(), live);
        // The list is made when the pointer rests, not on every mouse event.
        liveList.request(() -> {
            List<ConflictView> all = new java.util.ArrayList<>();
            for (ConflictView c : analysis.get().conflicts()) {
                if (!preview.id().equals(c.bankId())) {
                    all.add(c);
                }
            }
            all.addAll(live);
            conflicts.show(all, preview.id());
            status.showLiveDetail(live);
        });
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

    /**
     * An explained QEMU error: zoom to its IOVA range and outline the maps and the blocking host
     * regions that meet it.
     */
    void showExplainedRange(org.iommuatlas.model.AddressRange range) {
        navigator.zoomTo(range);
        Set<Object> hit = new HashSet<>();
        for (org.iommuatlas.model.DmaMap m : analysis.get().maps()) {
            if (m.range().overlaps(range)) {
                hit.add(m);
            }
        }
        for (org.iommuatlas.model.ReservedRegion r : document.scenario().host().regions()) {
            if (r.type().excludedFromIova() && r.range().overlaps(range)) {
                hit.add(r);
            }
        }
        view.highlightedProperty().set(hit);
    }

    /** Builds the scene into {@code stage} and shows it. */
    public void show(Stage target) {
        this.stage = target;
        BorderPane root = new BorderPane();
        root.setTop(new AtlasMenus(commands, this).build());
        HBox pictureRow = new HBox(new OverviewStrip(view), view);
        HBox.setHgrow(view, Priority.ALWAYS);
        VBox picture = new VBox(guestBar, pictureRow);
        VBox.setVgrow(pictureRow, Priority.ALWAYS);
        VBox side = new VBox(inspector, legend);
        side.getStyleClass().add("side-panel");
        sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(300);
        upper = new SplitPane(picture);
        SplitPane.setResizableWithParent(sideScroll, false);
        main = new SplitPane(upper);
        main.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(conflicts, false);
        layoutPanels();
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
            var icon = AtlasWindow.class.getResource("/icons/atlas-" + size + ".png");
            if (icon != null) {
                // Loaded in the background: the window's first frame does not wait for decoding.
                target.getIcons().add(new Image(icon.toExternalForm(), true));
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

    /**
     * Shows or hides the inspector, legend and conflicts list; the picture takes the room. The
     * status bar stays, so the verdict and QEMU's line remain on screen.
     */
    private void layoutPanels() {
        if (upper == null) {
            return;
        }
        if (sidePanels.get()) {
            if (!upper.getItems().contains(sideScroll)) {
                upper.getItems().add(sideScroll);
            }
            if (!main.getItems().contains(conflicts)) {
                main.getItems().add(conflicts);
            }
            // The split pane places a re-added item's divider on its next layout: set ours after it.
            upper.setDividerPositions(0.74);
            main.setDividerPositions(0.78);
            javafx.application.Platform.runLater(() -> {
                upper.setDividerPositions(0.74);
                main.setDividerPositions(0.78);
            });
        } else {
            upper.getItems().remove(sideScroll);
            main.getItems().remove(conflicts);
        }
    }

    /** Presentation mode hides the side panels; leaving it brings back what was shown before. */
    private void presentationChanged(Theme before, Theme now) {
        if (now == Theme.PRESENTATION && before != Theme.PRESENTATION) {
            sidePanelsBeforePresentation = sidePanels.get();
            sidePanels.set(false);
        } else if (before == Theme.PRESENTATION && now != Theme.PRESENTATION) {
            sidePanels.set(sidePanelsBeforePresentation);
        }
    }

    /**
     * Hands over an analysis a worker already computed, so showing a large loaded scenario does
     * not analyse it again on the FX thread. Used only if {@code s} itself is shown next.
     */
    void prepareAnalysis(Scenario s, AnalysisView a) {
        preparedFor = s;
        prepared = a;
    }

    /** Puts the caret in the guest bar's RAM field (Edit ▸ Guest RAM size). */
    void focusGuestRam() {
        guestBar.focusRam();
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

    public ViewNavigator navigator() {
        return navigator;
    }

    BankDragController drag() {
        return drag;
    }

    public ConflictsPanel conflicts() {
        return conflicts;
    }

    /** The inspector beside the picture (tests read what it describes). */
    public InspectorPanel inspector() {
        return inspector;
    }

    BackgroundWork work() {
        return work;
    }

    /** Whether the inspector, legend and conflicts list are shown (View ▸ Side panels). */
    public BooleanProperty sidePanelsProperty() {
        return sidePanels;
    }

    public GuestBar guestBar() {
        return guestBar;
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

    public Stage stage() {
        return stage;
    }

    public AtlasCommands commands() {
        return commands;
    }

    /** The Lessons menu's tools: the DMA trace and the lesson panel. */
    public ClassroomMenus classroom() {
        return classroom;
    }
}
