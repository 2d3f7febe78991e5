package org.iommuatlas.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.iommuatlas.ui.theme.ThemePalette;

/**
 * A narrow strip beside the picture showing the whole 64-bit space (folded) with a frame where
 * the view is. Clicking or dragging in it centres the view there.
 */
public final class OverviewStrip extends Region {
    private static final double WIDTH = 30;

    private final AtlasCanvasView view;
    private final Canvas canvas = new Canvas(WIDTH, 100);

    public OverviewStrip(AtlasCanvasView view) {
        this.view = view;
        getStyleClass().add("overview-strip");
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        view.windowProperty().addListener((o, a, b) -> repaint());
        view.analysisProperty().addListener((o, a, b) -> repaint());
        view.scenarioProperty().addListener((o, a, b) -> repaint());
        view.themeProperty().addListener((o, a, b) -> repaint());
        canvas.setOnMousePressed(this::centre);
        canvas.setOnMouseDragged(this::centre);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(WIDTH);
        canvas.setHeight(getHeight());
        repaint();
    }

    private LaneAxis fullAxis() {
        LaneItems items = view.items();
        if (items == null) {
            return null;
        }
        return LaneAxis.folded(AddressWindow.FULL, items, LaneGeometry.HEADER, Math.max(LaneGeometry.HEADER + 20,
                getHeight() - LaneGeometry.FOOTER));
    }

    void repaint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        ThemePalette p = ThemePalette.of(view.themeProperty().get());
        g.setFill(p.get("lane"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        LaneAxis axis = fullAxis();
        if (axis == null) {
            return;
        }
        for (LaneAxis.Segment s : axis.segments()) {
            g.setFill(s.fold() ? p.get("fold") : p.get("grid"));
            g.fillRect(8, s.y0(), WIDTH - 16, Math.max(0.5, s.y1() - s.y0()));
        }
        for (Lane lane : Lane.values()) {
            for (LaneItem item : view.items().lane(lane)) {
                if (item.kind() == ItemKind.RAM_BANK || item.kind() == ItemKind.DMA_MAP_FAILING) {
                    double y0 = axis.yOf(item.start());
                    double y1 = Math.max(y0 + 2, axis.yAfter(item.last()));
                    g.setFill(p.get(item.kind().strokeColour()));
                    g.fillRect(lane == Lane.GPA ? 8 : 16, y0, 6, y1 - y0);
                }
            }
        }
        AddressWindow w = view.windowProperty().get();
        double y0 = axis.yOf(w.start());
        double y1 = Math.max(y0 + 3, axis.yAfter(w.last()));
        g.setStroke(p.get("text"));
        g.setLineWidth(2);
        g.strokeRect(3, y0, WIDTH - 6, y1 - y0);
        g.setFill(Color.TRANSPARENT);
    }

    private void centre(MouseEvent e) {
        LaneAxis axis = fullAxis();
        if (axis == null) {
            return;
        }
        AddressWindow w = view.windowProperty().get();
        java.math.BigInteger span = w.isFull() ? java.math.BigInteger.valueOf(1L << 32) : w.span();
        view.windowProperty().set(AddressWindow.centred(axis.addressAt(e.getY()), span));
    }
}
