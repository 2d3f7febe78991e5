package org.iommuatlas.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.iommuatlas.picture.Fill;
import org.iommuatlas.picture.FontSpec;
import org.iommuatlas.picture.Painter;
import org.iommuatlas.picture.Pattern;
import org.iommuatlas.picture.Rgb;
import org.iommuatlas.picture.Stroke;
import org.iommuatlas.picture.TextShape.TextAnchor;

import java.util.HashMap;
import java.util.Map;

/**
 * Paints the picture package's drawing primitives on a JavaFX Canvas, so the window shows the
 * same picture as the PNG and SVG exports. Patterns are lines and dots clipped to the shape and
 * anchored to a fixed grid, like the Java2D painter's texture tiles.
 */
public final class FxPainter implements Painter {
    private final GraphicsContext g;
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Text measure = new Text();

    public FxPainter(GraphicsContext g) {
        this.g = g;
        g.setLineCap(StrokeLineCap.BUTT);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Fill fill) {
        g.setFill(color(fill.color()));
        g.fillRect(x, y, w, h);
        if (hasPattern(fill)) {
            // Cut to the rectangle by arithmetic, not GraphicsContext.clip(): on the software
            // pipeline every clip blends a mask over the whole canvas, and a host of 100,000
            // regions paints thousands of patterned rectangles (issue #4 frame benchmark).
            rectPattern(fill, x, y, w, h);
        }
    }

    /** {@link #pattern} for a rectangle, each line and dot cut to it without a clip. */
    private void rectPattern(Fill fill, double x, double y, double w, double h) {
        double s = Pattern.SPACING;
        g.setStroke(color(fill.ink()));
        g.setFill(color(fill.ink()));
        g.setLineWidth(1.2);
        g.setLineDashes((double[]) null);
        Pattern p = fill.pattern();
        if (p == Pattern.HATCH_FORWARD || p == Pattern.CROSS_HATCH) {
            // Lines x + y = k, the part with x in [x, x + w] and y in [y, y + h].
            for (double k = Math.floor((x + y) / s) * s; k <= x + w + y + h + s; k += s) {
                double lo = Math.max(x, k - (y + h));
                double hi = Math.min(x + w, k - y);
                if (lo < hi) {
                    g.strokeLine(lo, k - lo, hi, k - hi);
                }
            }
        }
        if (p == Pattern.HATCH_BACKWARD || p == Pattern.CROSS_HATCH) {
            // Lines x - y = k.
            for (double k = Math.floor((x - (y + h)) / s) * s; k <= x + w - y + s; k += s) {
                double lo = Math.max(x, k + y);
                double hi = Math.min(x + w, k + y + h);
                if (lo < hi) {
                    g.strokeLine(lo, lo - k, hi, hi - k);
                }
            }
        }
        if (p == Pattern.DOTS) {
            double r = 1.3;
            for (double yy = Math.floor(y / s) * s + s / 2; yy <= y + h - r; yy += s) {
                for (double xx = Math.floor(x / s) * s + s / 2; xx <= x + w - r; xx += s) {
                    if (yy >= y + r && xx >= x + r) {
                        g.fillOval(xx - r, yy - r, 2 * r, 2 * r);
                    }
                }
            }
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Stroke stroke) {
        apply(stroke);
        g.strokeRect(x, y, w, h);
        g.setLineDashes((double[]) null);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Fill fill) {
        g.setFill(color(fill.color()));
        g.fillPolygon(xs, ys, xs.length);
        if (hasPattern(fill)) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i < xs.length; i++) {
                minX = Math.min(minX, xs[i]);
                maxX = Math.max(maxX, xs[i]);
                minY = Math.min(minY, ys[i]);
                maxY = Math.max(maxY, ys[i]);
            }
            g.save();
            g.beginPath();
            g.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                g.lineTo(xs[i], ys[i]);
            }
            g.closePath();
            g.clip();
            pattern(fill, minX, minY, maxX - minX, maxY - minY);
            g.restore();
        }
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
        g.setFont(font(font));
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
        measure.setFont(font(font));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
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

    private static boolean hasPattern(Fill fill) {
        return fill.pattern() != Pattern.SOLID && fill.pattern() != Pattern.DASHED_OUTLINE;
    }

    /** Pattern lines on a grid anchored at the canvas origin, so neighbouring shapes line up. */
    private void pattern(Fill fill, double x, double y, double w, double h) {
        double s = Pattern.SPACING;
        g.setStroke(color(fill.ink()));
        g.setFill(color(fill.ink()));
        g.setLineWidth(1.2);
        g.setLineDashes((double[]) null);
        Pattern p = fill.pattern();
        if (p == Pattern.HATCH_FORWARD || p == Pattern.CROSS_HATCH) {
            // Lines x + y = k*s, rising to the right.
            double k0 = Math.floor((x + y) / s) * s;
            for (double k = k0; k <= x + w + y + h + s; k += s) {
                g.strokeLine(k - y, y, k - (y + h), y + h);
            }
        }
        if (p == Pattern.HATCH_BACKWARD || p == Pattern.CROSS_HATCH) {
            // Lines x - y = k*s, falling to the right.
            double k0 = Math.floor((x - (y + h)) / s) * s;
            for (double k = k0; k <= x + w - y + s; k += s) {
                g.strokeLine(k + y, y, k + y + h, y + h);
            }
        }
        if (p == Pattern.DOTS) {
            double r = 1.3;
            for (double yy = Math.floor(y / s) * s + s / 2; yy < y + h + r; yy += s) {
                for (double xx = Math.floor(x / s) * s + s / 2; xx < x + w + r; xx += s) {
                    g.fillOval(xx - r, yy - r, 2 * r, 2 * r);
                }
            }
        }
    }

    private void apply(Stroke stroke) {
        g.setStroke(color(stroke.color()));
        g.setLineWidth(stroke.width());
        g.setLineDashes(stroke.dashed() ? stroke.dash() : null);
    }

    private Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> Font.font(s.mono() ? "Monospaced" : "System",
                s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size()));
    }

    static Color color(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
    }
}
