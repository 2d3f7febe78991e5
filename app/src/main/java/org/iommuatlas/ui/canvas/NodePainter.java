package org.iommuatlas.ui.canvas;

import org.iommuatlas.picture.Fill;
import org.iommuatlas.picture.FontSpec;
import org.iommuatlas.picture.Painter;
import org.iommuatlas.picture.Rgb;
import org.iommuatlas.picture.Stroke;
import org.iommuatlas.picture.TextShape.TextAnchor;

import java.util.ArrayList;
import java.util.List;

/**
 * Paints into {@link ShapeSpec}s for scene-graph shapes instead of canvas pixels: what the drag
 * preview is made of ({@link RetainedShapes} shows them). Looks as {@link FxPainter} draws: the
 * same colours, pattern tiles, fonts and anchors. Clips are not supported (the preview uses none).
 *
 * <p>Shapes go into numbered layers ({@link #layer}); a higher layer lies over a lower one, and
 * within a layer the order is not kept.
 *
 * <p>Tall fills and vertical lines are cut where they cross a fixed grid of {@link #GRID} pixel
 * rows, so that when a shape moves a few pixels its pieces inside stay equal to the last frame's
 * and only the pieces at its ends change: JavaFX then redraws two short strips instead of the
 * whole shape. Cuts fall on whole pixels, where pieces meet without a seam; dashed lines keep
 * their dash phase fixed to the grid, so their pieces join up.
 *
 * <p>Rectangles, lines and texts are placed on whole device pixels. WHY: on a folded axis a
 * bank's far end moves by a fraction of a pixel when the pointer moves it a few pixels; placed
 * exactly, its pieces changed on every mouse event, and JavaFX redrew a strip there for a move
 * nobody could see (a third of the redrawn boxes of a drag frame).
 */
final class NodePainter implements Painter {
    /** Height of the grid rows tall shapes are cut along, in logical pixels. */
    static final double GRID = 16;

    private final List<List<ShapeSpec>> layers = new ArrayList<>();
    private final double pixelScale;
    private int layer;

    /** {@code pixelScale}: the window's render scale (picks the pattern tiles). */
    NodePainter(double pixelScale) {
        this.pixelScale = pixelScale;
    }

    /** Shapes painted from now on go into layer {@code index} (0 is the lowest). */
    void layer(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("layer " + index);
        }
        layer = index;
    }

    /** The shapes painted into layer {@code index}. */
    List<ShapeSpec> shapes(int index) {
        return index < layers.size() ? layers.get(index) : List.of();
    }

    /** Whether nothing was painted. */
    boolean isEmpty() {
        return layers.stream().allMatch(List::isEmpty);
    }

    private void add(ShapeSpec shape) {
        while (layers.size() <= layer) {
            layers.add(new ArrayList<>());
        }
        layers.get(layer).add(shape);
    }

    /** {@code v} on the nearest device pixel boundary. */
    private double snap(double v) {
        return Math.round(v * pixelScale) / pixelScale;
    }

    /** The far edge of a span from {@code start} to {@code end}, snapped, and at least a pixel on if the span is not empty. */
    private double snapEnd(double start, double end, double snappedStart) {
        double e = snap(end);
        return end > start && e <= snappedStart ? snappedStart + 1 / pixelScale : e;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Fill fill) {
        javafx.scene.paint.Paint paint = PatternTiles.of(fill, pixelScale);
        double left = snap(x);
        double width = snapEnd(x, x + Math.max(0, w), left) - left;
        double top = snap(y);
        double end = snapEnd(y, y + Math.max(0, h), top);
        while (true) {
            double cut = Math.min(end, nextGridLine(top));
            add(new ShapeSpec.FilledRect(left, top, width, cut - top, paint));
            if (cut >= end) {
                return;
            }
            top = cut;
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Stroke stroke) {
        // Four lines, so that a tall outline is cut along the grid like a fill. The horizontal ones
        // reach over the corners, which the vertical ones' butt caps leave open.
        double half = stroke.width() / 2;
        line(x - half, y, x + w + half, y, stroke);
        line(x - half, y + h, x + w + half, y + h, stroke);
        line(x, y, x, y + h, stroke);
        line(x + w, y, x + w, y + h, stroke);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Fill fill) {
        add(new ShapeSpec.Outline(interleave(xs, ys), true, PatternTiles.of(fill, pixelScale), null));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, boolean closed, Stroke stroke) {
        add(new ShapeSpec.Outline(interleave(xs, ys), closed, null, stroke));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        x1 = snap(x1);
        y1 = snap(y1);
        x2 = snap(x2);
        y2 = snap(y2);
        if (x1 != x2) {
            add(new ShapeSpec.StrokedLine(x1, y1, x2, y2, stroke, 0));
            return;
        }
        double top = Math.min(y1, y2);
        double end = Math.max(y1, y2);
        double period = dashPeriod(stroke);
        while (true) {
            double cut = Math.min(end, nextGridLine(top));
            // The dash pattern's phase at this piece's start, counted from y = 0.
            double offset = period > 0 ? ((top % period) + period) % period : 0;
            add(new ShapeSpec.StrokedLine(x1, top, x1, cut, stroke, offset));
            if (cut >= end) {
                return;
            }
            top = cut;
        }
    }

    @Override
    public void text(double x, double y, String text, FontSpec font, TextAnchor anchor, Rgb color) {
        double w = anchor == TextAnchor.START ? 0 : textWidth(text, font);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - w / 2;
            case END -> x - w;
        };
        add(new ShapeSpec.Label(snap(left), snap(y), text, PainterFonts.font(font), FxPainter.color(color)));
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return PainterFonts.textWidth(text, font);
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

    /** The first grid line below {@code y} (strictly). */
    static double nextGridLine(double y) {
        return (Math.floor(y / GRID) + 1) * GRID;
    }

    private static double dashPeriod(Stroke stroke) {
        double sum = 0;
        for (double d : stroke.dash()) {
            sum += d;
        }
        return sum;
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
