package org.iommuatlas.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.picture.AxisScale;
import org.iommuatlas.picture.Break;
import org.iommuatlas.picture.LayoutOptions;
import org.iommuatlas.picture.Palette;
import org.iommuatlas.picture.PictureInput;
import org.iommuatlas.picture.PictureLayout;
import org.iommuatlas.picture.Style;
import org.iommuatlas.picture.Viewport;
import org.iommuatlas.ui.port.ConflictView;

/**
 * A narrow strip beside the picture showing the whole 64-bit space on the folded scale, with the
 * RAM banks, the conflicts and a frame where the view is. Clicking or dragging in it centres the
 * view there.
 */
public final class OverviewStrip extends Region {
    private static final double WIDTH = 28;

    private final AtlasCanvasView view;
    private final Canvas canvas = new Canvas(WIDTH, 100);
    private AxisScale fullScale;
    private PictureInput scaledFor;
    private double scaledHeight;

    public OverviewStrip(AtlasCanvasView view) {
        this.view = view;
        getStyleClass().add("overview-strip");
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        Tooltip.install(canvas, new Tooltip("Overview of the whole 64-bit space: the frame is what the picture shows.\n"
                + "Click or drag to move the view there."));
        view.windowProperty().addListener((o, a, b) -> repaint());
        view.analysisProperty().addListener((o, a, b) -> repaint());
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

    /** The folded scale of the whole space for this strip's height; laid out only when the content or height changes. */
    private AxisScale scale() {
        PictureInput input = view.input();
        if (input == null || getHeight() < 60) {
            return null;
        }
        if (input != scaledFor || getHeight() != scaledHeight) {
            fullScale = PictureLayout.layout(input, Viewport.FULL, 900, getHeight(), LayoutOptions.window()).scale();
            scaledFor = input;
            scaledHeight = getHeight();
        }
        return fullScale;
    }

    void repaint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = view.palette();
        g.setFill(FxPainter.color(p.lane()));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        AxisScale s = scale();
        if (s == null) {
            return;
        }
        g.setFill(FxPainter.color(p.grid()));
        g.fillRect(10, s.top(), 8, s.height());
        g.setFill(FxPainter.color(p.breakFill()));
        for (Break b : s.breaks()) {
            g.fillRect(10, s.y(b.start()), 8, Math.max(1, s.yEnd(b.last()) - s.y(b.start())));
        }
        if (view.scenarioProperty().get() != null) {
            g.setFill(FxPainter.color(p.fill(Style.RAM_BANK_SELECTED)));
            for (RamBank bank : view.scenarioProperty().get().guest().banks()) {
                g.fillRect(6, s.y(bank.start()), 6, Math.max(2, s.yEnd(bank.last()) - s.y(bank.start())));
            }
        }
        g.setFill(FxPainter.color(p.outline(Style.CONFLICT)));
        for (ConflictView c : view.analysisProperty().get().conflicts()) {
            g.fillRect(14, s.y(c.overlap().start()), 9, Math.max(3, s.yEnd(c.overlap().last()) - s.y(c.overlap().start())));
        }
        AddressWindow w = view.windowProperty().get();
        double y0 = s.y(w.start());
        double y1 = Math.max(y0 + 3, s.yEnd(w.last()));
        g.setStroke(FxPainter.color(p.text()));
        g.setLineWidth(2);
        g.strokeRect(2, y0, WIDTH - 4, y1 - y0);
    }

    private void centre(MouseEvent e) {
        AxisScale s = scale();
        if (s == null) {
            return;
        }
        AddressWindow w = view.windowProperty().get();
        java.math.BigInteger span = w.isFull() ? java.math.BigInteger.valueOf(1L << 32) : w.span();
        view.windowProperty().set(AddressWindow.centred(s.addressAt(e.getY()), span));
    }
}
