package org.iommuatlas.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.iommuatlas.picture.Stroke;

import java.util.Arrays;

/**
 * One shape of the drag preview as a value: what it is, where, and how it is painted. Two equal
 * specs look the same on screen, so a node showing one can stay untouched when the next frame
 * asks for it again ({@link RetainedShapes}); JavaFX then redraws nothing there.
 */
sealed interface ShapeSpec {
    /** A new node showing this shape. */
    Node create();

    /** Makes {@code node} show this shape if it is of the kind this spec makes; false if not. */
    boolean update(Node node);

    /** The left edge (which lane the shape belongs to). */
    double minX();

    /** Roughly the top and bottom edge, enough to tell which nodes lie near this shape. */
    double minY();

    double maxY();

    /** A filled axis-aligned rectangle; {@code paint} is a colour or a pattern tile anchored at the origin. */
    record FilledRect(double x, double y, double w, double h, Paint paint) implements ShapeSpec {
        @Override
        public Node create() {
            Rectangle r = new Rectangle();
            update(r);
            return r;
        }

        @Override
        public boolean update(Node node) {
            if (!(node instanceof Rectangle r) || r.getStroke() != null) {
                return false;
            }
            r.setX(x);
            r.setY(y);
            r.setWidth(w);
            r.setHeight(h);
            r.setFill(paint);
            return true;
        }

        @Override
        public double minX() {
            return x;
        }

        @Override
        public double minY() {
            return y;
        }

        @Override
        public int hashCode() {
            return mix(mix(mix(mix(0, x), y), w), h) ^ paint.hashCode();
        }

        @Override
        public double maxY() {
            return y + h;
        }
    }

    /**
     * A stroked straight line with butt caps. {@code dashOffset} fixes the dash pattern's phase, so
     * that pieces of one long dashed line join up.
     */
    record StrokedLine(double x1, double y1, double x2, double y2, Stroke stroke, double dashOffset) implements ShapeSpec {
        @Override
        public Node create() {
            Line l = new Line();
            update(l);
            return l;
        }

        @Override
        public boolean update(Node node) {
            if (!(node instanceof Line l)) {
                return false;
            }
            l.setStartX(x1);
            l.setStartY(y1);
            l.setEndX(x2);
            l.setEndY(y2);
            applyStroke(l, stroke, dashOffset);
            return true;
        }

        @Override
        public double minX() {
            return Math.min(x1, x2);
        }

        @Override
        public double minY() {
            return Math.min(y1, y2) - stroke.width();
        }

        @Override
        public double maxY() {
            return Math.max(y1, y2) + stroke.width();
        }

        @Override
        public int hashCode() {
            return mix(mix(mix(mix(mix(0, x1), y1), x2), y2), dashOffset) ^ stroke.hashCode();
        }
    }

    /** A filled polygon or a stroked polyline through {@code points} (x, y, x, y, ...). */
    record Outline(double[] points, boolean closed, Paint fill, Stroke stroke) implements ShapeSpec {
        @Override
        public Node create() {
            Shape s = closed || stroke == null ? new Polygon(points) : new Polyline(points);
            update(s);
            return s;
        }

        @Override
        public boolean update(Node node) {
            boolean polygon = closed || stroke == null;
            if (polygon ? !(node instanceof Polygon) : !(node instanceof Polyline)) {
                return false;
            }
            Shape s = (Shape) node;
            var list = polygon ? ((Polygon) s).getPoints() : ((Polyline) s).getPoints();
            Double[] boxed = Arrays.stream(points).boxed().toArray(Double[]::new);
            list.setAll(boxed);
            s.setFill(fill);
            if (stroke == null) {
                s.setStroke(null);
            } else {
                applyStroke(s, stroke, 0);
            }
            return true;
        }

        @Override
        public double minX() {
            return extreme(0, -1);
        }

        @Override
        public double minY() {
            return extreme(1, -1);
        }

        @Override
        public double maxY() {
            return extreme(1, 1);
        }

        /** The least ({@code sign} -1) or greatest (+1) x (first 0) or y (first 1) of the points. */
        private double extreme(int first, int sign) {
            double best = sign * Double.NEGATIVE_INFINITY;
            for (int i = first; i < points.length; i += 2) {
                best = sign < 0 ? Math.min(best, points[i]) : Math.max(best, points[i]);
            }
            return best;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Outline other && Arrays.equals(points, other.points) && closed == other.closed
                    && java.util.Objects.equals(fill, other.fill) && java.util.Objects.equals(stroke, other.stroke);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(points) * 31 + java.util.Objects.hash(closed, fill, stroke);
        }
    }

    /** One line of text starting at {@code x} whose vertical middle is {@code y}. */
    record Label(double x, double y, String text, Font font, Paint paint) implements ShapeSpec {
        @Override
        public Node create() {
            Text t = new Text();
            t.setTextOrigin(VPos.CENTER);
            update(t);
            return t;
        }

        @Override
        public boolean update(Node node) {
            if (!(node instanceof Text t)) {
                return false;
            }
            t.setText(text);
            t.setFont(font);
            t.setFill(paint);
            t.setX(x);
            t.setY(y);
            return true;
        }

        @Override
        public double minX() {
            return x;
        }

        @Override
        public double minY() {
            return y - font.getSize();
        }

        @Override
        public double maxY() {
            return y + font.getSize();
        }
    }

    /**
     * Folds {@code value} into {@code hash}. The records' own hash codes combine the doubles' bits
     * linearly, and the preview's pieces (whole pixels, multiples of the grid row) then collide
     * into a few buckets; this spreads them.
     */
    private static int mix(int hash, double value) {
        long bits = Double.doubleToLongBits(value) * 0x9E3779B97F4A7C15L;
        return hash * 0x01000193 ^ (int) (bits ^ (bits >>> 32));
    }

    private static void applyStroke(Shape s, Stroke stroke, double dashOffset) {
        s.setStroke(FxPainter.color(stroke.color()));
        s.setStrokeWidth(stroke.width());
        s.setStrokeLineCap(StrokeLineCap.BUTT);
        var dashes = s.getStrokeDashArray();
        double[] wanted = stroke.dash();
        boolean same = dashes.size() == wanted.length;
        for (int i = 0; same && i < wanted.length; i++) {
            same = dashes.get(i) == wanted[i];
        }
        if (!same) {
            dashes.setAll(Arrays.stream(wanted).boxed().toArray(Double[]::new));
        }
        s.setStrokeDashOffset(dashOffset);
    }
}
