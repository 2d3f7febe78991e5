package org.iommuatlas.ui.canvas;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.picture.AggregateShape;
import org.iommuatlas.picture.Drawing;
import org.iommuatlas.picture.DrawingRenderer;
import org.iommuatlas.picture.Highlight;
import org.iommuatlas.picture.Item;
import org.iommuatlas.picture.Lane;
import org.iommuatlas.picture.LaneGeometry;
import org.iommuatlas.picture.LayoutOptions;
import org.iommuatlas.picture.Palette;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.picture.PictureInputs;
import org.iommuatlas.picture.PictureLayout;
import org.iommuatlas.picture.RectShape;
import org.iommuatlas.picture.Shape;
import org.iommuatlas.picture.Viewport;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.theme.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The picture: a Region holding one Canvas that paints the picture package's {@link Drawing}
 * through {@link FxPainter}. It lays out again when the scenario, analysis, visible window,
 * scale, theme, selection or size change; during a drag the layout stays put and only the
 * overlay (the bank's preview copy and its live conflicts) is repainted. Interaction lives in
 * {@link BankDragController} and {@link ViewNavigator}; this class shows state and answers "what
 * is at this point".
 */
public final class AtlasCanvasView extends Region {
    private static final double BANK_EDGE_ZONE = 6;

    private final Canvas canvas = new Canvas();
    /**
     * The drag preview as shapes over the picture, which stays as painted at the drag's start: per
     * mouse event only the shapes that changed are touched, and only where they were and are is
     * redrawn.
     */
    private final PreviewShapes previewLayer = new PreviewShapes(DragOverlay.Layer.values().length);
    /** Counts the repaints that changed the drag preview on screen: each needs a frame to show it. */
    private final ReadOnlyLongWrapper previewChanges =
            new ReadOnlyLongWrapper(this, "previewChanges");
    private final Tooltip tooltip = new Tooltip();

    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObjectProperty<AnalysisView> analysis = new SimpleObjectProperty<>(this, "analysis", AnalysisView.EMPTY);
    private final ObjectProperty<AddressWindow> window = new SimpleObjectProperty<>(this, "window", AddressWindow.FULL);
    private final BooleanProperty linear = new SimpleBooleanProperty(this, "linear", false);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Object> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Set<Object>> highlighted = new SimpleObjectProperty<>(this, "highlighted", Set.of());
    private final ObjectProperty<RamBank> preview = new SimpleObjectProperty<>(this, "preview");
    private final ObjectProperty<List<ConflictView>> liveConflicts = new SimpleObjectProperty<>(this, "liveConflicts", List.of());

    private final Label viommuBanner = new Label(org.iommuatlas.ui.panels.StatusBar.VIOMMU_TEXT);
    private PictureInput input;
    private ItemSources sources;
    private Drawing drawing;
    private Palette palette = Theme.LIGHT.palette();
    /** While a drag runs the layout stays as it was at the press, so the picture does not jump. */
    private boolean layoutFrozen;
    /** The picture under the drag preview needs painting once more (the ghost of the dragged bank). */
    private boolean frozenPictureStale;
    private boolean repaintPending;
    private boolean rebuildPending;
    /** A picture made off the JavaFX thread for the scenario and analysis about to be shown (a drop). */
    private PictureInput preparedInput;
    private Scenario preparedScenario;
    private AnalysisView preparedAnalysis;
    /** The host's model objects by place, kept while the host stays the same (see ItemSources). */
    private ItemSources.HostPlaces hostPlaces;
    /** Where the pointer was last dragged, in canvas coordinates. */
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;

    public AtlasCanvasView() {
        getStyleClass().add("atlas-canvas-view");
        getChildren().add(canvas);
        previewLayer.setManaged(false);
        previewLayer.setMouseTransparent(true);
        previewLayer.setVisible(false);
        previewLayer.setId("drag-preview");
        getChildren().add(previewLayer);
        viommuBanner.setId("viommu-banner");
        viommuBanner.getStyleClass().add("viommu-banner");
        viommuBanner.setWrapText(true);
        viommuBanner.setManaged(false);
        viommuBanner.setMouseTransparent(true);
        viommuBanner.setVisible(false);
        getChildren().add(viommuBanner);
        setFocusTraversable(true);
        setMinSize(360, 240);
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(440);
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> {
            pointerX = e.getX();
            pointerY = e.getY();
            updateTooltip(pointerX, pointerY);
        });
        // A tooltip shown before a press describes what was under the pointer then: hide it for the
        // drag; every new layout (the committed drag, a zoom) describes what is under the pointer now.
        // Uninstalled while a button is down: a hover just before the press would otherwise still
        // show it (its activation timer runs on) over the dragged bank, describing the old place.
        // Filters, not handlers: the drag controller consumes presses and releases.
        canvas.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            tooltip.hide();
            Tooltip.uninstall(canvas, tooltip);
        });
        canvas.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> Tooltip.install(canvas, tooltip));
        canvas.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            pointerX = e.getX();
            pointerY = e.getY();
        });

        // A size change must reach layoutChildren (which sizes the canvas) even when the parent
        // resizes this view without asking it for a layout pass (a side panel hidden or shown).
        widthProperty().addListener((o, a, b) -> requestLayout());
        heightProperty().addListener((o, a, b) -> requestLayout());
        // A new scenario comes with its analysis a moment later: one rebuild for both.
        ChangeListener<Object> rebuild = (o, a, b) -> rebuildSoon();
        scenario.addListener(rebuild);
        analysis.addListener(rebuild);
        ChangeListener<Object> relayout = (o, a, b) -> relayout();
        window.addListener(relayout);
        linear.addListener(relayout);
        selected.addListener(relayout);
        theme.addListener((o, a, t) -> {
            palette = t.palette();
            relayout();
        });
        ChangeListener<Object> repaint = (o, a, b) -> repaint();
        highlighted.addListener(repaint);
        preview.addListener(repaint);
        liveConflicts.addListener(repaint);
    }

    /**
     * A fixed preference, not the canvas's current size: otherwise the last size feeds back as
     * the preferred one and the view never gives room back when a side panel returns.
     */
    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            relayout();
        }
    }

    private void rebuildSoon() {
        if (!rebuildPending) {
            rebuildPending = true;
            Platform.runLater(this::rebuild);
        }
    }

    private void rebuild() {
        rebuildPending = false;
        Scenario s = scenario.get();
        if (s == null) {
            return;
        }
        AnalysisView a = analysis.get();
        input = s == preparedScenario && a == preparedAnalysis ? preparedInput : pictureInput(s, a);
        preparedInput = null;
        preparedScenario = null;
        preparedAnalysis = null;
        if (hostPlaces == null || !hostPlaces.isFor(s)) {
            hostPlaces = new ItemSources.HostPlaces(s);
        }
        sources = new ItemSources(s, a, input, hostPlaces);
        relayout();
    }

    /**
     * {@link #pictureInput} with its index built: the expensive part of showing a new scenario,
     * which does not touch JavaFX and may run on any thread.
     */
    public static PictureInput preparedPicture(Scenario s, AnalysisView a) {
        PictureInput in = pictureInput(s, a);
        in.index();
        return in;
    }

    /**
     * Offers a picture made by {@link #preparedPicture} for {@code s} and {@code a}: the next
     * rebuild uses it if the view then shows exactly that scenario and analysis.
     */
    public void usePrepared(Scenario s, AnalysisView a, PictureInput in) {
        preparedScenario = s;
        preparedAnalysis = a;
        preparedInput = in;
    }

    /**
     * What the window and its exports draw: the scenario, QEMU's maps, the findings as highlights,
     * and the predicted QEMU line (or "clean") as the status line.
     */
    public static PictureInput pictureInput(Scenario s, AnalysisView a) {
        PictureInput.Builder b = PictureInputs.from(s, a.maps(), highlights(a.conflicts())).toBuilder();
        if (a.predictedError() != null) {
            b.status("QEMU: " + a.predictedError(), org.iommuatlas.picture.Severity.ERROR);
        } else if (a.clean()) {
            b.status("Layout is clean: every DMA map fits", a.conflicts().isEmpty()
                    ? org.iommuatlas.picture.Severity.INFO : org.iommuatlas.picture.Severity.WARN);
        }
        return b.build();
    }

    /**
     * Each finding marks the overlap in the GPA lane (the bank) and the IOVA lane (map and region),
     * once per lane and range (a region every group of the container reports is one mark); group
     * findings without a range of their own (a device not viable) mark nothing.
     */
    public static List<Highlight> highlights(List<ConflictView> conflicts) {
        java.util.Set<Highlight> out = new java.util.LinkedHashSet<>();
        for (ConflictView c : conflicts) {
            if (c.overlap().equals(org.iommuatlas.model.AddressRange.FULL)) {
                continue;
            }
            org.iommuatlas.picture.Severity sev = switch (c.severity()) {
                case ERROR -> org.iommuatlas.picture.Severity.ERROR;
                case WARNING -> org.iommuatlas.picture.Severity.WARN;
                case INFO -> org.iommuatlas.picture.Severity.INFO;
            };
            out.add(new Highlight(Lane.IOVA, c.overlap().start(), c.overlap().last(), sev, c.rule() + ": " + c.summary()));
            if (c.bankId() != null) {
                out.add(new Highlight(Lane.GPA, c.overlap().start(), c.overlap().last(), sev, ""));
            }
        }
        return new ArrayList<>(out);
    }

    private void relayout() {
        if (input == null || layoutFrozen || canvas.getWidth() < 100 || canvas.getHeight() < 100) {
            repaint();
            return;
        }
        AddressWindow w = window.get();
        LayoutOptions options = LayoutOptions.window().withFolded(!linear.get()).withFontSize(palette.fontSize() - 1)
                .withSelected(sources.idOf(selected.get()));
        drawing = PictureLayout.layout(input, new Viewport(w.start(), w.last()), canvas.getWidth(), canvas.getHeight(),
                options);
        placeViommuBanner();
        if (!Double.isNaN(pointerX)) {
            updateTooltip(pointerX, pointerY);
        }
        repaint();
    }

    /**
     * With a vIOMMU the IOVA lane is not the GPA layout: the guest driver picks IOVAs. A banner at
     * the top of the IOVA lane says so (REFERENCE §1.2), and the picture draws no GPA-to-IOVA bands.
     */
    private void placeViommuBanner() {
        Scenario s = scenario.get();
        boolean on = s != null && s.guest().viommu() && drawing != null;
        viommuBanner.setVisible(on);
        if (on) {
            LaneGeometry iova = drawing.lane(Lane.IOVA);
            double width = Math.max(40, iova.width() - 8);
            viommuBanner.setMaxWidth(width);
            viommuBanner.setPrefWidth(width);
            viommuBanner.autosize();
            viommuBanner.resize(width, viommuBanner.prefHeight(width));
            viommuBanner.relocate(iova.x() + 4, iova.top() + 4);
        }
    }

    /** The vIOMMU banner (shown only for a guest with a vIOMMU). */
    public Label viommuBanner() {
        return viommuBanner;
    }

    /** Keeps the layout fixed during a drag (true) or lets it follow the content again (false). */
    public void freezeLayout(boolean frozen) {
        layoutFrozen = frozen;
        frozenPictureStale = frozen;
        if (!frozen && rebuildPending) {
            // A new scenario is about to be laid out and painted (a drag was committed just now):
            // laying out and painting the old one first would cost a frame's work for nothing.
            return;
        }
        if (!frozen) {
            relayout();
        }
        repaint();
    }

    /** Whether the canvas tooltip is on screen (tests). */
    public boolean tooltipShowing() {
        return tooltip.isShowing();
    }

    /** The text the canvas tooltip shows now (tests). */
    public String tooltipText() {
        return tooltip.getText();
    }

    /** Asks for a repaint; several changes in one event coalesce into one paint after it. */
    public void repaint() {
        if (!repaintPending) {
            repaintPending = true;
            Platform.runLater(this::paintNow);
        }
    }

    private void paintNow() {
        repaintPending = false;
        if (drawing == null) {
            return;
        }
        if (!layoutFrozen || frozenPictureStale) {
            FxPainter painter = new FxPainter(canvas.getGraphicsContext2D());
            DrawingRenderer.paint(drawing, palette, painter);
            DragOverlay.paintHighlights(painter, this, palette);
            if (layoutFrozen) {
                DragOverlay.paintGhost(painter, this, palette);
                frozenPictureStale = previewProperty().get() == null;
            }
        }
        paintPreview();
    }

    /** Paints the drag preview as shapes over the picture; outside a drag there are none. */
    private void paintPreview() {
        double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleX();
        NodePainter preview = new NodePainter(scale);
        if (layoutFrozen) {
            DragOverlay.paintPreview(preview, this, palette);
        }
        boolean changed = preview.isEmpty() ? previewLayer.clear()
                : previewLayer.show(preview, (drawing.lane(Lane.GPA).right() + drawing.lane(Lane.IOVA).x()) / 2);
        previewLayer.setVisible(!preview.isEmpty());
        if (changed) {
            previewChanges.set(previewChanges.get() + 1);
        }
    }

    /**
     * How many times the drag preview on screen has changed; a frame benchmark waits for the frame
     * after each change.
     */
    public ReadOnlyLongProperty previewChangesProperty() {
        return previewChanges.getReadOnlyProperty();
    }

    Drawing drawing() {
        return drawing;
    }

    /** The axis of the last layout (what the pixels on screen mean), or null before the first. */
    public ViewAxis axis() {
        return drawing == null ? null : new ViewAxis(drawing.scale());
    }

    /** The lane under {@code x}, if any. */
    public Optional<Lane> laneAt(double x) {
        return drawing == null ? Optional.empty() : drawing.laneAt(x);
    }

    /** Left edge of the GPA lane and right edge of the HPA lane. */
    public double[] lanesSpan() {
        if (drawing == null) {
            return new double[]{0, canvas.getWidth()};
        }
        LaneGeometry gpa = drawing.lane(Lane.GPA);
        LaneGeometry hpa = drawing.lane(Lane.HPA);
        return new double[]{gpa.x(), hpa.right()};
    }

    /** The topmost thing under a point; a RAM bank wins over highlights drawn over it, and says move or resize. */
    public Optional<CanvasHit> hitTest(double x, double y) {
        if (drawing == null || sources == null) {
            return Optional.empty();
        }
        List<String> ids = PictureLayout.hitTestAll(drawing, x, y);
        String chosen = null;
        for (String id : ids) {
            if (PictureInputs.bankIdOf(id) != null) {
                chosen = id;
                break;
            }
            if (chosen == null && sources.source(id) != null) {
                chosen = id;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        Object source = sources.source(chosen);
        CanvasHit.Zone zone = CanvasHit.Zone.NONE;
        if (source instanceof RamBank) {
            RectShape r = rectOf(chosen).orElse(null);
            if (r != null) {
                double edge = Math.min(BANK_EDGE_ZONE, r.h() / 4);
                zone = y - r.y() <= edge ? CanvasHit.Zone.RESIZE_START
                        : r.y() + r.h() - y <= edge ? CanvasHit.Zone.RESIZE_END : CanvasHit.Zone.MOVE;
            } else {
                zone = CanvasHit.Zone.MOVE;
            }
        }
        return Optional.of(new CanvasHit(chosen, source, zone));
    }

    Optional<RectShape> rectOf(String itemId) {
        if (drawing == null || itemId == null) {
            return Optional.empty();
        }
        for (Shape s : drawing.shapes()) {
            if (s instanceof RectShape r && itemId.equals(r.itemId())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The middle of the rectangle showing {@code source} in canvas coordinates (tests, keyboard focus). */
    public Optional<double[]> centreOf(Object source) {
        if (sources == null) {
            return Optional.empty();
        }
        return rectOf(sources.idOf(source)).map(r -> new double[]{r.x() + r.w() / 2, r.y() + r.h() / 2});
    }

    /** The item id showing a model object (for overlays). */
    String idOf(Object source) {
        return sources == null ? null : sources.idOf(source);
    }

    private void updateTooltip(double x, double y) {
        if (drawing == null) {
            return;
        }
        Optional<CanvasHit> hit = hitTest(x, y);
        if (hit.isPresent()) {
            Item item = sources.item(hit.get().itemId());
            String how = switch (hit.get().zone()) {
                case MOVE -> "\nDrag to move; Alt or Shift drags without snapping";
                case RESIZE_START, RESIZE_END -> "\nDrag to resize";
                default -> "";
            };
            tooltip.setText((item == null ? hit.get().itemId() : item.tooltip()) + how);
            return;
        }
        Optional<AggregateShape> many = PictureLayout.aggregateAt(drawing, x, y);
        if (many.isPresent()) {
            AggregateShape a = many.get();
            tooltip.setText(a.count() + " " + a.style().legendName() + " ranges between " + Address.hex(a.firstAddress())
                    + " and " + Address.hex(a.lastAddress()) + "\nZoom in (wheel or Ctrl+drag) to see them one by one");
            return;
        }
        Optional<Lane> lane = drawing.laneAt(x);
        tooltip.setText(lane.isPresent() && y >= drawing.scale().top() && y <= drawing.scale().bottom()
                ? lane.get() + " " + Address.hex(drawing.scale().addressAt(y)) + "\nWheel: zoom; drag: pan; Ctrl+drag: zoom to a box"
                : "Wheel: zoom; drag: pan; Ctrl+drag: zoom to a box");
    }

    /** Adds an unmanaged node drawn over the canvas (the zoom box). */
    public void addOverlay(Node node) {
        getChildren().add(node);
    }

    /** The picture input of the current scenario (the overview strip lays it out at full size). */
    PictureInput input() {
        return input;
    }

    Palette palette() {
        return palette;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<AnalysisView> analysisProperty() {
        return analysis;
    }

    public ObjectProperty<AddressWindow> windowProperty() {
        return window;
    }

    public BooleanProperty linearProperty() {
        return linear;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Object> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Set<Object>> highlightedProperty() {
        return highlighted;
    }

    public ObjectProperty<RamBank> previewProperty() {
        return preview;
    }

    public ObjectProperty<List<ConflictView>> liveConflictsProperty() {
        return liveConflicts;
    }

    public Canvas canvas() {
        return canvas;
    }
}
