package org.iommuatlas.ui.canvas;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.DmaMap;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedRegion;
import org.iommuatlas.model.Scenario;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.ui.port.AnalysisView;
import org.iommuatlas.ui.port.ConflictView;
import org.iommuatlas.ui.theme.Theme;
import org.iommuatlas.ui.theme.ThemePalette;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The picture: a Region holding one Canvas that repaints the three lanes whenever the scenario,
 * the analysis, the visible window, the scale, the theme, the selection or the drag preview
 * changes, and when the window is resized. Interaction lives in separate controllers
 * ({@link BankDragController}, {@link ViewNavigator}); this class only shows state and answers
 * "what is at this point".
 */
public final class AtlasCanvasView extends Region {
    private static final double BANK_EDGE_ZONE = 6;

    private final Canvas canvas = new Canvas();
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

    private LaneItems items;
    private LaneAxis axis;
    private ThemePalette palette = ThemePalette.of(Theme.LIGHT);
    /** While a drag runs the axis stays as it was at the press, so the picture does not jump. */
    private boolean axisFrozen;
    private boolean repaintPending;

    public AtlasCanvasView() {
        getStyleClass().add("atlas-canvas-view");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(360, 240);
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> updateTooltip(e.getX(), e.getY()));

        ChangeListener<Object> rebuild = (o, a, b) -> rebuild();
        scenario.addListener(rebuild);
        analysis.addListener(rebuild);
        ChangeListener<Object> relayout = (o, a, b) -> relayoutAxis();
        window.addListener(relayout);
        linear.addListener(relayout);
        theme.addListener((o, a, b) -> {
            palette = ThemePalette.of(b);
            repaint();
        });
        ChangeListener<Object> repaint = (o, a, b) -> repaint();
        selected.addListener(repaint);
        highlighted.addListener(repaint);
        preview.addListener(repaint);
        liveConflicts.addListener(repaint);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            relayoutAxis();
        }
    }

    private void rebuild() {
        if (scenario.get() == null) {
            return;
        }
        items = LaneItems.of(scenario.get(), analysis.get());
        relayoutAxis();
    }

    private void relayoutAxis() {
        if (items == null || axisFrozen || canvas.getWidth() <= 0) {
            repaint();
            return;
        }
        LaneGeometry geo = geometry();
        axis = linear.get() ? LaneAxis.linear(window.get(), geo.axisTop(), geo.axisBottom())
                : LaneAxis.folded(window.get(), items, geo.axisTop(), geo.axisBottom());
        repaint();
    }

    /** Keeps the axis fixed during a drag (true) or lets it follow the content again (false). */
    public void freezeAxis(boolean frozen) {
        axisFrozen = frozen;
        if (!frozen) {
            relayoutAxis();
        }
    }

    /**
     * Asks for a repaint. Several changes in one event (preview and live conflicts during a drag)
     * coalesce into one paint, run once the event is handled.
     */
    public void repaint() {
        if (!repaintPending) {
            repaintPending = true;
            javafx.application.Platform.runLater(this::paintNow);
        }
    }

    private void paintNow() {
        repaintPending = false;
        if (axis == null || items == null) {
            return;
        }
        List<ConflictView> shown = new ArrayList<>();
        RamBank dragged = preview.get();
        for (ConflictView c : analysis.get().conflicts()) {
            if (dragged == null || !dragged.id().equals(c.bankId())) {
                shown.add(c);
            }
        }
        if (dragged != null) {
            shown.addAll(liveConflicts.get());
        }
        LanePainter.paint(canvas.getGraphicsContext2D(), new PaintState(geometry(), axis, items, shown,
                selected.get(), highlighted.get(), dragged, palette));
    }

    public LaneGeometry geometry() {
        return new LaneGeometry(canvas.getWidth(), canvas.getHeight());
    }

    /** The axis of the last layout (what the pixels on screen mean). */
    public LaneAxis axis() {
        return axis;
    }

    /** The topmost item under a point; for RAM banks also whether the point is on an end (resize) or the middle (move). */
    public Optional<CanvasHit> hitTest(double x, double y) {
        if (axis == null || items == null) {
            return Optional.empty();
        }
        Lane lane = geometry().laneAt(x);
        if (lane == null || y < axis.top() || y > axis.bottom()) {
            return Optional.empty();
        }
        LaneItem best = null;
        for (LaneItem item : LanePainter.visible(new PaintState(geometry(), axis, items, List.of(), null, Set.of(),
                null, palette), lane)) {
            double[] hx = geometry().horizontal(item);
            double y0 = axis.yOf(item.start());
            double y1 = Math.max(y0 + 2, axis.yAfter(item.last()));
            if (x >= hx[0] && x <= hx[0] + hx[1] && y >= y0 - 1 && y <= y1 + 1) {
                // Later items are drawn on top; banks win over the fixed regions under them.
                if (best == null || item.kind() == ItemKind.RAM_BANK || best.kind() != ItemKind.RAM_BANK) {
                    best = item;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        CanvasHit.Zone zone = CanvasHit.Zone.NONE;
        if (best.kind() == ItemKind.RAM_BANK) {
            double y0 = axis.yOf(best.start());
            double y1 = axis.yAfter(best.last());
            double edge = Math.min(BANK_EDGE_ZONE, (y1 - y0) / 4);
            zone = y - y0 <= edge ? CanvasHit.Zone.RESIZE_START
                    : y1 - y <= edge ? CanvasHit.Zone.RESIZE_END : CanvasHit.Zone.MOVE;
        }
        return Optional.of(new CanvasHit(best, zone));
    }

    /** Screen-independent point of an item's middle in canvas coordinates (tests and keyboard focus). */
    public Optional<double[]> centreOf(Object source) {
        if (items == null || axis == null) {
            return Optional.empty();
        }
        for (Lane lane : Lane.values()) {
            for (LaneItem item : items.lane(lane)) {
                if (item.source().equals(source)) {
                    double[] hx = geometry().horizontal(item);
                    double y0 = axis.yOf(item.start());
                    double y1 = axis.yAfter(item.last());
                    return Optional.of(new double[]{hx[0] + hx[1] / 2, (y0 + y1) / 2});
                }
            }
        }
        return Optional.empty();
    }

    private void updateTooltip(double x, double y) {
        Optional<CanvasHit> hit = hitTest(x, y);
        if (hit.isEmpty()) {
            String where = axis == null || y < LaneGeometry.HEADER ? "" : "Address " + Address.hex(axis.addressAt(y));
            tooltip.setText(where.isEmpty() ? "Scroll to zoom, drag the background to pan" : where);
            return;
        }
        tooltip.setText(describe(hit.get()));
    }

    static String describe(CanvasHit hit) {
        LaneItem item = hit.item();
        StringBuilder t = new StringBuilder(item.label()).append('\n').append(item.range())
                .append("  (").append(Sizes.exact(item.range().size())).append(")\n").append(item.kind().description());
        if (item.source() instanceof ReservedRegion r) {
            t.append("\nsource ").append(r.source());
        } else if (item.source() instanceof DmaMap m) {
            t.append("\nvfio_dma_map(iova ").append(Address.hex(m.iova())).append(", size ").append(Address.hex(m.size())).append(')');
        }
        switch (hit.zone()) {
            case MOVE -> t.append("\nDrag to move; Alt or Shift drags without snapping");
            case RESIZE_START, RESIZE_END -> t.append("\nDrag to resize");
            default -> { }
        }
        return t.toString();
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

    /** Adds an unmanaged node drawn over the canvas (the zoom box). */
    public void addOverlay(javafx.scene.Node node) {
        getChildren().add(node);
    }

    /** The items of the current scenario by lane (null before the first scenario). */
    LaneItems items() {
        return items;
    }

    public Canvas canvas() {
        return canvas;
    }
}
