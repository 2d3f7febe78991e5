package org.iommuatlas.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.iommuatlas.picture.Fill;
import org.iommuatlas.picture.FontSpec;
import org.iommuatlas.picture.Painter;
import org.iommuatlas.picture.Rgb;
import org.iommuatlas.picture.Stroke;
import org.iommuatlas.picture.TextShape.TextAnchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints as scene-graph shapes instead of canvas pixels: what the drag preview is made of. Per
 * mouse event the preview's shapes are replaced, and JavaFX redraws only where old and new shapes
 * lie, straight into the window (no canvas of their own to clear and copy on the software
 * pipeline). Looks as {@link FxPainter} draws: the same colours, pattern tiles, fonts and anchors.
 * Clips are not supported (the preview uses none).
 */
final class NodePainter implements Painter {
    private final List<Node> nodes = new ArrayList<>();
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Text measure = new Text();
    private final double pixelScale;

    /** {@code pixelScale}: the window's render scale (picks the pattern tiles). */
    NodePainter(double pixelScale) {
        this.pixelScale = pixelScale;
    }

    /** The shapes painted so far, in painting order. */
    List<Node> nodes() {
        return nodes;
    }

    private static <S extends Shape> S stroked(S shape, Stroke stroke) {
        shape.setFill(null);
        shape.setStroke(FxPainter.color(stroke.color()));
        shape.setStrokeWidth(stroke.width());
        shape.setStrokeLineCap(StrokeLineCap.BUTT);
        if (stroke.dashed()) {
            for (double d : stroke.dash()) {
                shape.getStrokeDashArray().add(d);
            }
        }
        return shape;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Fill fill) {
        Rectangle r = new Rectangle(x, y, Math.max(0, w), Math.max(0, h));
        r.setFill(PatternTiles.of(fill, pixelScale));
        nodes.add(r);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Stroke stroke) {
        nodes.add(stroked(new Rectangle(x, y, Math.max(0, w), Math.max(0, h)), stroke));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Fill fill) {
        Polygon p = new Polygon(interleave(xs, ys));
        p.setFill(PatternTiles.of(fill, pixelScale));
        nodes.add(p);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, boolean closed, Stroke stroke) {
        nodes.add(closed ? stroked(new Polygon(interleave(xs, ys)), stroke)
                : stroked(new Polyline(interleave(xs, ys)), stroke));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        nodes.add(stroked(new Line(x1, y1, x2, y2), stroke));
    }

    @Override
    public void text(double x, double y, String text, FontSpec font, TextAnchor anchor, Rgb color) {
        Text t = new Text(text);
        t.setFont(font(font));
        t.setFill(FxPainter.color(color));
        t.setTextOrigin(VPos.CENTER);
        double w = anchor == TextAnchor.START ? 0 : textWidth(text, font);
        t.setX(switch (anchor) {
            case START -> x;
            case MIDDLE -> x - w / 2;
            case END -> x - w;
        });
        t.setY(y);
        nodes.add(t);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        measure.setFont(font(font));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        throw new UnsupportedOperationException("the drag preview draws without clips");
    }

    @Override
    public void save() {
        // Nothing to save: every shape carries its own paint and stroke.
    }

    @Override
    public void restore() {
    }

    private Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, FxPainter::fontOf);
    }

    private static double[] interleave(double[] xs, double[] ys) {
        double[] points = new double[xs.length * 2];
        for (int i = 0; i < xs.length; i++) {
            points[2 * i] = xs[i];
            points[2 * i + 1] = ys[i];
        }
        return points;
    }
}
