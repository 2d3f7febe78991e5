package org.iommuatlas.picture;

import org.iommuatlas.picture.TextShape.TextAnchor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleBiFunction;

/**
 * A painter that records what is painted and the box it covers, to be replayed later on another
 * painter. The window paints a drag's overlay this way: first the box, so that only that much of
 * the screen is redrawn per mouse event, then the same calls on a canvas of that size.
 *
 * <p>The box is conservative: strokes add their width, text its measured width and its font size
 * above and below the centre line it is drawn on. Clips are replayed but do not shrink the box.
 */
public final class RecordedPainting implements Painter {
    private final ToDoubleBiFunction<String, FontSpec> measure;
    private final List<Consumer<Painter>> calls = new ArrayList<>();
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    /** {@code measure} gives text widths as the target painter will draw them. */
    public RecordedPainting(ToDoubleBiFunction<String, FontSpec> measure) {
        this.measure = measure;
    }

    /** Nothing was painted. */
    public boolean isEmpty() {
        return calls.isEmpty();
    }

    /** The box covered by what was painted: {minX, minY, maxX, maxY}; meaningless when empty. */
    public double[] bounds() {
        return new double[]{minX, minY, maxX, maxY};
    }

    /** Paints every recorded call on {@code target}, in order. */
    public void replay(Painter target) {
        for (Consumer<Painter> call : calls) {
            call.accept(target);
        }
    }

    private void cover(double x0, double y0, double x1, double y1, double margin) {
        minX = Math.min(minX, Math.min(x0, x1) - margin);
        minY = Math.min(minY, Math.min(y0, y1) - margin);
        maxX = Math.max(maxX, Math.max(x0, x1) + margin);
        maxY = Math.max(maxY, Math.max(y0, y1) + margin);
    }

    private void coverPoints(double[] xs, double[] ys, double margin) {
        for (int i = 0; i < xs.length; i++) {
            cover(xs[i], ys[i], xs[i], ys[i], margin);
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Fill fill) {
        cover(x, y, x + w, y + h, 1);
        calls.add(p -> p.fillRect(x, y, w, h, fill));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Stroke stroke) {
        cover(x, y, x + w, y + h, stroke.width() / 2 + 1);
        calls.add(p -> p.strokeRect(x, y, w, h, stroke));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Fill fill) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        coverPoints(x, y, 1);
        calls.add(p -> p.fillPolygon(x, y, fill));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, boolean closed, Stroke stroke) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        coverPoints(x, y, stroke.width() / 2 + 1);
        calls.add(p -> p.strokePolyline(x, y, closed, stroke));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        cover(x1, y1, x2, y2, stroke.width() / 2 + 1);
        calls.add(p -> p.line(x1, y1, x2, y2, stroke));
    }

    @Override
    public void text(double x, double y, String text, FontSpec font, TextAnchor anchor, Rgb color) {
        double w = measure.applyAsDouble(text, font);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - w / 2;
            case END -> x - w;
        };
        cover(left, y - font.size(), left + w, y + font.size(), 1);
        calls.add(p -> p.text(x, y, text, font, anchor, color));
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return measure.applyAsDouble(text, font);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        calls.add(p -> p.clipRect(x, y, w, h));
    }

    @Override
    public void save() {
        calls.add(Painter::save);
    }

    @Override
    public void restore() {
        calls.add(Painter::restore);
    }
}
