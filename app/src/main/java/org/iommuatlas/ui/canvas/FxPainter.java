package org.iommuatlas.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.iommuatlas.picture.Fill;
import org.iommuatlas.picture.FontSpec;
import org.iommuatlas.picture.Painter;
import org.iommuatlas.picture.Rgb;
import org.iommuatlas.picture.Stroke;
import org.iommuatlas.picture.TextShape.TextAnchor;

/**
 * Paints the picture package's drawing primitives on a JavaFX Canvas, so the window shows the
 * same picture as the PNG and SVG exports. Patterns are the same tiles as the PNG export's
 * ({@link org.iommuatlas.picture.PatternTile}), repeated from the canvas origin.
 */
public final class FxPainter implements Painter {
    private final GraphicsContext g;

    /** Pixels per unit of the surface (picks the pattern tiles): the scale the canvas is rendered at. */
    private final double pixelScale;

    /** Paints on {@code g} for its canvas's window (its render scale picks the pattern tiles). */
    public FxPainter(GraphicsContext g) {
        this(g, renderScaleOf(g));
    }

    /** Paints on {@code g} whose pixels are {@code pixelScale} times its units (a scaled snapshot). */
    public FxPainter(GraphicsContext g, double pixelScale) {
        this.g = g;
        this.pixelScale = pixelScale;
        g.setLineCap(StrokeLineCap.BUTT);
    }

    private static double renderScaleOf(GraphicsContext g) {
        var scene = g.getCanvas().getScene();
        return scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getRenderScaleX();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Fill fill) {
        g.setFill(PatternTiles.of(fill, pixelScale));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Stroke stroke) {
        apply(stroke);
        g.strokeRect(x, y, w, h);
        g.setLineDashes((double[]) null);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Fill fill) {
        g.setFill(PatternTiles.of(fill, pixelScale));
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, boolean closed, Stroke stroke) {
        apply(stroke);
        if (closed) {
            g.strokePolygon(xs, ys, xs.length);
        } else {
            g.strokePolyline(xs, ys, xs.length);
        }
        g.setLineDashes((double[]) null);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        apply(stroke);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes((double[]) null);
    }

    @Override
    public void text(double x, double y, String text, FontSpec font, TextAnchor anchor, Rgb color) {
        g.setFont(PainterFonts.font(font));
        g.setFill(color(color));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(switch (anchor) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return PainterFonts.textWidth(text, font);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    private void apply(Stroke stroke) {
        g.setStroke(color(stroke.color()));
        g.setLineWidth(stroke.width());
        g.setLineDashes(stroke.dashed() ? stroke.dash() : null);
    }


    static Color color(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
    }
}
